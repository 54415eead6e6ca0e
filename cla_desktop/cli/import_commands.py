"""`cla import FILE --kind nomina|acta|padron`: load a SIAGIE or ESCALE file, all or nothing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cla_desktop.domain.sexo_codes import conventions as sexo_conventions
from cla_desktop.services.actor import Actor
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.imports.conventions import ConventionNeeded
from cla_desktop.services.imports.importer import (
    ImportOptions,
    ImportPreview,
    default_rejects_path,
    run_import,
)
from cla_desktop.services.imports.kinds import ImportKind, guess_kind

EXIT_REJECTED = 1
SHOWN_PROBLEMS = 20


def add_parsers(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "import",
        help="importa una nómina, un acta o el padrón de instituciones (supervisor)",
        description="Importa un archivo CSV, XLSX, XLS (también el acta consolidada en su "
        "formato oficial) o DBF. Antes de guardar muestra qué columnas lee y cuáles no usa. Sin "
        "opciones, si alguna fila tiene un problema no se importa nada.",
    )
    parser.add_argument("file", metavar="ARCHIVO", type=Path)
    parser.add_argument(
        "--kind",
        choices=[kind.value for kind in ImportKind],
        help="tipo de archivo (por defecto, el que diga su nombre: nomina, acta o padron)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="revisa todo y muestra el resultado sin guardar nada"
    )
    parser.add_argument(
        "--skip-invalid",
        action="store_true",
        help="importa las filas válidas y escribe las rechazadas, con su motivo, en un archivo",
    )
    parser.add_argument(
        "--sexo",
        choices=sorted(sexo_conventions()),
        help="cómo escribe el archivo el sexo cuando solo usa la letra M: HM (H hombre, M mujer, "
        "como el acta oficial) o FM (F femenino, M masculino); sin esta opción se deduce de las "
        "otras letras del archivo",
    )
    parser.add_argument(
        "--rejects",
        metavar="ARCHIVO",
        type=Path,
        help="archivo CSV de filas rechazadas "
        "(por defecto ARCHIVO-rechazos.csv con --skip-invalid)",
    )


def run_import_command(args: argparse.Namespace, url, actor: Actor) -> int:
    kind = ImportKind(args.kind) if args.kind else guess_kind(args.file.name)
    if kind is None:
        raise ValueError(
            f"No se sabe qué contiene {args.file.name}: indique --kind nomina, acta o padron."
        )
    rejects = args.rejects
    fallback = False
    if rejects is None and args.skip_invalid:
        rejects = default_rejects_path(args.file)
        fallback = True  # the default place: the documents folder if it cannot be written
    options = ImportOptions(
        dry_run=args.dry_run,
        skip_invalid=args.skip_invalid,
        rejects=rejects,
        rejects_fallback=fallback,
        sexo=args.sexo,
    )
    opened = open_database(url, upgrade=False)

    def progress(done: int, total: int | None) -> None:
        shown = f"{done:,}/{total:,}" if total else f"{done:,}"
        print(f"\r  {shown} filas", end="", file=sys.stderr, flush=True)

    def announce(plan: ImportPreview) -> None:
        print(f"{kind.label}: {args.file.name} ({_detected(plan.facts)})")
        print("  Columnas que se leen:")
        for name, header in plan.recognised:
            print(f"    {name} ← «{header}»")
        if plan.ignored:
            print("  Columnas que no se usan (su contenido no se guarda):")
            print("    " + ", ".join(f"«{name}»" for name in plan.ignored))
        for sentence in plan.conventions.sentences() if plan.conventions else []:
            print(f"  {sentence}")
        sys.stdout.flush()

    try:
        report = run_import(
            opened.engine, actor, args.file, kind, options, progress, announce=announce
        )
    except ConventionNeeded as needed:
        raise ConventionNeeded(
            f"{needed} Use --sexo HM (H hombre, M mujer, como el acta oficial) o --sexo FM "
            "(F femenino, M masculino).",
            needed.column,
            needed.seen,
        ) from None
    print(file=sys.stderr)
    for notice in report.notices:
        print(f"  {notice}")
    for problem in report.problems[:SHOWN_PROBLEMS]:
        print(f"  {problem.sentence(args.file.name)}")
    hidden = report.counts.rejected - min(report.counts.rejected, SHOWN_PROBLEMS)
    if hidden > 0 and report.problems:
        print("  … y más problemas; motivos más frecuentes:")
        for reason, count in report.reasons.most_common(5):
            print(f"    {count:>7,}  {reason}")
    print(report.outcome())
    if report.counts.rejected and not report.committed and not args.dry_run:
        print("  (Para guardar solo las filas válidas: la opción --skip-invalid.)")
    if report.rejects_file:
        print(f"Filas rechazadas y sus motivos: {report.rejects_file}")
    return EXIT_REJECTED if report.counts.rejected else 0


def _detected(facts) -> str:
    detected = facts.format
    if facts.encoding:
        delimiter = {"\t": "tabulador", ",": "coma", ";": "punto y coma", "|": "barra"}.get(
            facts.delimiter or ",", facts.delimiter
        )
        detected += f", {facts.encoding}, separador {delimiter}"
    return detected
