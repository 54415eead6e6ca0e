"""What this office's trust stands on, for the verify screen and Administración: the date and
validity of the lists it imported, and every key it trusts with its state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlmodel import Session

from cla_desktop.domain.lima_time import to_lima
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.constancias.keys import aware, fingerprint
from cla_desktop.store.models import SigningKey, TrustList


@dataclass(frozen=True)
class TrustStatus:
    """What the verify screen says about the lists this office holds."""

    issued_at: datetime | None
    valid_until: date | None
    issuers: tuple[str, ...]

    def expired(self, today: date) -> bool:
        return self.valid_until is not None and today > self.valid_until

    def text(self, today: date) -> str:
        if self.issued_at is None:
            return (
                "Sin lista de confianza importada: solo se verifican las constancias firmadas "
                "en esta oficina."
            )
        line = f"Lista de confianza al {self.issued_at:%d/%m/%Y} ({', '.join(self.issuers)})"
        if self.expired(today):
            return (
                f"{line}: VENCIDA desde el {self.valid_until:%d/%m/%Y}. Pida a su DRE la lista "
                "actualizada; las claves revocadas después no se conocen aquí."
            )
        return f"{line}, vigente hasta el {self.valid_until:%d/%m/%Y}."


def trust_status(session: Session) -> TrustStatus:
    """The newest list of each issuer; the office is as current as its oldest one."""
    rows = session.execute(select(TrustList).order_by(TrustList.issued_at)).scalars().all()
    newest: dict[str, TrustList] = {}
    for row in rows:
        newest[row.issuer_office_code] = row
    if not newest:
        return TrustStatus(None, None, ())
    lists = list(newest.values())
    return TrustStatus(
        min(aware(r.issued_at) for r in lists),
        min(r.valid_until for r in lists),
        tuple(sorted(r.issuer_office_name for r in lists)),
    )


@dataclass(frozen=True)
class KeyRow:
    """One key as the Administración tab lists it."""

    fingerprint: str
    office: str
    workstation: str
    since: datetime
    state: str
    local: bool


def _key_state(row: SigningKey) -> str:
    if row.revoked_from or not row.active:
        moment = aware(row.revoked_from or row.created_at)
        return f"revocada desde el {to_lima(moment):%d/%m/%Y}"
    if row.retired_at:
        return f"dada de baja el {to_lima(aware(row.retired_at)):%d/%m/%Y}"
    return "vigente"


def list_keys(session: Session, actor: Actor) -> list[KeyRow]:
    actor.require(Role.SUPERVISOR)
    rows = session.execute(select(SigningKey)).scalars().all()
    listed = [
        KeyRow(
            fingerprint(row.key_id),
            f"{row.office_name or '-'} ({row.office_code or '-'})",
            row.workstation,
            aware(row.created_at),
            _key_state(row),
            row.source == "local",
        )
        for row in rows
    ]
    return sorted(listed, key=lambda k: (not k.local, k.office, k.since))
