"""`cla settings`: the installation-wide settings an office's IT person sets once."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlmodel import Session

from cla_desktop.services.actor import Actor
from cla_desktop.services.constancias.branding import set_header_lines, set_header_logo
from cla_desktop.services.constancias.issuance import VERIFICATION_BASE
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.settings.model import check_verification_page
from cla_desktop.services.settings_store import set_office, set_setting


def add_parsers(commands: argparse._SubParsersAction) -> None:
    settings = commands.add_parser("settings", help="datos de la oficina (administrador)")
    actions = settings.add_subparsers(dest="settings_command", required=True, metavar="ACCIÓN")
    actions.add_parser("office", help="la DRE o UGEL de esta instalación").add_argument("code")
    lines = actions.add_parser("header-lines", help="líneas del encabezado de la constancia")
    lines.add_argument("lines", nargs="+", metavar="LÍNEA")
    logo = actions.add_parser("header-logo", help="logo PNG o JPEG (o --none)")
    logo.add_argument("file", nargs="?")
    logo.add_argument("--none", action="store_true", help="sin logo")
    base = actions.add_parser("verification-base", help="dirección de la página de verificación")
    base.add_argument("url")


def run_settings(args: argparse.Namespace, url, actor: Actor) -> int:
    opened = open_database(url, upgrade=False)
    with Session(opened.engine) as session:
        command = args.settings_command
        if command == "office":
            office = set_office(session, actor, args.code)
            message = f"Oficina: {office.name} ({office.code})"
        elif command == "header-lines":
            set_header_lines(session, actor, args.lines)
            message = "Encabezado actualizado."
        elif command == "header-logo":
            if not args.none and not args.file:
                raise ValueError("Indique el archivo del logo, o --none para quitarlo.")
            set_header_logo(session, actor, None if args.none else Path(args.file))
            message = "Logo quitado." if args.none else "Logo actualizado."
        else:
            page = args.url.strip().rstrip("/")
            if page:
                check_verification_page(page)
            set_setting(session, actor, VERIFICATION_BASE, page)
            message = f"Verificación: {page}" if page else "Sin página de verificación."
        session.commit()
    print(message)
    return 0
