"""Appending to the audit trail, inside the caller's transaction.

The entry commits or rolls back with the work it describes (an issued constancia and its entry
are one transaction).  Updating the single `audit_head` row first takes the write lock, so two
counters on one PostgreSQL server never chain onto the same previous hash.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime

from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.chain import COLUMNS, canonical_detail, entry_hash

_enabled: ContextVar[bool] = ContextVar("audit_enabled", default=True)


@contextmanager
def auditing_off() -> Iterator[None]:
    """Only for bench/audit_overhead.py, which measures what auditing costs."""
    token = _enabled.set(False)
    try:
        yield
    finally:
        _enabled.reset(token)


# Driver-level SQL on the session's own connection and transaction: building ORM statements
# for every search cost ~2.5 ms on a slow office PC, this ~0.15 ms (bench/audit.py).
# The head's last_hash follows each insert through a trigger (store.audit_guard).
_NEXT = "UPDATE audit_head SET last_id = last_id + 1 WHERE id = 1 RETURNING last_id, last_hash"
_COLUMNS = (*COLUMNS, "hash")
_INSERT = {
    "sqlite": "INSERT INTO audit_entry ({}) VALUES ({})".format(
        ", ".join(_COLUMNS), ", ".join(f":{c}" for c in _COLUMNS)
    ),
    "postgresql": "INSERT INTO audit_entry ({}) VALUES ({})".format(
        ", ".join(_COLUMNS), ", ".join(f"%({c})s" for c in _COLUMNS)
    ),
}


def _stored_time(moment: datetime, dialect: str) -> datetime | str:
    """What SQLAlchemy's DateTime would send: SQLite keeps naive UTC text."""
    if dialect == "sqlite":
        return moment.strftime("%Y-%m-%d %H:%M:%S.%f")
    return moment


def auditing_enabled() -> bool:
    return _enabled.get()


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    subject: str | None = None,
    detail: dict | None = None,
    *,
    at: datetime | None = None,
) -> int | None:
    """Append one entry; returns its id."""
    if not _enabled.get():
        return None
    moment = (at or datetime.now(UTC)).astimezone(UTC)
    connection = session.connection()  # joins (or begins) the caller's transaction
    dialect = connection.dialect.name
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.execute(_NEXT)
        entry_id, prev_hash = cursor.fetchone()
        row = {
            "id": entry_id,
            "at": moment,
            "username": actor.username[:60],
            "role": actor.role.value,
            "workstation": actor.workstation[:120],
            "action": str(action),
            "subject": subject[:200] if subject else None,
            "detail": canonical_detail(detail),
            "prev_hash": prev_hash,
        }
        row["hash"] = entry_hash(**row)
        row["at"] = _stored_time(moment, dialect)
        cursor.execute(_INSERT[dialect], row)
    except connection.dialect.loaded_dbapi.Error as error:  # as SQLAlchemy would raise it
        raise DBAPIError.instance(
            _NEXT, None, error, connection.dialect.loaded_dbapi.Error, dialect=connection.dialect
        ) from error
    finally:
        cursor.close()
    return entry_id
