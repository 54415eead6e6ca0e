"""Office-wide settings live in the database too, so every counter of an office agrees.

The TOML file is this workstation's typed view of its settings.  Values the whole office must
share (its identity, the verification page, audit retention) are also written to the database
when an administrator saves them, and read back from it when the app opens, so a change made at
one counter reaches the others; the file then follows the database.  The mail settings live
only in the database and are edited only in their own dialog (services.consultas.mail_config):
a second copy here once wrote stale values back over them.
"""

from __future__ import annotations

import dataclasses

from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.constancias.issuance import VERIFICATION_BASE
from cla_desktop.services.settings.model import AuditSettings, OfficeIdentity, Settings
from cla_desktop.services.settings_store import (
    AUDIT_RETENTION,
    audit_retention_days,
    current_office,
    get_setting,
    set_office,
    set_setting,
)


def office_identity(session: Session) -> OfficeIdentity | None:
    """The DRE/UGEL the database says it serves (None when it names none yet)."""
    office = current_office(session)
    if office is None:
        return None
    dre = office.code if office.kind == "DRE" else (office.dre_code or "")
    ugel = office.code if office.kind == "UGEL" else ""
    return OfficeIdentity(dre, ugel)


def pull_office_settings(session: Session, settings: Settings) -> Settings:
    """The database's office-wide values over the file's (when the database has them)."""
    changes: dict = {}
    identity = office_identity(session)
    if identity is not None:
        changes["office"] = identity
    base = get_setting(session, VERIFICATION_BASE)
    if base is not None:  # "" too: the office removed its page
        changes["verification_base"] = base
    if get_setting(session, AUDIT_RETENTION):
        changes["audit"] = AuditSettings(audit_retention_days(session))
    return dataclasses.replace(settings, **changes)


def push_office_settings(
    session: Session,
    actor: Actor,
    settings: Settings,
) -> None:
    """Write the office-wide part (each change audited by set_setting); administrador only."""
    actor.require(Role.ADMINISTRADOR)
    if settings.office.office_code:
        office = set_office(session, actor, settings.office.office_code)
        dre = settings.office.dre_code
        if settings.office.ugel_code and dre and office.dre_code != dre:
            raise ValueError(f"La UGEL {office.name} no pertenece a la DRE {dre}.")
    if settings.verification_base or get_setting(session, VERIFICATION_BASE):
        set_setting(session, actor, VERIFICATION_BASE, settings.verification_base.rstrip("/"))
    set_setting(session, actor, AUDIT_RETENTION, str(settings.audit.retention_days))
