"""`--user` / CLA_USER and CLA_PASSWORD (or a prompt) for every command that touches records."""

from __future__ import annotations

import getpass
import os
import sys

from cla_desktop.services.accounts.sign_in import sign_in
from cla_desktop.services.actor import Actor
from cla_desktop.services.database_setup import open_database

ENV_USER = "CLA_USER"
ENV_PASSWORD = "CLA_PASSWORD"


def password_from_environment_or_prompt() -> str | None:
    password = os.environ.get(ENV_PASSWORD)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        return None
    return getpass.getpass("Contraseña: ")


def resolve_actor(args, url) -> Actor:
    opened = open_database(url, upgrade=False)
    try:
        username = getattr(args, "user", None) or os.environ.get(ENV_USER)
        return sign_in(opened.engine, username, password_from_environment_or_prompt)
    finally:
        opened.engine.dispose()
