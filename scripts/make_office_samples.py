"""Nómina files in tests/data/oficina, saved by LibreOffice the way offices save them.

    .venv/bin/python scripts/make_office_samples.py

The importer must read files its authors did not write, so these come out of a real office
program: a workbook is built with openpyxl the way a clerk lays one out by hand (a merged title
over the table, headers as people type them — "Nro. DNI", "Ap. Paterno", "Fecha de Nacimiento"
—, sexo in F/M letters, DNIs and códigos modulares as numbers that lost their leading zeros,
birth dates as date cells and one as a plain number, an "Observación" column the app does not
read, a cell with a line break) and LibreOffice converts it:

- nomina_oficina.xls — Excel 97–2003 (merged title cell kept);
- nomina_oficina_unicode.txt — "Texto Unicode" (UTF-16 with BOM, tabs), as Excel's
  "Texto Unicode (*.txt)" writes it;
- nomina_oficina_ansi.csv — CSV with ";" in Windows-1252, as Excel in a Spanish-language
  Windows writes "CSV (delimitado por comas)".

LibreOffice (`soffice`) is needed ONLY to regenerate them; the files are committed and the
tests read them as they are.  Schools are real (resources/reference/ie_muestra_275.csv);
students are fictional and match tests/support/import_files.py (codes 10000000000001…).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "oficina"
HEADER = [
    "Código Modular", "Anexo", "Año", "Nivel", "Grado", "Sección", "Código del Estudiante",
    "Tipo de Documento", "Nro. DNI", "Ap. Paterno", "Ap. Materno", "Nombres", "Sexo",
    "Fecha de Nacimiento", "Observación",
]  # fmt: skip
# 0204990 is a real primaria school of the shipped sample; typed as a number it loses its 0.
ROWS = [
    [204990, 0, 2019, "PRIMARIA", 1, "A", "10000000000001", "DNI", 70000001, "HUAMÁN",
     "QUISPE", "ÁNGEL RENZO", "M", datetime(2012, 3, 4), ""],
    [204990, 0, 2019, "PRIMARIA", 1, "A", "10000000000002", "DNI", 70000002, "NÚÑEZ",
     "DE LA CRUZ", "MARÍA JOSÉ", "F", datetime(2012, 7, 19), "Vive con\nsus abuelos"],
    [204990, 0, 2019, "PRIMARIA", 1, "A", "10000000000003", "DNI", 70000003, "CCAHUANA",
     "MAMANI", "LUZ MARINA", "F", 40938, ""],  # 30/01/2012 typed where the cell was General
    [204990, 0, 2019, "PRIMARIA", 1, "A", "10000000000004", "DNI", 7123456, "PEÑA",
     "ÁLVAREZ", "JOSÉ LUIS", "M", datetime(2012, 11, 2), "DNI 07123456"],
]  # fmt: skip
UTF16_TABS = "txt:Text - txt - csv (StarCalc):9,34,65535,1,,0,false,true,false,false"
CONVERSIONS = (
    ("xls", "nomina_oficina.xls"),
    (UTF16_TABS, "nomina_oficina_unicode.txt"),
    ("csv:Text - txt - csv (StarCalc):59,34,1,1", "nomina_oficina_ansi.csv"),
)  # fmt: skip


def build(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Nómina"
    sheet["A1"] = "NÓMINA DE MATRÍCULA 2019 — I.E. 50721 — 1.° A"
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append([])
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    for line in range(4, 4 + len(ROWS)):
        sheet.cell(line, 14).number_format = "DD/MM/YYYY"
        sheet.cell(line, 15).alignment = Alignment(wrap_text=True)
    sheet.cell(6, 14).number_format = "General"  # the serial number stays a number
    book.save(path)


def main() -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("LibreOffice (soffice) is needed to regenerate these samples (not the tests).")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        source = Path(work, "nomina_oficina.xlsx")
        build(source)
        profile = Path(work, "profile").as_uri()
        for target, name in CONVERSIONS:
            out = Path(work, "out")
            out.mkdir(exist_ok=True)
            subprocess.run(
                [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                 target, "--outdir", str(out), str(source)],
                check=True, capture_output=True, timeout=180,
            )  # fmt: skip
            made = next(out.iterdir())
            shutil.move(made, OUT / name)
            print(f"{OUT / name}: {(OUT / name).stat().st_size} bytes")


if __name__ == "__main__":
    main()
