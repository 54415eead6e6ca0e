"""Issuing many constancias at once (a list of students): issued one by one in their own
transactions, rendered in parallel by worker processes (PDF rendering is CPU-bound Python).

Refusals do not stop the batch: each one is reported with its reason.  Cancelling stops before
the next student; what was issued stays issued (and its PDF written).  The folder is tried
before anything is issued (a read-only or missing folder issues nothing); a PDF that still
cannot be written (a disk that fills up midway) is reported with its constancia, which the
register can reprint — never left unsaid.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from cla_desktop.atomic_files import write_bytes_atomically
from cla_desktop.domain.constancia import IssueRefused, RequesterType, Snapshot
from cla_desktop.domain.levels import Nivel
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.services.constancias.issuance import issue_constancia, record_refusal
from cla_desktop.services.error_text import describe_error
from cla_desktop.services.trajectory import find_student_id

WORKERS = max(1, min(2, os.cpu_count() or 1))


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


def render_to_file(snapshot_json: str, qr_text: str, path: str) -> str:
    """Runs in a worker process: render one PDF and write it atomically."""
    from cla_desktop.documents.constancia_pdf import RenderOptions, render_constancia

    pdf = render_constancia(Snapshot.from_json(snapshot_json), RenderOptions(qr_text=qr_text))
    write_bytes_atomically(Path(path), pdf)
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
    pending: list[tuple[int, Future]] = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for index, request in enumerate(requests):
            if cancelled and cancelled():
                break
            student_id = 0
            try:
                with Session(engine) as session:
                    student_id = find_student_id(session, actor, request.document)
                    issued = issue_constancia(
                        session,
                        actor,
                        student_id=student_id,
                        nivel=nivel,
                        requester_type=request.requester_type,
                        requester_document=request.requester_document,
                        requester_name=request.requester_name,
                        motivo=motivo,
                    )
                    session.commit()
            except IssueRefused as refusal:
                record_refusal(engine, actor, student_id, nivel, refusal)
                items.append(BatchItem(request.document, problem=str(refusal)))
            except (ValueError, LookupError) as problem:
                items.append(BatchItem(request.document, problem=str(problem)))
            else:
                code = issued.snapshot.codigo_virtual
                path = out_dir / f"{request.document}-{nivel.value.lower()}-{code}.pdf"
                pending.append(
                    (
                        len(items),
                        pool.submit(
                            render_to_file,
                            issued.snapshot.canonical_json(),
                            issued.qr_text,
                            str(path),
                        ),
                    )
                )
                items.append(BatchItem(request.document, code, issued.snapshot.correlativo, path))
            if progress:
                progress(index + 1, len(requests))
        for position, future in pending:
            try:
                future.result()
            except OSError as error:
                item = items[position]
                items[position] = replace(
                    item,
                    path=None,
                    problem=f"la constancia N.° {item.correlativo} ({item.codigo_virtual}) se "
                    f"emitió pero su PDF no se guardó: {describe_error(error)} Reimprímala desde "
                    "Constancias → Registro.",
                )
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
