"""Retention (Ley 29733: logs are kept for a limited time) without breaking the chain.

The cut is recorded twice: a checkpoint row (which the append-only trigger consults before it
lets a delete through) and an entry in the chain itself naming the last deleted id and hash.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete, func, insert, select
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.store.models import AuditCheckpoint, AuditEntry

MIN_RETENTION_DAYS = 180


def apply_retention(session: Session, actor: Actor, days: int, now: datetime | None = None) -> int:
    """Delete entries older than `days`; returns how many.  0 days means keep everything."""
    actor.require(Role.ADMINISTRADOR)
    if days <= 0:
        return 0
    if days < MIN_RETENTION_DAYS:
        raise ValueError(
            f"La retención del registro de auditoría no puede ser menor de {MIN_RETENTION_DAYS} "
            "días."
        )
    moment = now or datetime.now(UTC)
    cutoff = moment - timedelta(days=days)
    last_id = session.execute(
        select(func.max(AuditEntry.id)).where(AuditEntry.at < cutoff)
    ).scalar()
    if last_id is None:
        return 0
    last_hash = session.execute(
        select(AuditEntry.hash).where(AuditEntry.id == last_id)
    ).scalar_one()
    session.execute(
        insert(AuditCheckpoint).values(
            up_to_id=last_id, last_hash=last_hash, at=moment, username=actor.username
        )
    )
    deleted = session.execute(delete(AuditEntry).where(AuditEntry.id <= last_id)).rowcount
    record(
        session,
        actor,
        AuditAction.AUDIT_PURGED,
        detail={"hasta_entrada": last_id, "hash": last_hash, "dias": days, "borradas": deleted},
        at=moment,
    )
    return deleted


def apply_retention_at_sign_in(engine: Engine, days: int) -> int:
    """Run by the app at each sign-in, as the system, on the office's setting."""
    with Session(engine) as session:
        deleted = apply_retention(session, SYSTEM, days)
        session.commit()
        return deleted
