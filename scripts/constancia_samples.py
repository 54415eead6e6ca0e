"""Sample constancias for docs/img: a primaria one and a secundaria one that mixes 0-20,
per-área and per-competencia years, issued from a demo database and rendered to PNG pages.

    .venv/bin/python scripts/constancia_samples.py --database DEMO.sqlite3
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import keyring
from sqlalchemy import text
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cla_desktop.documents.constancia_pdf import RenderOptions, render_constancia
from cla_desktop.domain.constancia import RequesterType
from cla_desktop.domain.levels import Nivel
from cla_desktop.services.actor import DEMO_SUPERVISOR
from cla_desktop.services.constancias.issuance import issue_constancia
from cla_desktop.store.database import make_engine
from tests.support.memory_keyring import MemoryKeyring

OUT = Path(__file__).resolve().parent.parent / "docs" / "img"
QUERIES = {
    # Secundaria 2017-2021: 0-20 per área (2017-18), literal per área (2019 1.°... none), and
    # per competencia from 2020: born 2004, no rectification, an exoneration if possible.
    Nivel.SECUNDARIA: (
        "SELECT e.student_id FROM enrollment e JOIN student s ON s.id = e.student_id "
        "WHERE e.nivel = 'SECUNDARIA' AND e.grado = 1 AND e.year = 2017 AND e.student_id IN "
        "(SELECT student_id FROM enrollment WHERE nivel = 'SECUNDARIA' AND grado = 5 "
        "AND year = 2021) AND e.student_id NOT IN (SELECT student_id FROM enrollment "
        "WHERE acta_estado = 'EN_RECTIFICACION') ORDER BY e.student_id LIMIT 1"
    ),
    Nivel.PRIMARIA: (
        "SELECT e.student_id FROM enrollment e WHERE e.nivel = 'PRIMARIA' AND e.grado = 6 "
        "AND e.year = 2020 AND e.student_id NOT IN (SELECT student_id FROM enrollment "
        "WHERE acta_estado = 'EN_RECTIFICACION') ORDER BY e.student_id LIMIT 1"
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    engine = make_engine(f"sqlite:///{args.database}")
    with Session(engine) as session, tempfile.TemporaryDirectory() as folder:
        for nivel, query in QUERIES.items():
            student = session.execute(text(query)).scalar_one()
            minor = nivel is Nivel.PRIMARIA  # born ~2008: the mother asks for it
            issued = issue_constancia(
                session,
                DEMO_SUPERVISOR,
                student_id=student,
                nivel=nivel,
                requester_type=RequesterType.MADRE if minor else RequesterType.TITULAR,
                requester_document="41234567" if minor else None,
                requester_name="ROSA MAMANI CCORI" if minor else None,
                motivo="Trámite de estudios superiores",
                now=datetime(2026, 11, 28, 15, 35, tzinfo=UTC),
            )
            pdf = Path(folder) / f"{nivel.value.lower()}.pdf"
            pdf.write_bytes(
                render_constancia(issued.snapshot, RenderOptions(qr_text=issued.qr_text))
            )
            target = OUT / f"constancia-{nivel.value.lower()}"
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    "80",
                    "-png",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(pdf),
                    str(target),
                ],
                check=True,
            )
            print(f"{target}.png")
        session.rollback()  # samples are not kept in the register


if __name__ == "__main__":
    main()
