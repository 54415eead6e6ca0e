"""What the Administración → Claves de firma tab calls: each call its own short transaction as
the signed-in user (roles are checked by the services underneath)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from cla_desktop.domain.lima_time import LIMA
from cla_desktop.services.actor import Actor
from cla_desktop.services.constancias.offline_verifier import write_offline_verifier
from cla_desktop.services.constancias.trust_lists import (
    ImportOutcome,
    import_trust_list,
    publish_trust_list,
)
from cla_desktop.services.constancias.trust_overview import (
    KeyRow,
    TrustStatus,
    list_keys,
    trust_status,
)


class TrustNetwork:
    """The open database and the signed-in user."""

    def __init__(self, engine: Engine, actor: Actor) -> None:
        self.engine = engine
        self.actor = actor

    def overview(self) -> tuple[TrustStatus, list[KeyRow]]:
        with Session(self.engine) as session:
            return trust_status(session), list_keys(session, self.actor)

    def import_list(self, path: Path, confirm: str | None = None) -> ImportOutcome:
        with Session(self.engine) as session:
            outcome = import_trust_list(session, self.actor, path, confirm_fingerprint=confirm)
            session.commit()
            return outcome

    def publish(self, path: Path, valid_days: int) -> int:
        with Session(self.engine) as session:
            count = publish_trust_list(session, self.actor, path, valid_days=valid_days)
            session.commit()
            return count

    def write_verifier(self, path: Path) -> int:
        with Session(self.engine) as session:
            count = write_offline_verifier(session, self.actor, path)
            session.commit()
            return count

    @staticmethod
    def today() -> date:
        return datetime.now(LIMA).date()
