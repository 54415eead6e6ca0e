"""Issuing many constancias at once (a list of students), the PDFs rendered in parallel by
worker processes (PDF rendering is CPU-bound Python).

The document is made before it counts (#15, point 6): a few students at a time (a few per
worker) are issued in one transaction, the workers render their PDFs into temporary
files beside the final names, and only once every one of them is on disk is the transaction
committed and the files given their names.  A PDF that cannot be written rolls its group back;
the group's students are then tried again one by one, so the others still get theirs and the
student whose PDF failed is reported as not issued — nothing issued, nothing superseded, the
citizen's earlier constancia still valid.

Refusals do not stop the batch: each one is reported with its reason.  Cancelling stops before
the next student; what was issued stays issued (and its PDF written).  The folder is tried
before anything is issued (a read-only or missing folder issues nothing).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from cla_desktop.domain.constancia import IssueRefused, RequesterType, Snapshot
from cla_desktop.domain.levels import Nivel
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.services.constancias.issuance import (
    IssuedConstancia,
    issue_constancia,
    record_refusal,
)
from cla_desktop.services.error_text import describe_error
from cla_desktop.services.trajectory import find_student_id

WORKERS = max(1, min(2, os.cpu_count() or 1))
# Students per transaction, per worker: the workers render the first PDFs while the rest of
# the group is issued; the group commits only when all are on disk (a short write lock).
GROUP_PER_WORKER = 4


@dataclass(frozen=True)
class BatchRequest:
    document: str
    requester_type: RequesterType = RequesterType.TITULAR
    requester_document: str | None = None
    requester_name: str | None = None


@dataclass(frozen=True)
class BatchItem:
    document: str
    codigo_virtual: str | None = None
    correlativo: str | None = None
    path: Path | None = None
    problem: str | None = None


def temporary_path(path: Path) -> Path:
    """Where a PDF is written before its constancia is committed (same folder: the final
    rename is atomic)."""
    return path.with_name(path.name + ".tmp")


def render_to_file(snapshot_json: str, qr_text: str, path: str) -> str:
    """Runs in a worker process: render one PDF and write it to `path`, on disk (fsync) before
    the constancia it belongs to is committed; nothing is left behind if it fails."""
    from cla_desktop.documents.constancia_pdf import RenderOptions, render_constancia

    pdf = render_constancia(Snapshot.from_json(snapshot_json), RenderOptions(qr_text=qr_text))
    try:
        with open(path, "wb") as handle:
            handle.write(pdf)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):  # a path through a file cannot be unlinked either
            os.unlink(path)
        raise
    return path


def check_folder(folder: Path) -> None:
    """Raises OSError now, before anything is issued, if the PDFs cannot be written there."""
    folder.mkdir(parents=True, exist_ok=True)
    probe = folder / f".cla-prueba-{os.getpid()}.tmp"
    try:
        probe.write_bytes(b"\0" * 65536)  # the size of a small constancia
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()


@dataclass(frozen=True)
class _Pending:
    """An issued (flushed, not committed) constancia whose PDF a worker is writing."""

    position: int  # in the group's items
    request: BatchRequest
    issued: IssuedConstancia
    path: Path
    future: Future

    def error(self) -> BaseException | None:
        try:
            self.future.result()
        except Exception as error:  # OSError, a render failure, a broken worker
            return error
        return None

    def discard(self) -> None:
        with contextlib.suppress(Exception):
            self.future.result()
        with contextlib.suppress(OSError):
            temporary_path(self.path).unlink(missing_ok=True)


@dataclass(frozen=True)
class _Batch:
    engine: Engine
    actor: Actor
    nivel: Nivel
    motivo: str
    out_dir: Path
    pool: ProcessPoolExecutor

    def issue_group(
        self,
        group: list[BatchRequest],
        keep_going: Callable[[], bool] = lambda: True,
        advanced: Callable[[], None] = lambda: None,
    ) -> tuple[list[BatchItem], int]:
        """Issues the group in one transaction; returns its items and how many requests were
        taken (fewer once `keep_going` says stop: cancelled)."""
        items: list[BatchItem] = []
        pending: list[_Pending] = []
        refusals: list[tuple[int, IssueRefused]] = []
        taken = 0
        with Session(self.engine) as session:
            try:
                for request in group:
                    if not keep_going():
                        break
                    taken += 1
                    self._issue_one(session, request, items, pending, refusals)
                    advanced()
                failures = [(p, e) for p in pending if (e := p.error()) is not None]
                if failures:
                    session.rollback()
                else:
                    session.commit()
            except BaseException:
                session.rollback()
                for entry in pending:
                    entry.discard()
                raise
        for student_id, refusal in refusals:  # their own transactions, now the group's is over
            record_refusal(self.engine, self.actor, student_id, self.nivel, refusal)
        if failures:
            self._retry_alone(items, pending, failures)
        else:
            for entry in pending:
                items[entry.position] = _move_into_place(items[entry.position], entry)
        return items, taken

    def _issue_one(self, session, request, items, pending, refusals) -> None:
        student_id = 0
        try:
            with session.begin_nested():  # a refusal undoes only this student's writes
                student_id = find_student_id(session, self.actor, request.document)
                issued = issue_constancia(
                    session,
                    self.actor,
                    student_id=student_id,
                    nivel=self.nivel,
                    requester_type=request.requester_type,
                    requester_document=request.requester_document,
                    requester_name=request.requester_name,
                    motivo=self.motivo,
                )
        except IssueRefused as refusal:
            refusals.append((student_id, refusal))
            items.append(BatchItem(request.document, problem=str(refusal)))
            return
        except (ValueError, LookupError) as problem:
            items.append(BatchItem(request.document, problem=str(problem)))
            return
        snapshot = issued.snapshot
        name = f"{request.document}-{self.nivel.value.lower()}-{snapshot.codigo_virtual}.pdf"
        path = self.out_dir / name
        future = self.pool.submit(
            render_to_file, snapshot.canonical_json(), issued.qr_text, str(temporary_path(path))
        )
        pending.append(_Pending(len(items), request, issued, path, future))
        items.append(
            BatchItem(request.document, snapshot.codigo_virtual, snapshot.correlativo, path)
        )

    def _retry_alone(self, items, pending, failures) -> None:
        """The group was rolled back: alone, each student gets their constancia or is told
        theirs was not issued (nothing committed, nothing superseded)."""
        for entry in pending:
            entry.discard()
        if len(pending) == 1:
            entry, error = failures[0]
            items[entry.position] = BatchItem(
                entry.request.document,
                problem="no se emitió la constancia (la anterior sigue vigente) porque su PDF "
                f"no se pudo escribir: {describe_error(error)}",
            )
            return
        for entry in pending:
            again, _taken = self.issue_group([entry.request])
            items[entry.position] = again[0]


def _move_into_place(item: BatchItem, entry: _Pending) -> BatchItem:
    """Committed: the PDF takes its name (an atomic rename in the same folder)."""
    try:
        temporary_path(entry.path).replace(entry.path)
    except OSError as error:
        return BatchItem(
            item.document,
            item.codigo_virtual,
            item.correlativo,
            None,
            problem=f"la constancia N.° {item.correlativo} ({item.codigo_virtual}) se emitió "
            f"pero su PDF no se guardó: {describe_error(error)} Reimprímala desde "
            "Constancias → Registro.",
        )
    return item


def issue_batch(
    engine: Engine,
    actor: Actor,
    requests: list[BatchRequest],
    *,
    nivel: Nivel,
    motivo: str,
    out_dir: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int = WORKERS,
) -> list[BatchItem]:
    check_folder(out_dir)
    items: list[BatchItem] = []
    done = 0

    def keep_going() -> bool:
        return not (cancelled and cancelled())

    def advanced() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, len(requests))

    with ProcessPoolExecutor(max_workers=workers) as pool:
        batch = _Batch(engine, actor, nivel, motivo, out_dir, pool)
        position = 0
        while position < len(requests):
            group = requests[position : position + workers * GROUP_PER_WORKER]
            issued, taken = batch.issue_group(group, keep_going, advanced)
            items.extend(issued)
            position += taken
            if taken < len(group):
                break  # cancelled: what was issued stays issued
    with Session(engine) as session:
        record(
            session,
            actor,
            AuditAction.EXPORT,
            subject="lote de constancias",
            detail={
                "carpeta": str(out_dir),
                "emitidas": sum(1 for item in items if item.path),
                "rechazadas": sum(1 for item in items if item.problem),
            },
        )
        session.commit()
    return items
