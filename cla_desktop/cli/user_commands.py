"""`cla user add|list|disable|enable|role|password`: the office's accounts (administrador)."""

from __future__ import annotations

import argparse
import getpass
import sys

from sqlmodel import Session

from cla_desktop.cli.output import dumps
from cla_desktop.domain.roles import Role
from cla_desktop.services.accounts.accounts import (
    account_count,
    add_user,
    list_users,
    reset_password,
    set_active,
    set_role,
)
from cla_desktop.services.actor import Actor
from cla_desktop.services.database_setup import open_database

ROLES = [role.value for role in Role]


def add_parsers(commands: argparse._SubParsersAction) -> None:
    user = commands.add_parser("user", help="cuentas de usuario (administrador)")
    actions = user.add_subparsers(dest="user_command", required=True, metavar="ACCIÓN")
    add = actions.add_parser("add", help="crea una cuenta (la primera: el administrador)")
    add.add_argument("name", metavar="NOMBRE")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--full-name", default="", help="nombres y apellidos")
    add.add_argument(
        "--password-stdin", action="store_true", help="lee la contraseña de la entrada estándar"
    )
    listing = actions.add_parser("list", help="lista las cuentas")
    listing.add_argument("--json", action="store_true")
    for name, text in (("disable", "desactiva una cuenta"), ("enable", "reactiva una cuenta")):
        actions.add_parser(name, help=text).add_argument("name", metavar="NOMBRE")
    role = actions.add_parser("role", help="cambia el rol de una cuenta")
    role.add_argument("name", metavar="NOMBRE")
    role.add_argument("role", choices=ROLES)
    password = actions.add_parser("password", help="pone una contraseña nueva (y desbloquea)")
    password.add_argument("name", metavar="NOMBRE")
    password.add_argument("--password-stdin", action="store_true")


def read_new_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise ValueError("Use --password-stdin para dar la contraseña sin teclado.")
    first = getpass.getpass("Contraseña nueva: ")
    if getpass.getpass("Repítala: ") != first:
        raise ValueError("Las dos contraseñas no coinciden.")
    return first


def is_bootstrap(url) -> bool:
    """`cla user add` on a database without accounts creates the administrator unasked."""
    opened = open_database(url, upgrade=False)
    try:
        with Session(opened.engine) as session:
            return account_count(session) == 0
    finally:
        opened.engine.dispose()


def run_user(args: argparse.Namespace, url, actor: Actor) -> int:
    opened = open_database(url, upgrade=False)
    with Session(opened.engine) as session:
        command = args.user_command
        if command == "add":
            password = read_new_password(args.password_stdin)
            account = add_user(session, actor, args.name, Role(args.role), password, args.full_name)
            message = f"Cuenta creada: {account.username} ({account.role})."
        elif command == "list":
            rows = list_users(session, actor)
            session.commit()
            if args.json:
                print(dumps(rows))
                return 0
            for row in rows:
                state = "activa" if row.active else "desactivada"
                print(f"{row.username:<20} {row.role.value:<14} {state:<12} {row.full_name}")
            return 0
        elif command in ("disable", "enable"):
            set_active(session, actor, args.name, command == "enable")
            done = "reactivada" if command == "enable" else "desactivada"
            message = f"Cuenta {args.name} {done}."
        elif command == "role":
            set_role(session, actor, args.name, Role(args.role))
            message = f"Cuenta {args.name}: rol {args.role}."
        else:
            reset_password(session, actor, args.name, read_new_password(args.password_stdin))
            message = f"Contraseña de {args.name} cambiada."
        session.commit()
    print(message)
    return 0
