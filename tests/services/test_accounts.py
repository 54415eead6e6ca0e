"""Accounts: argon2 hashes, first administrator, lockout after five failures, password changes,
the last administrator kept, every sign-in attempt in the audit trail; SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.accounts.accounts import (
    add_user,
    change_own_password,
    list_users,
    reset_password,
    set_active,
    set_role,
)
from cla_desktop.services.accounts.authentication import LoginRefused, login, unlock
from cla_desktop.services.accounts.sign_in import sign_in
from cla_desktop.services.actor import DEMO_SUPERVISOR, SYSTEM, Actor
from cla_desktop.services.settings_store import DEMO_DATABASE, set_setting
from cla_desktop.store.models import AuditEntry, UserAccount
from tests.support.accounts import PASSWORD, add_account

T0 = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)


def _actions(engine) -> list[tuple[str, str, str | None]]:
    with Session(engine) as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.username, AuditEntry.subject).order_by(
                AuditEntry.id
            )
        )
        return [tuple(row) for row in rows]


def test_first_account_is_the_administrator_and_passwords_are_argon2(engine):
    with Session(engine) as session:
        with pytest.raises(ValueError, match="primera cuenta"):
            add_user(session, SYSTEM, "ana", Role.OPERADOR, PASSWORD)
        add_user(session, SYSTEM, "Ana.Perez", Role.ADMINISTRADOR, PASSWORD, "Ana Pérez")
        session.commit()
        account = session.execute(select(UserAccount)).scalar_one()
    assert account.username == "ana.perez" and account.full_name == "Ana Pérez"
    assert account.password_hash.startswith("$argon2id$") and PASSWORD not in account.password_hash
    admin = login(engine, "ANA.PEREZ ", PASSWORD, "ventanilla-1")
    assert admin == Actor("ana.perez", Role.ADMINISTRADOR, "ventanilla-1")
    with Session(engine) as session:
        with pytest.raises(PermissionError):
            add_user(session, Actor("x", Role.SUPERVISOR), "beto", Role.OPERADOR, PASSWORD)
        for bad, message in (("ab", "de 3 a 40"), ("josé", "sin tildes")):
            with pytest.raises(ValueError, match=message):
                add_user(session, admin, bad, Role.OPERADOR, PASSWORD)
        with pytest.raises(ValueError, match="al menos 8"):
            add_user(session, admin, "beto", Role.OPERADOR, "corta")
        with pytest.raises(ValueError, match="igual al nombre"):
            add_user(session, admin, "beto12345", Role.OPERADOR, "BETO12345")
        add_user(session, admin, "beto", Role.OPERADOR, PASSWORD)
        with pytest.raises(ValueError, match="Ya existe"):
            add_user(session, admin, "BETO", Role.SUPERVISOR, PASSWORD)
        session.commit()
        assert [row.username for row in list_users(session, admin)] == ["ana.perez", "beto"]
    created = [a for a in _actions(engine) if a[0] == "usuario.crear"]
    assert created == [
        ("usuario.crear", "ana.perez", "ana.perez"),
        ("usuario.crear", "ana.perez", "beto"),
    ]


def test_five_failures_lock_the_account_for_fifteen_minutes(engine):
    add_account(engine, "ana")
    for attempt in range(4):
        with pytest.raises(LoginRefused, match="Usuario o contraseña incorrectos"):
            login(engine, "ana", "equivocada", "v1", now=T0 + timedelta(seconds=attempt))
    with pytest.raises(LoginRefused, match="bloqueada"):
        login(engine, "ana", "equivocada", "v1", now=T0 + timedelta(seconds=5))
    # Locked: even the right password is refused until the 15 minutes pass.
    with pytest.raises(LoginRefused, match="bloqueada"):
        login(engine, "ana", PASSWORD, "v1", now=T0 + timedelta(minutes=14))
    assert login(engine, "ana", PASSWORD, "v1", now=T0 + timedelta(minutes=16)).username == "ana"
    with pytest.raises(LoginRefused, match="Usuario o contraseña incorrectos"):
        login(engine, "nadie", PASSWORD, "v1")
    actions = [a[0] for a in _actions(engine)]
    assert actions.count("sesion.ingreso_fallido") == 7
    assert actions.count("sesion.cuenta_bloqueada") == 1
    assert actions.count("sesion.ingreso") == 1


def test_administrator_unlocks_resets_disables_and_keeps_the_last_admin(engine):
    admin = add_account(engine, "ana")
    add_account(engine, "beto", Role.OPERADOR)
    for attempt in range(5):
        with pytest.raises(LoginRefused):
            login(engine, "beto", "equivocada", now=T0 + timedelta(seconds=attempt))
    with Session(engine) as session:
        reset_password(session, admin, "beto", "nueva-clave-beto")
        session.commit()
    assert login(engine, "beto", "nueva-clave-beto").role is Role.OPERADOR
    with Session(engine) as session:
        with pytest.raises(ValueError, match="único administrador"):
            set_active(session, admin, "ana", False)
        with pytest.raises(ValueError, match="único administrador"):
            set_role(session, admin, "ana", Role.SUPERVISOR)
        set_role(session, admin, "beto", Role.SUPERVISOR)
        set_active(session, admin, "beto", False)
        session.commit()
    with pytest.raises(LoginRefused, match="desactivada"):
        login(engine, "beto", "nueva-clave-beto")
    with Session(engine) as session:
        set_active(session, admin, "beto", True)
        session.commit()
    assert login(engine, "beto", "nueva-clave-beto").role is Role.SUPERVISOR


def test_own_password_change_and_the_idle_unlock(engine):
    ana = add_account(engine, "ana", Role.ADMINISTRADOR)
    with Session(engine) as session:
        with pytest.raises(PermissionError, match="actual no es correcta"):
            change_own_password(session, ana, "otra", "nueva-clave-1")
        with pytest.raises(ValueError, match="distinta"):
            change_own_password(session, ana, PASSWORD, PASSWORD)
        change_own_password(session, ana, PASSWORD, "nueva-clave-1")
        session.commit()
    with pytest.raises(LoginRefused):
        login(engine, "ana", PASSWORD)
    unlock(engine, ana, "nueva-clave-1")
    with pytest.raises(LoginRefused):
        unlock(engine, ana, "mal")
    assert "sesion.pantalla_desbloqueada" in [a[0] for a in _actions(engine)]


def test_sign_in_rules_for_scripts(engine):
    with pytest.raises(LoginRefused, match="aún no tiene cuentas"):
        sign_in(engine, "ana", lambda: PASSWORD)
    with Session(engine) as session:
        set_setting(session, SYSTEM, DEMO_DATABASE, "1")
        session.commit()
    assert sign_in(engine, None, lambda: pytest.fail("no password on demo")) == DEMO_SUPERVISOR
    add_account(engine, "ana")
    assert sign_in(engine, "ana", lambda: PASSWORD).username == "ana"
    with pytest.raises(LoginRefused, match="CLA_PASSWORD"):
        sign_in(engine, "ana", lambda: None)
