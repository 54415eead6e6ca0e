"""Running an import: stream the file in batches inside one transaction, report every problem,
commit only what the office asked for.

- All-or-nothing (default): if any row has a problem, nothing is kept.
- `skip_invalid`: the valid rows are kept; the rejected ones go to the rejects file.
- `dry_run`: everything is checked and written inside the transaction, then rolled back.
- Cancelling (the progress callback raises ImportCancelled) rolls back.
Every run is recorded once in the audit trail, with the file's SHA-256 and the counts.  A
committed import writes its entry inside its own transaction (no kill can leave the rows
without their trace); a run that stored nothing (checked, refused, cancelled, stopped by an
error or Ctrl+C) is recorded after its rollback.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.services.imports.acta import ActaHandler
from cla_desktop.services.imports.conventions import (
    ConventionNeeded,
    FileConventions,
    read_conventions,
)
from cla_desktop.services.imports.handler import KindHandler
from cla_desktop.services.imports.kinds import ImportKind
from cla_desktop.services.imports.nomina import NominaHandler
from cla_desktop.services.imports.padron import PadronHandler
from cla_desktop.services.imports.report import ImportReport, Problem, RejectsWriter
from cla_desktop.services.imports.sources import FileFacts, SourceError, TableSource
from cla_desktop.services.imports.sql import Sql

log = logging.getLogger(__name__)

HANDLERS: dict[ImportKind, type[KindHandler]] = {
    ImportKind.PADRON: PadronHandler,
    ImportKind.NOMINA: NominaHandler,
    ImportKind.ACTA: ActaHandler,
}
BATCH_ROWS = 500  # rows parsed and written together: small enough to stay in the CPU caches
# Who may load data into the office's database (changes the records every counter prints).
IMPORT_ROLE = Role.SUPERVISOR

Progress = Callable[[int, int | None], None]


class ImportCancelled(Exception):
    """Raised by a progress callback to stop the import; everything is rolled back."""


@dataclass(frozen=True)
class ImportOptions:
    dry_run: bool = False
    skip_invalid: bool = False
    rejects: Path | None = None  # where rejected rows go (CSV); None: nowhere
    # `rejects` is the default place beside the file: when that folder cannot be written, the
    # user's documents folder is used instead (an explicit place is never replaced).
    rejects_fallback: bool = False
    sexo: str | None = None  # the file's sexo convention as the office states it (HM / FM)
    batch_rows: int = BATCH_ROWS


@dataclass(frozen=True)
class ImportPreview:
    """The first rows as the file holds them, and what was detected (for the wizard)."""

    facts: FileFacts
    header: list[str]
    rows: list[list[str]]
    recognised: list[tuple[str, str]]  # (what the app reads, the file's header for it)
    ignored: list[str]  # columns the app does not read
    conventions: FileConventions | None  # None when the file does not say (see needs)
    needs: ConventionNeeded | None = None  # what the office must state before importing


def preview(path: Path, kind: ImportKind, limit: int = 20, sexo: str | None = None):
    """The first rows, the columns that will be read and ignored, and how coded columns will be
    read — all before anything is written."""
    source = open_source(path, kind)
    rows = []
    for _, cells in source.rows():
        rows.append(cells[: len(source.header)])
        if len(rows) >= limit:
            break
    conventions, needs = None, None
    try:
        conventions = read_conventions(source, sexo)
    except ConventionNeeded as needed:
        needs = needed
    return _described(source, rows, conventions, needs)


def _described(source, rows, conventions, needs=None) -> ImportPreview:
    return ImportPreview(
        source.facts,
        list(source.header),
        rows,
        column_names(source.columns),
        list(source.columns.extra),
        conventions,
        needs,
    )


def column_names(columns) -> list[tuple[str, str]]:
    """(the column as docs and messages name it, the file's header) for each column read; a
    column with several headers in the file (ID_GRADO and DSC_GRADO) lists the others as
    what is read when the first is empty in a row."""
    named = []
    for column, header in columns.recognised():
        named.append((column.title, header))
        for _alias, _at, other in columns.alternatives.get(column.key, [])[1:]:
            named.append((f"{column.title}, si «{header}» está vacía", other))
    return named


def default_rejects_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}-rechazos.csv")


def open_source(path: Path, kind: ImportKind) -> TableSource:
    """The file opened with the kind's columns; raises SourceError (a ValueError) in Spanish.
    An acta filled in MINEDU's official form is read by its own source (acta_form.py)."""
    from cla_desktop.services.imports.acta_form import ActaFormSource, is_acta_form

    if kind == ImportKind.ACTA and is_acta_form(Path(path)):
        return ActaFormSource(Path(path), HANDLERS[kind].column_map())
    return TableSource(Path(path), HANDLERS[kind].column_map())


def run_import(
    engine: Engine,
    actor: Actor,
    path: Path,
    kind: ImportKind,
    options: ImportOptions = ImportOptions(),
    progress: Progress | None = None,
    *,
    today: date | None = None,
    announce: Callable[[ImportPreview], None] | None = None,
) -> ImportReport:
    """`announce` hears, before anything is written, which columns will be read and ignored and
    how coded columns will be read (the CLI prints it)."""
    actor.require(IMPORT_ROLE)
    path = Path(path)
    report = ImportReport(path.name, kind.value, dry_run=options.dry_run)
    rejects = None
    try:
        source = open_source(path, kind)
        report.facts = source.facts
        conventions = read_conventions(source, options.sexo)
        report.conventions = conventions
        if announce is not None:
            announce(_described(source, [], conventions))
        if options.rejects:
            rejects = _open_rejects(options, source, report)
        job = _Job(
            actor, source, kind, options, report, rejects, conventions, today or date.today()
        )
        if disagreeing := _run(engine, job, progress):
            # Rows of one record disagree: that pass was rolled back, and the file is read
            # again with every row of those records rejected (no part of them is stored).
            report.start_over()
            source.forget_cleaned()
            if rejects is not None:
                rejects.restart()
            job.excluded = disagreeing
            _run(engine, job, progress)
    except BaseException as error:
        if rejects is not None:
            rejects.discard()
        _audit_stopped(engine, actor, report, error)
        raise
    if rejects is not None:
        if report.counts.rejected:
            report.rejects_file = rejects.finish()
        else:
            rejects.discard()
    if not report.committed:  # nothing was stored: recorded after the rollback
        _audit(engine, actor, report)
    return report


@dataclass
class _Job:
    actor: Actor
    source: object
    kind: ImportKind
    options: ImportOptions
    report: ImportReport
    rejects: RejectsWriter | None
    conventions: FileConventions
    today: date
    excluded: dict[int, int] | None = None  # records refused whole on the second reading


def _open_rejects(options: ImportOptions, source, report: ImportReport) -> RejectsWriter:
    rejects = RejectsWriter.open(
        options.rejects, source.header, options.rejects_fallback, source.path
    )
    if rejects.moved_from is not None:
        report.note(
            f"La carpeta {rejects.moved_from} no permite escribir: el archivo de filas "
            f"rechazadas va a la carpeta Documentos ({rejects.path.parent})."
        )
    return rejects


def _run(engine: Engine, job: _Job, progress: Progress | None) -> dict[int, int]:
    """Python's cycle collector is paused meanwhile: the import allocates millions of small
    objects and no cycles, and its passes over a growing heap cost a quarter of the time.
    Returns the records to exclude when the pass was rolled back for them (else {})."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run_in_transaction(engine, job, progress)
    finally:
        if collecting:
            gc.enable()


def _run_in_transaction(engine: Engine, job: _Job, progress: Progress | None) -> dict[int, int]:
    source, options, report, rejects = job.source, job.options, job.report, job.rejects
    total = source.facts.rows_hint
    with engine.connect() as connection:
        transaction = connection.begin()
        try:
            sql = Sql(connection)
            sql.begin_import()
            handler = HANDLERS[job.kind](sql, report, source.columns, job.today)
            handler.conventions = job.conventions
            handler.keep_cells = rejects is not None
            if job.excluded:
                handler.exclude(job.excluded)
            rows = source.rows()
            read = 0
            while chunk := list(islice(rows, options.batch_rows)):
                read += len(chunk)
                report.counts.read = read
                if source.stray:  # rows with data outside the named columns: never parsed
                    chunk = _without_stray(chunk, source, report, rejects)
                batch, kept, rejected = handler.parse_rows(chunk)
                chunk = None
                for row, cells, problems in rejected:
                    _reject(report, rejects, row, cells, problems)
                if kept:
                    refused = handler.apply_batch(batch)
                    report.counts.valid += kept - len(refused)
                    for row, cells, problems in refused:
                        _reject(report, rejects, row, cells, problems)
                if progress is not None:
                    progress(read, total if read < (total or 0) else read)
            if read == 0:
                raise SourceError(
                    f"{source.path.name} no tiene filas de datos debajo del encabezado: no hay "
                    "nada que importar. Revise que sea el archivo correcto."
                )
            if not job.excluded and (disagreeing := handler.ambiguous()):
                transaction.rollback()
                return disagreeing
            report.note_cleaned(source.cleaned_count, source.cleaned_rows)
            for sentence in handler.closing_notes():
                report.note(sentence)
            counts = report.counts
            counts.inserted, counts.updated = +counts.inserted, +counts.updated  # drop zeros
            keep = not options.dry_run and (options.skip_invalid or not counts.rejected)
            if keep:
                if rejects is not None and counts.rejected:
                    report.rejects_file = rejects.path  # named in the audit entry
                report.committed = True
                _record(Session(bind=connection), job.actor, report)
        except ImportCancelled:
            transaction.rollback()
            report.cancelled = True
            report.committed = False
            return {}
        except BaseException:
            transaction.rollback()
            report.committed = False
            raise
        if keep:
            transaction.commit()
        else:
            transaction.rollback()
    return {}


def _without_stray(chunk, source, report: ImportReport, rejects) -> list:
    kept = []
    for row, cells in chunk:
        stray = source.take_stray(row)
        if stray is None:
            kept.append((row, cells))
            continue
        count, outside = stray
        width = len(source.header)
        shown = " | ".join(cell.strip() for cell in outside)[:60]
        if count != width:
            reason = (
                f"La fila tiene {count} celdas y el encabezado {width}: "
                f"{'sobra' if count > width else 'falta'} un separador, y las columnas "
                "quedarían corridas (por ejemplo una coma dentro de un nombre sin comillas, "
                "«ANA, MARIA»). Corrija la fila y vuelva a importarla."
            )
        else:
            reason = (
                "La fila tiene datos bajo una columna sin nombre: póngale nombre a la columna "
                "o borre esos datos, y vuelva a importar la fila."
            )
        _reject(report, rejects, row, cells, [Problem(row, "", shown, reason)])
    return kept


def _reject(report: ImportReport, rejects, row: int, cells: list[str], problems: list[Problem]):
    report.counts.rejected += 1
    for problem in problems:
        report.add(problem)
    if rejects is not None:
        rejects.write(row, cells, problems)


def _record(session: Session, actor: Actor, report: ImportReport) -> None:
    record(session, actor, AuditAction.IMPORT, report.file_name, report.audit_detail())


def _audit(engine: Engine, actor: Actor, report: ImportReport) -> None:
    with Session(engine) as session:
        _record(session, actor, report)
        session.commit()


def _audit_stopped(engine: Engine, actor: Actor, report: ImportReport, error: BaseException):
    """An import stopped by an error, Ctrl+C or a closed program stored nothing; the attempt is
    still recorded, if the database can be reached (when it cannot, the log keeps it)."""
    report.committed = False
    report.stopped = "interrumpida" if isinstance(error, KeyboardInterrupt) else "fallida"
    try:
        _audit(engine, actor, report)
    except Exception:
        log.exception("No se pudo registrar en la auditoría la importación detenida")
