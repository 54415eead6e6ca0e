"""Files saved by office programs, and the cells they produce, on SQLite and PostgreSQL.

The nóminas in tests/data/oficina were saved by LibreOffice from a hand-laid workbook
(scripts/make_office_samples.py): .xls with a merged title, "Texto Unicode" (UTF-16, tabs,
dates month first as an English-locale program writes them), CSV ";" in Windows-1252 with an
em dash and a cell with a line break.  Each must store exactly the same students.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from cla_desktop.services.imports.conventions import ConventionNeeded
from cla_desktop.services.imports.importer import preview
from cla_desktop.services.imports.kinds import ImportKind
from cla_desktop.services.imports.sources import SourceError
from cla_desktop.store.database import readonly
from tests.services.import_world import load
from tests.support import import_files as files

DATA = Path(__file__).parent.parent / "data"
OFFICE = DATA / "oficina"
EXPECTED = [  # what every office file holds, as the app must store it
    ("10000000000001", "70000001", "HUAMÁN", "ÁNGEL RENZO", "M", "2012-03-04"),
    ("10000000000002", "70000002", "NÚÑEZ", "MARÍA JOSÉ", "F", "2012-07-19"),
    ("10000000000003", "70000003", "CCAHUANA", "LUZ MARINA", "F", "2012-01-30"),
    ("10000000000004", "07123456", "PEÑA", "JOSÉ LUIS", "M", "2012-11-02"),
]


@pytest.fixture
def schools(engine, tmp_path):
    padron = files.write_csv(tmp_path / "padron.csv", files.PADRON_HEADER, files.padron_rows())
    assert load(engine, padron, "padron").committed
    return engine


def students(engine) -> list[tuple]:
    with readonly(engine).connect() as connection:
        return [
            tuple(str(value) for value in row)
            for row in connection.exec_driver_sql(
                "SELECT codigo_estudiante, document_number, apellido_paterno, nombres, sexo, "
                "fecha_nacimiento FROM student ORDER BY codigo_estudiante"
            )
        ]


@pytest.mark.parametrize(
    "name, shown",
    [
        ("nomina_oficina.xls", "XLS (Excel 97-2003)"),
        ("nomina_oficina_unicode.txt", "CSV"),
        ("nomina_oficina_ansi.csv", "CSV"),
    ],
)
def test_files_saved_by_an_office_program(schools, name, shown):
    report = load(schools, OFFICE / name, "nomina")
    assert report.committed, [p.sentence(name) for p in report.problems]
    assert report.facts.format == shown and report.counts.read == 4
    assert students(schools) == [tuple(str(v) for v in row) for row in EXPECTED]
    # "F" and "M" in one column: the F/M form, said in the report.
    assert any("F/M (F femenino, M masculino)" in line for line in report.how_read())
    with readonly(schools).connect() as connection:
        assert (
            connection.exec_driver_sql(
                "SELECT COUNT(*) FROM enrollment e JOIN school s ON s.id = e.school_id "
                "WHERE s.codigo_modular = '0204990' AND e.year = 2019 AND e.grado = 1"
            ).scalar_one()
            == 4
        )  # código modular 204990 (a number in the sheet) got its zero back


def test_the_three_files_are_the_same_nomina(schools):
    for name in ("nomina_oficina.xls", "nomina_oficina_unicode.txt", "nomina_oficina_ansi.csv"):
        report = load(schools, OFFICE / name, "nomina")
        assert report.committed
    assert report.counts.unchanged == 4 and not report.counts.inserted


def test_preview_lists_what_is_read_and_what_is_not(schools):
    shown = preview(OFFICE / "nomina_oficina_ansi.csv", ImportKind.NOMINA)
    assert ("DNI (DNI)", "Nro. DNI") in shown.recognised
    assert ("APELLIDO_PATERNO", "Ap. Paterno") in shown.recognised
    assert ("FECHA_NACIMIENTO", "Fecha de Nacimiento") in shown.recognised
    assert shown.ignored == ["Observación"]
    assert shown.facts.encoding == "cp1252" and shown.facts.delimiter == ";"
    assert shown.rows[0][9] == "HUAMÁN"


def test_unicode_text_dates_are_read_month_first_because_the_file_proves_it(schools):
    report = load(schools, OFFICE / "nomina_oficina_unicode.txt", "nomina")
    assert report.conventions.month_first
    assert ("10000000000004", "07123456", "PEÑA", "JOSÉ LUIS", "M", "2012-11-02") in students(
        schools
    )


# -- sexo: the letter M is resolved per file ----------------------------------------------------
def nomina_with(tmp_path, sexos: list[str], name="nomina.csv") -> Path:
    rows = files.nomina_rows()
    for row, sexo in zip(rows, sexos, strict=True):
        row[14] = sexo
    return files.write_csv(tmp_path / name, files.NOMINA_HEADER, rows)


def stored_sexos(engine) -> list[str]:
    return [row[4] for row in students(engine)]


@pytest.mark.parametrize(
    "letters, stored",
    [
        (["H", "M", "M", "H"], ["M", "F", "F", "M"]),  # the acta's H/M: M is mujer
        (["M", "F", "F", "M"], ["M", "F", "F", "M"]),  # F/M: M is masculino
        (["m", "f", "F", " M "], ["M", "F", "F", "M"]),
        (["MASCULINO", "FEMENINO", "MUJER", "HOMBRE"], ["M", "F", "F", "M"]),
        (["HOMBRE", "M", "MUJER", "H"], ["M", "F", "F", "M"]),  # words never decide a letter
    ],
)
def test_sexo_is_read_through_the_files_own_convention(schools, tmp_path, letters, stored):
    report = load(schools, nomina_with(tmp_path, letters), "nomina")
    assert report.committed, report.problems
    assert stored_sexos(schools) == stored


@pytest.mark.parametrize(
    "letters, words",
    [
        (["M", "M", "M", "M"], "solo trae «M» (4 filas)"),
        (["M", "MUJER", "M", ""], "solo trae «M» (2 filas), «MUJER» (1 fila)"),
        (["H", "F", "M", "M"], "mezcla las dos formas"),
    ],
)
def test_a_file_that_does_not_say_what_m_means_is_refused(schools, tmp_path, letters, words):
    path = nomina_with(tmp_path, letters)
    with pytest.raises(ConventionNeeded, match=re.escape(words)) as refused:
        load(schools, path, "nomina")
    assert "nomina.csv" in str(refused.value) and refused.value.column == "SEXO"
    assert students(schools) == []
    assert preview(path, ImportKind.NOMINA).needs is not None  # the wizard asks


@pytest.mark.parametrize("stated, stored", [("HM", ["F", "F", "F", "F"]), ("FM", ["M"] * 4)])
def test_the_office_states_the_convention(schools, tmp_path, stated, stored):
    report = load(schools, nomina_with(tmp_path, ["M"] * 4), "nomina", sexo=stated)
    assert report.committed
    assert stored_sexos(schools) == stored
    assert "indicada por la oficina" in report.how_read()[0]
    assert report.audit_detail()["convenciones"] == {"sexo": f"{stated} (indicada)"}


def test_a_letter_outside_the_stated_convention_is_a_row_problem(schools, tmp_path):
    report = load(schools, nomina_with(tmp_path, ["H", "M", "M", "H"]), "nomina", sexo="FM")
    assert not report.committed
    assert [(p.row, p.column) for p in report.problems] == [(2, "SEXO"), (5, "SEXO")]
    assert "no es de la forma F/M" in report.problems[0].reason


# -- dates and codes as spreadsheets leave them ----------------------------------------------
@pytest.mark.parametrize(
    "written, stored",
    [
        ("40972", "2012-03-04"),  # Excel serial number in a CSV
        ("40972.0", "2012-03-04"),
        ("20120304", "2012-03-04"),
        ("2012-03-04 00:00:00", "2012-03-04"),
        ("04/03/2012 0:00", "2012-03-04"),
        ("4/3/2012", "2012-03-04"),
        ("04.03.2012", "2012-03-04"),
        ("4 de marzo de 2012", "2012-03-04"),
        ("04-MAR-2012", "2012-03-04"),
        ("4 mar. 2012", "2012-03-04"),
        ("04-Mar-2012", "2012-03-04"),
        ("5 de setiembre de 2012", "2012-09-05"),
        ("5 de septiembre de 2012", "2012-09-05"),
    ],
)
def test_birth_dates_as_offices_write_them(schools, tmp_path, written, stored):
    rows = files.nomina_rows()
    rows[0][15] = written
    report = load(schools, files.write_csv(tmp_path / "n.csv", files.NOMINA_HEADER, rows), "nomina")
    assert report.committed, report.problems
    assert students(schools)[0][5] == stored


@pytest.mark.parametrize(
    "written, reason",
    [
        ("04/03/12", "año con dos dígitos (12): puede ser 1912 o 2012"),
        ("4-mar-12", "año con dos dígitos"),
        ("60", "29/02/1900 de Excel"),
        ("2012", "no parece una fecha (como número de fecha de Excel sería el 04/07/1905)"),
        ("31/02/2012", "no existe"),
        ("mañana", "Fecha no válida"),
    ],
)
def test_dates_that_cannot_be_told_are_refused_with_the_reason(schools, tmp_path, written, reason):
    rows = files.nomina_rows()
    rows[0][15] = written
    report = load(schools, files.write_csv(tmp_path / "n.csv", files.NOMINA_HEADER, rows), "nomina")
    assert not report.committed and students(schools) == []
    assert [(p.row, p.column) for p in report.problems] == [(2, "FECHA_NACIMIENTO")]
    assert reason in report.problems[0].reason


def test_day_month_orders_mixed_in_one_file_are_refused(schools, tmp_path):
    rows = files.nomina_rows()
    rows[0][15], rows[2][15] = "25/03/2012", "03/25/2012"
    path = files.write_csv(tmp_path / "n.csv", files.NOMINA_HEADER, rows)
    with pytest.raises(SourceError, match=r"mezcla día/mes/año \(fila 2: 25/03/2012\) y "):
        load(schools, path, "nomina")


def test_numeric_xlsx_cells(schools, tmp_path):
    """A date typed where the cell was General is a number; a long code stays exact."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(files.NOMINA_HEADER)
    for row in files.nomina_rows():
        cells: list = list(row)
        cells[0] = int(row[0])  # 204990: the zero is gone
        cells[8] = int(row[8])  # 14 digits, exact in a number cell
        cells[10] = int(row[10])
        cells[15] = (
            date(*reversed([int(x) for x in row[15].split("/")])) - date(1899, 12, 30)
        ).days
        sheet.append(cells)
    path = tmp_path / "nomina.xlsx"
    book.save(path)
    report = load(schools, path, "nomina")
    assert report.committed, report.problems
    assert [row[5] for row in students(schools)] == ["2012-03-04", "2012-07-19", "2012-01-30",
                                                     "2012-11-02"]  # fmt: skip


@pytest.mark.parametrize(
    "column, written",
    [(8, "1.00E+13"), (8, "1,00E+13"), (10, "7.00E+07"), (0, "2.05E+05")],
)
def test_codes_a_spreadsheet_rounded_are_refused_with_the_reason(
    schools, tmp_path, column, written
):
    rows = files.nomina_rows()
    rows[1][column] = written
    report = load(schools, files.write_csv(tmp_path / "n.csv", files.NOMINA_HEADER, rows), "nomina")
    assert not report.committed and students(schools) == []
    assert len(report.problems) == 1 and report.problems[0].row == 3
    assert "número redondeado" in report.problems[0].reason
    assert "formato de texto" in report.problems[0].reason


def test_numbers_that_lost_their_zeros(schools, tmp_path):
    rows = files.nomina_rows()
    rows[0][0] = "204990"  # código modular, 7 digits
    rows[1][10] = "7000002"  # DNI 07000002
    rows[2][10] = "70003"  # too short to be a lost zero
    report = load(schools, files.write_csv(tmp_path / "n.csv", files.NOMINA_HEADER, rows), "nomina")
    assert [(p.row, p.column) for p in report.problems] == [(4, "DNI")]
    assert "ceros de la izquierda" in report.problems[0].reason
    report = load(
        schools, files.write_csv(tmp_path / "n.csv", files.NOMINA_HEADER, rows[:2]), "nomina"
    )
    assert report.committed
    assert [row[1] for row in students(schools)] == ["70000001", "07000002"]


# -- headers as people type them -------------------------------------------------------------
@pytest.mark.parametrize(
    "renamed",
    [
        {"DNI": "Nro. DNI", "FECHA_NACIMIENTO": "Fecha de Nacimiento"},
        {"DNI": "N° DNI", "APELLIDO_PATERNO": "Ap. Paterno", "APELLIDO_MATERNO": "Ap. Materno"},
        {"DNI": "Número de DNI", "FECHA_NACIMIENTO": "FechaNacimiento", "SEXO": "Género"},
        {
            "DNI": "D.N.I.",
            "FECHA_NACIMIENTO": "Fec. Nac.",
            "COD_ESTUDIANTE": "Código del Estudiante",
        },
        {"COD_MOD": "Código Modular de la IE", "ANIO": "Año", "SECCION": "Sección"},
    ],
)
def test_headers_as_people_type_them(schools, tmp_path, renamed):
    header = [renamed.get(name, name) for name in files.NOMINA_HEADER]
    report = load(
        schools, files.write_csv(tmp_path / "n.csv", header, files.nomina_rows()), "nomina"
    )
    assert report.committed, report.problems
    assert students(schools)[1] == ("10000000000002", "70000002", "NÚÑEZ", "MARÍA JOSÉ", "F",
                                    "2012-07-19")  # fmt: skip


def test_columns_that_are_not_read_are_named_before_anything_is_written(schools, tmp_path):
    header = [*files.NOMINA_HEADER[:10], "Nro. Doc. Apoderado", *files.NOMINA_HEADER[10:]]
    rows = [[*row[:10], "40000000", *row[10:]] for row in files.nomina_rows()]
    heard = []
    report = load(
        schools,
        files.write_csv(tmp_path / "n.csv", header, rows),
        "nomina",
        announce=heard.append,
    )
    assert report.committed
    assert heard[0].ignored == ["Nro. Doc. Apoderado"]
    assert ("DNI (DNI)", "DNI") in heard[0].recognised
