"""`cla audit verify|list|export|purge`: the supervisor's tools over the audit trail."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from sqlmodel import Session

from cla_desktop.cli.output import dumps
from cla_desktop.domain.lima_time import format_moment
from cla_desktop.domain.roles import Role
from cla_desktop.domain.wording import count_phrase
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.query import AuditFilter, audit_entries, export_csv
from cla_desktop.services.audit.retention import apply_retention
from cla_desktop.services.audit.verification import verify_chain
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.settings_store import audit_retention_days

EXIT_TAMPERED = 4


def add_parsers(commands: argparse._SubParsersAction) -> None:
    audit = commands.add_parser("audit", help="registro de auditoría (supervisor)")
    actions = audit.add_subparsers(dest="audit_command", required=True, metavar="ACCIÓN")
    actions.add_parser("verify", help="comprueba que ninguna entrada fue cambiada o borrada")
    for name, text in (("list", "muestra entradas"), ("export", "exporta entradas a CSV")):
        parser = actions.add_parser(name, help=text)
        if name == "export":
            parser.add_argument("file", metavar="ARCHIVO.csv")
        parser.add_argument("--since", type=date.fromisoformat, metavar="AAAA-MM-DD")
        parser.add_argument("--until", type=date.fromisoformat, metavar="AAAA-MM-DD")
        parser.add_argument("--by", dest="username", metavar="USUARIO")
        parser.add_argument("--action", metavar="ACCIÓN", help="p. ej. busqueda o constancia.")
        parser.add_argument("--text", metavar="TEXTO", help="DNI, código, ticket…")
        if name == "list":
            parser.add_argument("--limit", type=int, default=50)
            parser.add_argument("--json", action="store_true")
    actions.add_parser("purge", help="borra lo que excede la retención configurada")


def _filters(args: argparse.Namespace) -> AuditFilter:
    return AuditFilter(args.since, args.until, args.username, args.action, args.text)


def run_audit(args: argparse.Namespace, url, actor: Actor) -> int:
    opened = open_database(url, upgrade=False)
    command = args.audit_command
    if command == "verify":
        actor.require(Role.SUPERVISOR)

        def progress(done: int) -> None:
            print(f"\r  {done:,} entradas", end="", file=sys.stderr, flush=True)

        report = verify_chain(opened.engine, progress if sys.stderr.isatty() else None)
        print(report.sentence())
        return 0 if report.intact else EXIT_TAMPERED
    with Session(opened.engine) as session:
        if command == "list":
            rows = audit_entries(session, actor, _filters(args), limit=args.limit)
            session.commit()
            if args.json:
                print(dumps(rows))
                return 0
            for row in rows:
                when = format_moment(row.at, seconds=True)
                print(f"{row.id:>8} {when} {row.username:<14} {row.label:<34} {row.subject}")
            return 0
        if command == "export":
            text, count = export_csv(session, actor, _filters(args))
            target = Path(args.file)
            tmp = target.with_suffix(target.suffix + ".tmp")
            tmp.write_text(text, encoding="utf-8", newline="")
            tmp.replace(target)
            session.commit()
            print(f"{count_phrase(count, 'entrada exportada', 'entradas exportadas')} a {target}")
            return 0
        deleted = apply_retention(session, actor, audit_retention_days(session))
        session.commit()
        print(
            count_phrase(deleted, "entrada anterior", "entradas anteriores")
            + f" a la retención {'borrada' if deleted == 1 else 'borradas'}."
        )
        return 0
