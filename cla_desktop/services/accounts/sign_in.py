"""Who a non-interactive caller (the CLI, scripts) acts as, decided once per database."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session

from cla_desktop.services.accounts.accounts import account_count
from cla_desktop.services.accounts.authentication import LoginRefused, login, note_session_event
from cla_desktop.services.actor import DEMO_SUPERVISOR, Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.settings_store import DEMO_DATABASE, get_setting


def is_demo_database(engine: Engine) -> bool:
    with Session(engine) as session:
        return get_setting(session, DEMO_DATABASE) == "1"


def has_accounts(engine: Engine) -> bool:
    with Session(engine) as session:
        return account_count(session) > 0


def sign_in(engine: Engine, username: str | None, password_source) -> Actor:
    """The demo supervisor on a demo database without accounts when nobody is named;
    otherwise a real login (a database with accounts is never entered without one).

    `password_source` is called only when a password is needed (an environment variable, or a
    prompt), so a demo run never asks for one.
    """
    if not username and is_demo_database(engine) and not has_accounts(engine):
        note_session_event(engine, DEMO_SUPERVISOR, AuditAction.LOGIN)
        return DEMO_SUPERVISOR
    if not has_accounts(engine):
        raise LoginRefused(
            "Esta base de datos aún no tiene cuentas de usuario. Cree primero la del "
            "administrador: cla user add NOMBRE --role administrador (o abra la aplicación)."
        )
    if not username:
        raise LoginRefused("Indique con qué usuario trabaja: --user NOMBRE o la variable CLA_USER.")
    password = password_source()
    if password is None:
        raise LoginRefused(
            "Falta la contraseña: escríbala cuando se le pida o use la variable CLA_PASSWORD."
        )
    return login(engine, username, password)
