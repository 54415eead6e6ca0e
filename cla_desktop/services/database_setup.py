"""Opening a database for use: connect, refuse newer schemas, migrate, load reference data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func
from sqlalchemy.engine import URL
from sqlmodel import Session, select

from cla_desktop.services.actor import SYSTEM
from cla_desktop.services.reference_data import ReferenceSummary, load_reference_data
from cla_desktop.services.settings_store import current_office
from cla_desktop.store import migrator
from cla_desktop.store.database import check_connection, describe, make_engine
from cla_desktop.store.models import Student


@dataclass(frozen=True)
class OpenedDatabase:
    engine: Engine
    description: str
    backup: Path | None
    reference: ReferenceSummary | None


def open_database(url: URL | str, *, upgrade: bool = True) -> OpenedDatabase:
    """Connect and bring the schema and reference data up to date (or check they are)."""
    engine = make_engine(url)
    check_connection(engine)
    if not upgrade:
        migrator.ensure_current(engine)
        return OpenedDatabase(engine, describe(engine.url), None, None)
    backup = migrator.upgrade(engine)
    with Session(engine) as session:
        reference = load_reference_data(session, SYSTEM)
        session.commit()
    return OpenedDatabase(engine, describe(engine.url), backup, reference)


def student_count(engine: Engine) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(Student)).one()


def office_label(engine: Engine) -> str | None:
    with Session(engine) as session:
        office = current_office(session)
        return f"{office.name} ({office.code})" if office else None


def schema_status(url: URL | str) -> tuple[str | None, str]:
    """(current revision, head revision) without changing anything."""
    engine = make_engine(url)
    check_connection(engine)
    return migrator.ensure_known_revision(engine), migrator.head_revision()
