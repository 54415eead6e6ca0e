"""Issue + render one constancia vs a minimal reportlab page with a table of the same size and a
QR (issue #4), and 1,000 constancias in a batch.

    .venv/bin/python bench/constancia.py --database DEMO.sqlite3

The database must hold demo students (cla demo); each sample is a real student with a secundaria
trajectory.  The keyring is an in-memory one (the bench measures work, not the OS keyring).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import keyring
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table
from sqlalchemy import text
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cla_desktop.documents.constancia_pdf import RenderOptions, render_constancia
from cla_desktop.domain.constancia import RequesterType
from cla_desktop.domain.levels import Nivel
from cla_desktop.services.actor import DEMO_SUPERVISOR
from cla_desktop.services.constancias.batch import BatchRequest, issue_batch
from cla_desktop.services.constancias.issuance import issue_constancia
from cla_desktop.store.database import make_engine
from cla_desktop.store.models import Student
from tests.support.memory_keyring import MemoryKeyring

NOW = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)


def eligible(session: Session, count: int) -> list[int]:
    return list(
        session.execute(
            text(
                "SELECT DISTINCT e.student_id FROM enrollment e JOIN student s "
                "ON s.id = e.student_id WHERE e.nivel = 'SECUNDARIA' AND e.grado = 5 "
                "AND e.year < 2026 AND s.fecha_nacimiento < '2007-01-01' AND e.student_id NOT IN "
                "(SELECT student_id FROM enrollment WHERE acta_estado = 'EN_RECTIFICACION') "
                "ORDER BY e.student_id LIMIT :n"
            ),
            {"n": count},
        ).scalars()
    )


def baseline_page(rows: int, columns: int, qr: str) -> bytes:
    """The named baseline: a bare reportlab page with a table of the same size and a QR."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=landscape(A4))
    data = [["Área"] + [f"{c}" for c in range(columns)]] + [
        [f"Fila {r}"] + ["AD"] * columns for r in range(rows)
    ]
    drawing = Drawing(100, 100)
    drawing.add(QrCodeWidget(qr))
    document.build([Table(data), drawing])
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--samples", type=int, default=100)
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    engine = make_engine(f"sqlite:///{args.database}")
    with Session(engine) as session:
        students = eligible(session, max(args.samples, args.batch))
    print(f"estudiantes elegibles: {len(students)}")
    service, baseline = [], []
    with Session(engine) as session:
        for student in students[:5]:  # warm-up: fonts, key, caches
            issued = issue_constancia(
                session,
                DEMO_SUPERVISOR,
                student_id=student,
                nivel=Nivel.SECUNDARIA,
                requester_type=RequesterType.TITULAR,
                motivo="Bench",
                now=NOW,
            )
            render_constancia(issued.snapshot, RenderOptions(qr_text=issued.qr_text))
        session.rollback()
        for student in students[: args.samples]:
            start = time.perf_counter()
            issued = issue_constancia(
                session,
                DEMO_SUPERVISOR,
                student_id=student,
                nivel=Nivel.SECUNDARIA,
                requester_type=RequesterType.TITULAR,
                motivo="Bench",
                now=NOW,
            )
            render_constancia(issued.snapshot, RenderOptions(qr_text=issued.qr_text))
            service.append((time.perf_counter() - start) * 1000)
            rows, columns = len(issued.snapshot.rows) + 4, len(issued.snapshot.columns)
            start = time.perf_counter()
            baseline_page(rows, columns, issued.qr_text)
            baseline.append((time.perf_counter() - start) * 1000)
        session.rollback()
    service_median, baseline_median = statistics.median(service), statistics.median(baseline)
    print(
        f"emitir + renderizar: mediana {service_median:.1f} ms (p95 "
        f"{statistics.quantiles(service, n=20)[18]:.1f})"
    )
    print(f"página mínima (tabla del mismo tamaño + QR): mediana {baseline_median:.1f} ms")
    print(f"relación: {service_median / baseline_median:.2f} (objetivo <= 2, y <= 60 ms)")
    with Session(engine) as session:
        rows = [session.get(Student, students[i % len(students)]) for i in range(args.batch)]
        documents = [row.document_number or row.codigo_estudiante for row in rows]
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        items = issue_batch(
            engine,
            DEMO_SUPERVISOR,
            [BatchRequest(d) for d in documents],
            nivel=Nivel.SECUNDARIA,
            motivo="Lote",
            out_dir=Path(folder),
        )
        seconds = time.perf_counter() - start
        written = len(list(Path(folder).glob("*.pdf")))
    problems = sum(1 for item in items if item.problem)
    print(
        f"lote de {args.batch}: {seconds:.1f} s, {written} PDF, {problems} rechazos "
        f"(objetivo <= 45 s en 2 núcleos)"
    )


if __name__ == "__main__":
    main()
