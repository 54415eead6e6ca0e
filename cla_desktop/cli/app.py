"""Argument parsing, dispatch and the error policy of `cla` (Spanish sentences, exit codes)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from cla_desktop import APP_NAME, __version__, argparse_es
from cla_desktop.cli import (
    audit_commands,
    constancia_commands,
    consulta_commands,
    import_commands,
    key_commands,
    report_commands,
    search_commands,
    settings_commands,
    user_commands,
)
from cla_desktop.cli.identity import resolve_actor
from cla_desktop.logging_setup import configure_logging
from cla_desktop.services.accounts.authentication import LoginRefused
from cla_desktop.services.actor import DEMO_SUPERVISOR, SYSTEM
from cla_desktop.services.constancias.keys import KeyringUnavailable
from cla_desktop.services.database_setup import open_database, schema_status
from cla_desktop.services.demo.generator import fill_demo
from cla_desktop.services.error_text import describe_error, is_expected
from cla_desktop.services.settings.workstation import configured_database_url
from cla_desktop.store import migrator
from cla_desktop.store.errors import DatabaseError

log = logging.getLogger(__name__)

EXIT_ERROR = 1
EXIT_DATABASE = 2
EXIT_DENIED = 3


def build_parser() -> argparse.ArgumentParser:
    argparse_es.install()
    parser = argparse.ArgumentParser(
        prog="cla",
        description=f"{APP_NAME}: línea de comandos.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help="muestra la versión del programa y termina",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="base de datos: ruta de archivo SQLite o postgresql+psycopg://... "
        "(por defecto CLA_DATABASE_URL o el archivo del usuario)",
    )
    parser.add_argument(
        "--user",
        metavar="USUARIO",
        help="usuario con el que se trabaja (por defecto CLA_USER; la contraseña, de "
        "CLA_PASSWORD o se pide); en la base de demostración, el supervisor de demostración",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMANDO")

    db = commands.add_parser("db", help="crear o actualizar la base de datos")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACCIÓN")
    db_commands.add_parser("upgrade", help="aplica las migraciones y carga los datos de referencia")
    db_commands.add_parser("current", help="muestra la revisión del esquema")

    demo = commands.add_parser("demo", help="llena la base con datos de demostración")
    demo.add_argument("--students", type=int, default=2000, help="cantidad de estudiantes")
    demo.add_argument("--seed", type=int, default=2026, help="semilla (reproducible)")
    search_commands.add_parsers(commands)
    constancia_commands.add_parsers(commands)
    key_commands.add_parsers(commands)
    settings_commands.add_parsers(commands)
    consulta_commands.add_parsers(commands)
    user_commands.add_parsers(commands)
    audit_commands.add_parsers(commands)
    report_commands.add_parsers(commands)
    import_commands.add_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    log_file = configure_logging()
    try:
        return _dispatch(args)
    except BrokenPipeError:  # `cla … | head`: the reader stopped; cla/__init__.py ends quietly
        raise
    except DatabaseError as error:
        log.warning("Error de base de datos: %s", error)
        return _say(error, EXIT_DATABASE)
    except SQLAlchemyError as error:  # the driver's own words go to the log only
        log.warning("Error de la base de datos en `cla`: %r", error)
        return _say(error, EXIT_DATABASE)
    except LoginRefused as error:
        log.warning("Ingreso rechazado: %s", error)
        return _say(error, EXIT_DENIED)
    except PermissionError as error:
        if error.errno is None:  # a role refusal, in our words
            log.warning("Acción denegada: %s", error)
            return _say(error, EXIT_DENIED)
        log.warning("Sin permiso del sistema: %s", error)
        return _say(error, EXIT_ERROR)  # the OS refused a file: not a sign-in problem
    except KeyringUnavailable as error:
        return _say(error, EXIT_DATABASE)
    except (ValueError, LookupError, OSError) as error:
        if not is_expected(error):
            log.warning("Error en `cla`: %r", error)
        return _say(error, EXIT_ERROR)
    except KeyboardInterrupt:
        print("Interrumpido.", file=sys.stderr)
        return 130
    except Exception:
        log.exception("Error inesperado en `cla %s`", " ".join(argv or sys.argv[1:]))
        print(
            f"Error: ocurrió un problema inesperado. El detalle quedó registrado en {log_file}; "
            "envíelo al soporte técnico.",
            file=sys.stderr,
        )
        return EXIT_ERROR


def _say(error: BaseException, code: int) -> int:
    """The error as a Spanish sentence on stderr (never the library's English)."""
    print(f"Error: {describe_error(error)}", file=sys.stderr)
    return code


def _dispatch(args: argparse.Namespace) -> int:
    url = configured_database_url(args.database)
    if args.command == "db":
        return _db(args, url)
    if args.command == "demo":
        return _demo(args, url)
    if args.command == "user" and args.user_command == "add" and user_commands.is_bootstrap(url):
        return user_commands.run_user(args, url, SYSTEM)  # the first administrator
    actor = resolve_actor(args, url)
    if args.command == "search":
        return search_commands.run_search(args, url, actor)
    if args.command == "trajectory":
        return search_commands.run_trajectory(args, url, actor)
    runner = {
        "issue": constancia_commands.run_issue,
        "reprint": constancia_commands.run_reprint,
        "verify": constancia_commands.run_verify,
        "annul": constancia_commands.run_annul,
        "keys": key_commands.run_keys,
        "settings": settings_commands.run_settings,
        "consulta": consulta_commands.run_consulta,
        "outbox": consulta_commands.run_outbox,
        "user": user_commands.run_user,
        "audit": audit_commands.run_audit,
        "report": report_commands.run_report,
        "import": import_commands.run_import_command,
    }[args.command]
    return runner(args, url, actor)


def _db(args: argparse.Namespace, url) -> int:
    if args.db_command == "current":
        revision, head = schema_status(url)
        state = "al día" if revision == head else f"pendiente de actualizar a {head}"
        print(f"Revisión: {revision or 'ninguna (base vacía)'} ({state})")
        return 0
    opened = open_database(url)
    if opened.backup:
        print(f"Copia de seguridad previa: {opened.backup}")
    print(f"Base de datos al día (revisión {migrator.head_revision()}): {opened.description}")
    if opened.reference and not opened.reference.skipped:
        ref = opened.reference
        print(
            f"Datos de referencia cargados: {ref.offices} DRE/UGEL, {ref.ubigeos} ubigeos, "
            f"{ref.schools} instituciones educativas."
        )
    return 0


def _demo(args: argparse.Namespace, url) -> int:
    if args.students < 0:
        raise ValueError("La cantidad de estudiantes no puede ser negativa.")
    opened = open_database(url)

    def report(done: int, total: int) -> None:
        print(f"\r  {done:,}/{total:,} estudiantes", end="", file=sys.stderr, flush=True)

    summary = fill_demo(
        opened.engine, DEMO_SUPERVISOR, students=args.students, seed=args.seed, progress=report
    )
    print(file=sys.stderr)
    print(
        f"Datos de demostración en {opened.description}: {summary.students:,} estudiantes, "
        f"{summary.enrollments:,} matrículas, {summary.results:,} calificativos, "
        f"{summary.observations:,} observaciones."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
