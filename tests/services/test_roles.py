"""Every protected action is refused, in Spanish, to each role below the one it needs — inside
the services, whatever the UI shows or hides."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.accounts.accounts import (
    add_user,
    list_users,
    reset_password,
    set_active,
    set_role,
)
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.query import AuditFilter, audit_entries, export_csv
from cla_desktop.services.audit.retention import apply_retention
from cla_desktop.services.constancias.branding import set_header_lines
from cla_desktop.services.constancias.keys import revoke_key, rotate_key
from cla_desktop.services.constancias.register import annul_constancia
from cla_desktop.services.constancias.trust_lists import import_trust_list, publish_trust_list
from cla_desktop.services.consultas.mail_config import MailConfig, save_config
from cla_desktop.services.reports import Period, Report, all_reports, report_csv
from cla_desktop.services.settings.model import Settings
from cla_desktop.services.settings.office_sync import push_office_settings
from cla_desktop.services.settings.workstation import WorkstationSettings
from cla_desktop.services.settings_store import set_office, set_setting
from tests.support.accounts import PASSWORD, add_account

PERIOD = Period(date(2026, 1, 1), date(2026, 12, 31))
REPORT = Report("x", "X", "Etiqueta", (("a", 1),))

# (what, the role it needs, the call)
PROTECTED = [
    ("annul", Role.SUPERVISOR, lambda s, a, e, t: annul_constancia(s, a, "ABCD2345", "motivo")),
    ("audit view", Role.SUPERVISOR, lambda s, a, e, t: audit_entries(s, a, AuditFilter())),
    ("audit export", Role.SUPERVISOR, lambda s, a, e, t: export_csv(s, a, AuditFilter())),
    ("reports", Role.SUPERVISOR, lambda s, a, e, t: all_reports(s, a, PERIOD)),
    ("report csv", Role.SUPERVISOR, lambda s, a, e, t: report_csv(s, a, REPORT, PERIOD)),
    (
        "add user",
        Role.ADMINISTRADOR,
        lambda s, a, e, t: add_user(s, a, "zoe", Role.OPERADOR, PASSWORD),
    ),
    ("list users", Role.ADMINISTRADOR, lambda s, a, e, t: list_users(s, a)),
    ("disable user", Role.ADMINISTRADOR, lambda s, a, e, t: set_active(s, a, "admin", False)),
    ("change role", Role.ADMINISTRADOR, lambda s, a, e, t: set_role(s, a, "admin", Role.OPERADOR)),
    (
        "reset password",
        Role.ADMINISTRADOR,
        lambda s, a, e, t: reset_password(s, a, "admin", "x" * 9),
    ),
    ("office", Role.ADMINISTRADOR, lambda s, a, e, t: set_office(s, a, "150104")),
    ("setting", Role.ADMINISTRADOR, lambda s, a, e, t: set_setting(s, a, "k", "v")),
    ("header", Role.ADMINISTRADOR, lambda s, a, e, t: set_header_lines(s, a, ["UGEL"])),
    ("mail", Role.ADMINISTRADOR, lambda s, a, e, t: save_config(s, a, MailConfig())),
    (
        "office settings",
        Role.ADMINISTRADOR,
        lambda s, a, e, t: push_office_settings(s, a, Settings()),
    ),
    (
        "settings file",
        Role.ADMINISTRADOR,
        lambda s, a, e, t: WorkstationSettings(t / "c.toml").save(e, a, Settings()),
    ),
    (
        "trust list",
        Role.ADMINISTRADOR,
        lambda s, a, e, t: import_trust_list(s, a, Path(t / "x.json")),
    ),
    (
        "publish trust list",
        Role.ADMINISTRADOR,
        lambda s, a, e, t: publish_trust_list(s, a, Path(t / "y.json")),
    ),
    ("rotate key", Role.ADMINISTRADOR, lambda s, a, e, t: rotate_key(s, a)),
    (
        "revoke key",
        Role.ADMINISTRADOR,
        lambda s, a, e, t: revoke_key(s, a, "0" * 16, datetime.now(UTC), "robo del equipo"),
    ),
    ("retention", Role.ADMINISTRADOR, lambda s, a, e, t: apply_retention(s, a, 365)),
]


@pytest.mark.parametrize("what, needed, call", PROTECTED, ids=[p[0] for p in PROTECTED])
def test_lower_roles_are_refused(engine, tmp_path, what, needed, call):
    add_account(engine, "admin")
    for role in Role:
        if role.allows(needed):
            continue
        actor = Actor(f"{role.value}-1", role, workstation="ventanilla-1")
        refusal = pytest.raises(PermissionError, match=f"no tiene permiso.*rol {needed.value}")
        with Session(engine) as session, refusal:
            call(session, actor, engine, tmp_path)
    assert not (tmp_path / "c.toml").exists()  # nothing was written for a refused save
