"""Installation-wide settings kept in the database (shared by every counter of an office)."""

from __future__ import annotations

from sqlmodel import Session, select

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.store.models import AppSetting, Office

OFFICE_CODE = "office_code"
REFERENCE_DIGEST = "reference_digest"
DEMO_DATABASE = "demo_database"


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(AppSetting, key)
    return row.value if row else None


def _shown(value: str | None) -> str | None:
    """Long values (a logo) are summarised in the trail."""
    return value if value is None or len(value) <= 200 else f"({len(value)} caracteres)"


def set_setting(session: Session, actor: Actor, key: str, value: str) -> None:
    actor.require(Role.ADMINISTRADOR)
    row = session.get(AppSetting, key)
    previous = row.value if row else None
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value
    if previous != value:
        record(
            session,
            actor,
            AuditAction.SETTING_CHANGED,
            subject=key,
            detail={"antes": _shown(previous), "ahora": _shown(value)},
        )


def current_office(session: Session) -> Office | None:
    code = get_setting(session, OFFICE_CODE)
    return session.get(Office, code) if code else None


def set_office(session: Session, actor: Actor, code: str) -> Office:
    office = session.exec(select(Office).where(Office.code == code)).first()
    if office is None:
        raise ValueError(f"No existe una DRE o UGEL con el código {code}.")
    set_setting(session, actor, OFFICE_CODE, code)
    return office


AUDIT_RETENTION = "audit_retention_days"
DEFAULT_RETENTION_DAYS = 1825


def audit_retention_days(session: Session) -> int:
    stored = get_setting(session, AUDIT_RETENTION)
    return int(stored) if stored else DEFAULT_RETENTION_DAYS
