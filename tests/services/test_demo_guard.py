"""No passwordless path into a real database (issue #17, point 1): `cla demo` refuses an
office's database, and nobody acts as the demo supervisor where accounts exist — on SQLite and
PostgreSQL, and through the command line."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.accounts.accounts import add_user
from cla_desktop.services.accounts.authentication import LoginRefused
from cla_desktop.services.accounts.sign_in import sign_in
from cla_desktop.services.actor import DEMO_SUPERVISOR, SYSTEM
from cla_desktop.services.demo.generator import fill_demo
from cla_desktop.services.demo.guard import DemoRefused, demo_session_allowed
from cla_desktop.services.settings_store import DEMO_DATABASE, get_setting, set_setting
from tests.cli.test_user_audit_cli import cla
from tests.services.people import add_cast

PASSWORD = "clave-de-prueba-2026"


def _demo_flag(engine) -> str | None:
    with Session(engine) as session:
        return get_setting(session, DEMO_DATABASE)


def test_demo_fills_an_empty_database_and_adds_to_its_own(engine):
    fill_demo(engine, DEMO_SUPERVISOR, students=3)
    assert _demo_flag(engine) == "1"
    assert fill_demo(engine, DEMO_SUPERVISOR, students=2).students == 2  # its own: more
    assert demo_session_allowed(engine)
    assert sign_in(engine, None, lambda: None) is DEMO_SUPERVISOR


def test_demo_refuses_a_database_with_accounts(engine):
    with Session(engine) as session:
        add_user(session, SYSTEM, "jefa", Role.ADMINISTRADOR, PASSWORD)
        session.commit()
    with pytest.raises(DemoRefused, match="cuentas de usuario"):
        fill_demo(engine, DEMO_SUPERVISOR, students=3)
    assert _demo_flag(engine) is None


def test_demo_refuses_a_database_with_real_students(engine):
    with Session(engine) as session:
        add_cast(session)
    with pytest.raises(DemoRefused, match="no es de demostración"):
        fill_demo(engine, DEMO_SUPERVISOR, students=3)
    assert _demo_flag(engine) is None


def test_a_demo_flag_planted_beside_accounts_opens_nothing(engine):
    """Someone with the database file sets the flag by hand: accounts still rule."""
    with Session(engine) as session:
        add_user(session, SYSTEM, "jefa", Role.ADMINISTRADOR, PASSWORD)
        set_setting(session, SYSTEM, DEMO_DATABASE, "1")
        session.commit()
    assert not demo_session_allowed(engine)
    with pytest.raises(LoginRefused):
        sign_in(engine, None, lambda: None)
    with pytest.raises(DemoRefused):
        fill_demo(engine, DEMO_SUPERVISOR, students=3)


def test_cla_demo_on_an_office_database_is_refused_and_changes_nothing(tmp_path):
    db = str(tmp_path / "oficina.sqlite3")
    assert cla("--database", db, "db", "upgrade").returncode == 0
    made = cla(
        "--database",
        db,
        "user",
        "add",
        "jefa",
        "--role",
        "administrador",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert made.returncode == 0, made.stderr
    refused = cla("--database", db, "demo", "--students", "5")
    assert refused.returncode == 1
    assert "cuentas de usuario" in refused.stderr and "Traceback" not in refused.stderr
    # Still nobody gets in without a password.
    assert cla("--database", db, "audit", "verify").returncode == 3
    assert cla("--database", db, "search", "quispe").returncode == 3
