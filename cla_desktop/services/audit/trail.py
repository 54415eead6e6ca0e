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

from sqlalchemy import insert, update
from sqlmodel import Session

from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.chain import canonical_detail, entry_hash
from cla_desktop.store.models import AuditEntry, AuditHead

_enabled: ContextVar[bool] = ContextVar("audit_enabled", default=True)


@contextmanager
def auditing_off() -> Iterator[None]:
    """Only for bench/audit_overhead.py, which measures what auditing costs."""
    token = _enabled.set(False)
    try:
        yield
    finally:
        _enabled.reset(token)


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
    head = session.execute(
        update(AuditHead)
        .where(AuditHead.id == 1)
        .values(last_id=AuditHead.last_id + 1)
        .returning(AuditHead.last_id, AuditHead.last_hash)
    ).one()
    entry_id, prev_hash = head
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
    session.execute(insert(AuditEntry).values(**row))
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(last_hash=row["hash"]))
    return entry_id
