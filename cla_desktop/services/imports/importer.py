"""Running an import: stream the file in batches inside one transaction, report every problem,
commit only what the office asked for.

- All-or-nothing (default): if any row has a problem, nothing is kept.
- `skip_invalid`: the valid rows are kept; the rejected ones go to the rejects file.
- `dry_run`: everything is checked and written inside the transaction, then rolled back.
- Cancelling (the progress callback raises ImportCancelled) rolls back.
Every run is recorded once in the audit trail, with the file's SHA-256 and the counts.
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
from cla_desktop.services.imports.handler import KindHandler
from cla_desktop.services.imports.kinds import ImportKind
from cla_desktop.services.imports.nomina import NominaHandler
from cla_desktop.services.imports.padron import PadronHandler
from cla_desktop.services.imports.report import ImportReport, Problem, RejectsWriter
from cla_desktop.services.imports.sources import FileFacts, TableSource
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
    batch_rows: int = BATCH_ROWS


@dataclass(frozen=True)
class ImportPreview:
    """The first rows as the file holds them, and what was detected (for the wizard)."""

    facts: FileFacts
    header: list[str]
    rows: list[list[str]]
    ignored: list[str]  # columns the app does not read


def preview(path: Path, kind: ImportKind, limit: int = 20) -> ImportPreview:
    source = open_source(path, kind)
    rows = []
    for _, cells in source.rows():
        rows.append(cells[: len(source.header)])
        if len(rows) >= limit:
            break
    return ImportPreview(source.facts, list(source.header), rows, list(source.columns.extra))


def default_rejects_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}-rechazos.csv")


def open_source(path: Path, kind: ImportKind) -> TableSource:
    """The file opened with the kind's columns; raises SourceError (a ValueError) in Spanish."""
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
) -> ImportReport:
    actor.require(IMPORT_ROLE)
    path = Path(path)
    source = open_source(path, kind)
    report = ImportReport(path.name, kind.value, facts=source.facts, dry_run=options.dry_run)
    rejects = RejectsWriter(options.rejects, source.header) if options.rejects else None
    try:
        _run(engine, source, kind, options, report, rejects, progress, today or date.today())
    except BaseException:
        if rejects is not None:
            rejects.discard()
        raise
    counts = report.counts
    counts.inserted, counts.updated = +counts.inserted, +counts.updated  # drop the zeros
    if rejects is not None:
        if report.counts.rejected:
            rejects.finish()
            report.rejects_file = options.rejects
        else:
            rejects.discard()
    _audit(engine, actor, report)
    return report


def _run(engine, source, kind, options, report, rejects, progress, today) -> None:
    """Python's cycle collector is paused meanwhile: the import allocates millions of small
    objects and no cycles, and its passes over a growing heap cost a quarter of the time."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        _run_in_transaction(engine, source, kind, options, report, rejects, progress, today)
    finally:
        if collecting:
            gc.enable()


def _run_in_transaction(engine, source, kind, options, report, rejects, progress, today) -> None:
    total = source.facts.rows_hint
    with engine.connect() as connection:
        transaction = connection.begin()
        try:
            sql = Sql(connection)
            sql.begin_import()
            handler = HANDLERS[kind](sql, report, source.columns, today)
            handler.keep_cells = rejects is not None
            rows = source.rows()
            read = 0
            while chunk := list(islice(rows, options.batch_rows)):
                read += len(chunk)
                report.counts.read = read
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
        except ImportCancelled:
            transaction.rollback()
            report.cancelled = True
            return
        except BaseException:
            transaction.rollback()
            raise
        keep = not options.dry_run and (options.skip_invalid or not report.counts.rejected)
        if keep:
            transaction.commit()
            report.committed = True
        else:
            transaction.rollback()


def _reject(report: ImportReport, rejects, row: int, cells: list[str], problems: list[Problem]):
    report.counts.rejected += 1
    for problem in problems:
        report.add(problem)
    if rejects is not None:
        rejects.write(row, cells, problems)


def _audit(engine: Engine, actor: Actor, report: ImportReport) -> None:
    with Session(engine) as session:
        record(session, actor, AuditAction.IMPORT, report.file_name, report.audit_detail())
        session.commit()
