"""First run of a new office database: its administrator and, optionally, its identity."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.accounts.accounts import account_count, add_user
from cla_desktop.services.accounts.authentication import login
from cla_desktop.services.actor import SYSTEM, Actor, current_workstation
from cla_desktop.services.settings_store import set_office


def create_office_administrator(
    engine: Engine, username: str, full_name: str, password: str, office_code: str | None
) -> Actor:
    """One transaction: the account and the office, or neither; then signed in."""
    with Session(engine) as session:
        if account_count(session):
            raise PermissionError(
                "Esta base de datos ya tiene un administrador; ingrese con su cuenta."
            )
        account = add_user(session, SYSTEM, username, Role.ADMINISTRADOR, password, full_name)
        if office_code:
            admin = Actor(account.username, Role.ADMINISTRADOR, current_workstation())
            set_office(session, admin, office_code)
        session.commit()
        username = account.username
    return login(engine, username, password)
