"""The filled «Acta consolidada de evaluación» samples in tests/data, made from the blank form.

    .venv/bin/python scripts/make_acta_form_sample.py [--form BLANK.xlsx] [--out tests/data]

Writes tests/data/acta_oficial_muestra.xlsx (the blank official form filled with openpyxl, as a
school would fill it) and tests/data/acta_oficial_muestra.xls (the same file converted by
LibreOffice: the form's own .xls layout, as offices receive it from schools still on Excel
97-2003).

LibreOffice (`soffice`) is needed ONLY to regenerate these samples, never by the tests: the two
files are committed, and tests/services/test_acta_form.py reads them as they are.

The students are the four of tests/data/nomina_muestra.csv (same SIAGIE codes and names, in the
form's alphabetical order); the test imports a nómina placing them in this classroom first.  The
year is 2014: the form is the DCN one (áreas of DCN 2005/2009, grades 0-20), and facts.toml
grades 3.° de secundaria vigesimal and names its áreas by DCN 2009 only up to 2018.  The school
is real (the shipped ESCALE sample, resources/reference/ie_muestra_275.csv): 0236158 GENERAL
OLLANTA, secundaria, Sector Educación, UGEL URUBAMBA 080013 (the UGEL is INF,
resources/reference/ie_muestra_275.ugel.toml).  The ubicación is illustrative (the sample has no
ubigeo; the importer does not read it).  The grades are fictional.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

ROOT = Path(__file__).resolve().parent.parent
BLANK = ROOT.parent / "shared" / "data" / "acta_consolidada_ebr_secundaria_2007_formato_minedu.xlsx"
NAME = "acta_oficial_muestra"

HEADER = {
    "V11": "GENERAL OLLANTA",
    "D13": "UGEL URUBAMBA",
    "V13": "R.D. N.° 0123-1985",  # illustrative
    "V15": "EBR",
    "AA15": 3,  # grado: "Colocar sólo números"
    "AJ15": "A",
    "V16": "P",  # Sector Educación: público
    "AJ16": "M",
    "BG11": "CUSCO",
    "BG12": "URUBAMBA",
    "BG13": "URUBAMBA",  # illustrative
    "BF16": "URUBAMBA",  # illustrative
    "BJ17": "X",  # evaluación final
    "AW13": "Taller de Computación",  # taller K, named by the school
}
UGEL_BOXES = ("D12", "F12", "H12", "J12", "L12", "N12")
UGEL_CODE = "080013"
CODE_BOXES = ("V12", "W12", "X12", "Y12", "Z12", "AA12", "AB12")
CODIGO_MODULAR = "0236158"
PERIOD = {"AU9": datetime(2014, 3, 10), "BB9": datetime(2014, 12, 19)}

AREAS = ("AL", "AM", "AN", "AO", "AP", "AQ", "AR", "AS", "AT", "AU")
STUDENT_BOXES = tuple("BCDEFGHIJKLMNO")
# (row, código, apellidos y nombres, sexo, áreas A-J (None = blank), talleres {column: grade},
#  n.° desaprobadas, comportamiento, situación final, motivo del retiro, observaciones).
# Grades are numbers where a school types a number and text where it types "08" (a cell
# formatted as text, or a leading apostrophe): the reader must take both.
STUDENTS = (
    (
        24,
        "10000000000003",
        "CCAHUANA MAMANI, LUZ MARINA",
        "M",
        (14, "15", 13, 16, "12", 15, 17, 16, 13, 14),
        {},
        0,
        "A",
        "A",
        "",
        "",
    ),
    (
        25,
        "10000000000001",
        "HUAMÁN QUISPE, ÁNGEL RENZO",
        "H",
        (12, 13, "11", 14, 12, 13, 15, 14, 12, 13),
        {"AW": 16},
        0,
        "B",
        "A",
        "",
        "",
    ),
    (
        26,
        "10000000000002",
        "NÚÑEZ DE LA CRUZ, MARÍA JOSÉ",
        "M",
        ("08", 12, 11, 13, 10, 12, 14, "EXO", 11, 13),
        {"AW": "14"},
        2,
        "A",
        "RR",
        "",
        "Exonerada de Educación Religiosa: R.D. N.° 0045-2014",
    ),
    (
        27,
        "10000000000004",
        "PEÑA ÁLVAREZ, JOSÉ LUIS",
        "H",
        (None,) * 10,
        {},
        None,
        "",
        "R",
        "EC",
        "Retirado el 16/06/2014",
    ),
)
# One student's code typed whole in B, as a school filling the form by computer does; the
# others one digit per box, as the printed form asks.
CODE_TYPED_WHOLE = {26}


def fill(blank: Path, target: Path) -> None:
    book = load_workbook(blank)
    sheet = book.worksheets[0]
    for ref, value in HEADER.items():
        sheet[ref] = value
    for ref, digit in zip(UGEL_BOXES, UGEL_CODE, strict=True):
        sheet[ref] = int(digit)
    for ref, digit in zip(CODE_BOXES, CODIGO_MODULAR, strict=True):
        sheet[ref] = int(digit)
    for ref, moment in PERIOD.items():
        sheet[ref] = moment
        sheet[ref].number_format = "DD/MM/YYYY"
    for row, code, name, sexo, areas, talleres, failed, conduct, final, motivo, notes in STUDENTS:
        if row in CODE_TYPED_WHOLE:  # as a number: 14 digits are exact in a spreadsheet
            sheet[f"B{row}"] = int(code)
        else:
            for column, digit in zip(STUDENT_BOXES, code, strict=True):
                sheet[f"{column}{row}"] = int(digit)
        sheet[f"P{row}"] = name
        sheet[f"AK{row}"] = sexo
        for column, grade in zip(AREAS, areas, strict=True):
            if grade is not None:
                sheet[f"{column}{row}"] = grade
        for column, grade in talleres.items():
            sheet[f"{column}{row}"] = grade
        if failed is not None:
            sheet[f"BB{row}"] = failed
        for column, value in (("BC", conduct), ("BD", final), ("BE", motivo), ("BF", notes)):
            if value:
                sheet[f"{column}{row}"] = value
    book.save(target)


def convert_to_xls(source: Path, out_dir: Path) -> Path:
    """LibreOffice headless; only this script needs it (the tests read the committed .xls)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit(
            "LibreOffice (soffice) is needed to regenerate the .xls sample (and only for that: "
            "the tests never call it). Install it (apt-get install libreoffice-calc) and retry."
        )
    with tempfile.TemporaryDirectory() as work:
        profile = Path(work, "profile").as_uri()  # a private profile: no lock on the user's
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "xls",
                "--outdir",
                work,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        made = Path(work, source.with_suffix(".xls").name)
        if not made.is_file():
            sys.exit(f"LibreOffice did not write {made.name}.")
        target = out_dir / made.name
        shutil.copyfile(made, target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--form", type=Path, default=BLANK, help="the blank official .xlsx")
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "data")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    xlsx = args.out / f"{NAME}.xlsx"
    fill(args.form, xlsx)
    print(f"wrote {xlsx}")
    print(f"wrote {convert_to_xls(xlsx, args.out)} (LibreOffice: needed only to regenerate it)")


if __name__ == "__main__":
    main()
