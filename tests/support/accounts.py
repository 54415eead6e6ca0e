"""Accounts for tests: the CLI now signs in, so test databases need real users."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.accounts.accounts import add_user
from cla_desktop.services.actor import SYSTEM, Actor

PASSWORD = "clave-segura-2026"


def add_account(
    engine: Engine, username: str = "ana", role: Role = Role.ADMINISTRADOR, password: str = PASSWORD
) -> Actor:
    with Session(engine) as session:
        add_user(session, SYSTEM, username, role, password)
        session.commit()
    return Actor(username, role)


def signed_in_env(username: str = "ana", password: str = PASSWORD) -> dict[str, str]:
    return {"CLA_USER": username, "CLA_PASSWORD": password}
