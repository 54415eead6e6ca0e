"""The constancia's QR over real demo students (issue #15): its version and module size, and
whether zbarimg decodes it from a 100-dpi render and after a 300→150-dpi downsample (what a
laser printer's scan path does), with and without an office verification page.  The first
release's QR (snapshot version 1: JSON in a URL's query string) is the baseline, measured on
the same students in the same run.

    .venv/bin/python bench/qr_size.py --database DEMO.sqlite3 [--count 30]
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import keyring
from PIL import Image
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.constancia import NOW, eligible
from cla_desktop.documents.constancia_pdf import QR_SIZE, RenderOptions, render_constancia
from cla_desktop.documents.qr import QUIET_ZONE, make_qr
from cla_desktop.domain.constancia import RequesterType
from cla_desktop.domain.constancia_payload import qr_text
from cla_desktop.domain.levels import Nivel
from cla_desktop.services.actor import DEMO_SUPERVISOR
from cla_desktop.services.constancias.issuance import issue_constancia
from cla_desktop.services.constancias.keys import unb64
from cla_desktop.store.database import make_engine
from tests.support.memory_keyring import MemoryKeyring

PAGE = "https://www.ugel03.gob.pe/verificar"
MM_PER_POINT = 25.4 / 72


def zbar(image: Path) -> str:
    done = subprocess.run(
        ["zbarimg", "--raw", "--nodbus", "-q", str(image)], capture_output=True, text=True
    )
    return done.stdout.strip()


def decodes(pdf: bytes, expected: str, folder: Path) -> tuple[bool, bool]:
    path = folder / "c.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", "-f", "1", "-l", "1", str(path), str(folder / "lo")],
        check=True,
    )
    subprocess.run(
        ["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", str(path), str(folder / "hi")],
        check=True,
    )
    low = next(folder.glob("lo*.png"))
    high = next(folder.glob("hi*.png"))
    with Image.open(high) as image:
        image.resize((image.width // 2, image.height // 2), Image.Resampling.BILINEAR).save(
            folder / "down.png"
        )
    ok_low = zbar(low) == expected
    ok_down = zbar(folder / "down.png") == expected
    for file in folder.glob("*.png"):
        file.unlink()
    return ok_low, ok_down


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True)
    parser.add_argument("--count", type=int, default=30)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    engine = make_engine(f"sqlite:///{args.database}")
    rows = []
    with Session(engine) as session, tempfile.TemporaryDirectory() as tmp:
        for student in eligible(session, args.count):
            issued = issue_constancia(
                session,
                DEMO_SUPERVISOR,
                student_id=student,
                nivel=Nivel.SECUNDARIA,
                requester_type=RequesterType.TITULAR,
                motivo="Trámite laboral",
                now=NOW,
            )
            signature = unb64(issued.signature)
            with_page = dataclasses.replace(issued.snapshot, verification_base=PAGE)
            forms = {
                "CLA1: (sin página)": issued.qr_text,
                # The page is not in the signed bytes' size: the same signature shows the size.
                "página + #dígitos": qr_text(with_page, issued.key_id, signature),
                "v1 (línea base)": qr_text(
                    dataclasses.replace(with_page, version=1), issued.key_id, signature
                ),
            }
            for form, text in forms.items():
                code = make_qr(text)
                modules = code.symbol_size(border=QUIET_ZONE)[0]
                module_mm = QR_SIZE * MM_PER_POINT / modules
                snapshot = issued.snapshot if form.startswith("CLA1") else with_page
                pdf = render_constancia(snapshot, RenderOptions(qr_text=text))
                low, down = decodes(pdf, text, Path(tmp))
                rows.append((form, len(text), code.version, code.error, module_mm, low, down))
        session.rollback()
    print(
        f"{'forma':22} {'n':>3} {'caracteres':>16} {'versión':>12} {'módulo mm':>10} "
        f"{'100 dpi':>8} {'300→150':>8}"
    )
    for form in dict.fromkeys(r[0] for r in rows):
        mine = [r for r in rows if r[0] == form]
        lengths = [r[1] for r in mine]
        versions = Counter(f"{r[2]}-{r[3]}" for r in mine)
        print(
            f"{form:22} {len(mine):>3} {min(lengths):>5}–{max(lengths)} "
            f"(med {statistics.median(lengths):.0f}) "
            f"{' '.join(f'{v}×{n}' for v, n in sorted(versions.items())):>12} "
            f"{min(r[4] for r in mine):>10.2f} "
            f"{sum(r[5] for r in mine):>5}/{len(mine)} {sum(r[6] for r in mine):>5}/{len(mine)}"
        )


if __name__ == "__main__":
    main()
