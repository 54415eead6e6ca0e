"""Sample constancias for docs/img, issued from a demo database and rendered to PNG pages:
primaria (a pupil in 6.° this year: the year in progress is named, not claimed), secundaria (a
3-page one mixing 0-20 per área and per-competencia years, every page) and inicial.

    .venv/bin/python scripts/constancia_samples.py --database DEMO.sqlite3 [--dpi 80] [--out DIR]

Nothing is kept in the register (the session is rolled back).
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import keyring
from pypdf import PdfReader
from sqlalchemy import text
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cla_desktop.documents.constancia_pdf import RenderOptions, render_constancia
from cla_desktop.domain.constancia import IssueRefused, RequesterType
from cla_desktop.domain.levels import Nivel
from cla_desktop.services.actor import DEMO_SUPERVISOR
from cla_desktop.services.constancias.issuance import draft_snapshot, issue_constancia
from cla_desktop.store.database import make_engine
from tests.support.memory_keyring import MemoryKeyring

OUT = Path(__file__).resolve().parent.parent / "docs" / "img"
NOW = datetime(2026, 11, 28, 15, 35, tzinfo=UTC)
NO_RECTIFICATION = (
    "e.student_id NOT IN (SELECT student_id FROM enrollment WHERE acta_estado = 'EN_RECTIFICACION')"
)
CANDIDATES = {
    # In 6.° this year, primaria from 2021: five closed years and one in progress.
    Nivel.PRIMARIA: (
        "SELECT e.student_id FROM enrollment e WHERE e.nivel = 'PRIMARIA' AND e.grado = 6 "
        f"AND e.year = 2026 AND {NO_RECTIFICATION} ORDER BY e.student_id LIMIT 60",
        None,
    ),
    # 1.° in 2017, 5.° in 2021: DCN per área, then CNEB per competencia; three pages.
    Nivel.SECUNDARIA: (
        "SELECT e.student_id FROM enrollment e WHERE e.nivel = 'SECUNDARIA' AND e.grado = 1 "
        "AND e.year = 2017 AND e.student_id IN (SELECT student_id FROM enrollment WHERE "
        "nivel = 'SECUNDARIA' AND grado = 5 AND year = 2021) "
        f"AND {NO_RECTIFICATION} ORDER BY e.student_id LIMIT 60",
        3,
    ),
    Nivel.INICIAL: (
        "SELECT e.student_id FROM enrollment e WHERE e.nivel = 'INICIAL' AND e.grado = 5 "
        f"AND e.year = 2025 AND {NO_RECTIFICATION} ORDER BY e.student_id LIMIT 60",
        None,
    ),
}


def _request(nivel: Nivel) -> dict:
    if nivel is Nivel.SECUNDARIA:
        return {"requester_type": RequesterType.TITULAR}
    return {  # a minor: the mother asks for it
        "requester_type": RequesterType.MADRE,
        "requester_document": "41234567",
        "requester_name": "ROSA MAMANI CCORI",
    }


def _pick(session: Session, nivel: Nivel, query: str, pages: int | None) -> int:
    """The first candidate whose constancia can be issued and fills `pages` pages (any number
    when None), preferring
    one whose observaciones name a year left out (what #15 made visible)."""
    fallback = None
    for student in session.execute(text(query)).scalars():
        try:
            draft = draft_snapshot(
                session,
                DEMO_SUPERVISOR,
                student_id=student,
                nivel=nivel,
                motivo="Trámite de estudios superiores",
                now=NOW,
                **_request(nivel),
            )
        except (IssueRefused, ValueError):
            continue
        pdf = render_constancia(draft, RenderOptions(watermark="VISTA PREVIA"))
        if pages is not None and len(PdfReader(io.BytesIO(pdf)).pages) != pages:
            continue
        if any(":" in note and "sin" in note for note in draft.observaciones):
            return student
        fallback = fallback or student
    if fallback is None:
        raise SystemExit(f"Ningún estudiante de {nivel.label} sirve de muestra.")
    return fallback


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--dpi", default="80")
    parser.add_argument("--out", default=str(OUT), help="carpeta de las imágenes")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    engine = make_engine(f"sqlite:///{args.database}")
    with Session(engine) as session, tempfile.TemporaryDirectory() as folder:
        for nivel, (query, pages) in CANDIDATES.items():
            student = _pick(session, nivel, query, pages)
            issued = issue_constancia(
                session,
                DEMO_SUPERVISOR,
                student_id=student,
                nivel=nivel,
                motivo="Trámite de estudios superiores",
                now=NOW,
                **_request(nivel),
            )
            pdf = Path(folder) / f"{nivel.value.lower()}.pdf"
            pdf.write_bytes(render_constancia(issued.snapshot, RenderOptions(issued.qr_text)))
            prefix = Path(folder) / nivel.value.lower()
            subprocess.run(["pdftoppm", "-r", args.dpi, "-png", str(pdf), str(prefix)], check=True)
            made = sorted(Path(folder).glob(f"{nivel.value.lower()}-*.png"))
            for number, page in enumerate(made, start=1):
                suffix = "" if number == 1 else f"-{number}"
                target = Path(args.out) / f"constancia-{nivel.value.lower()}{suffix}.png"
                page.replace(target)
                print(target)
        session.rollback()  # samples are not kept in the register


if __name__ == "__main__":
    main()
