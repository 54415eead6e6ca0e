"""What an independent tester stored wrong with files of their own (issue #14), on SQLite and
PostgreSQL: a comma inside an unquoted name, an impossible date taken as proof of mm/dd, a
secundaria row under a primaria código modular, names made of digits or formulas, and an
acta whose rows for one student disagree."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import text

from cla_desktop.store.database import readonly
from tests.services.import_world import load, snapshot
from tests.support import import_files as files


@pytest.fixture
def schools(engine, tmp_path):
    padron = files.write_csv(tmp_path / "padron.csv", files.PADRON_HEADER, files.padron_rows())
    assert load(engine, padron, "padron").committed
    return engine


def stored_students(engine) -> dict[str, tuple]:
    with readonly(engine).connect() as connection:
        return {
            code: (paterno, materno, nombres, str(born) if born else None)
            for code, paterno, materno, nombres, born in connection.exec_driver_sql(
                "SELECT codigo_estudiante, apellido_paterno, apellido_materno, nombres, "
                "fecha_nacimiento FROM student"
            )
        }


def results_of(engine, code: str) -> int:
    with readonly(engine).connect() as connection:
        return connection.execute(
            text(
                "SELECT COUNT(*) FROM result "
                "JOIN enrollment ON enrollment.id = result.enrollment_id "
                "JOIN student ON student.id = enrollment.student_id "
                "WHERE student.codigo_estudiante = :code"
            ),
            {"code": code},
        ).scalar_one()


# -- cells outside the named columns -------------------------------------------------------------
def test_an_unquoted_comma_in_a_name_rejects_the_row_never_cuts_it(schools, tmp_path):
    lines = [",".join(files.NOMINA_HEADER)]
    rows = files.nomina_rows()
    for number, row in enumerate(rows):
        cells = [*row[:13], row[13] if number != 1 else "ANA, MARIA", row[14], row[15]]
        lines.append(",".join(cells))
    path = tmp_path / "nomina.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = load(schools, path, "nomina")
    assert not report.committed and report.counts.rejected == 1
    (problem,) = report.problems
    assert problem.row == 3 and "fuera de las columnas con nombre" in problem.reason
    rejects = tmp_path / "rechazos.csv"
    report = load(schools, path, "nomina", skip_invalid=True, rejects=rejects)
    assert report.committed and report.counts.valid == 3
    stored = stored_students(schools)
    assert files.student_code(2) not in stored  # never saved as "ANA" or shifted
    assert {code: names[2] for code, names in stored.items()} == {
        files.student_code(1): "ÁNGEL RENZO",
        files.student_code(3): "LUZ MARINA",
        files.student_code(4): "JOSÉ LUIS",
    }
    written = rejects.read_text(encoding="utf-8-sig")
    assert "ANA" in written and " MARIA" in written  # the row as it came, extra cell included


def test_trailing_empty_cells_are_not_data(schools, tmp_path):
    lines = [",".join(files.NOMINA_HEADER) + ",,"]
    lines += [",".join(row) + ",,," for row in files.nomina_rows()]
    path = tmp_path / "nomina.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = load(schools, path, "nomina")
    assert report.committed and report.counts.valid == 4 and not report.counts.rejected


def test_data_under_a_column_without_a_name_rejects_its_row(schools, tmp_path):
    header = [*files.NOMINA_HEADER, "", "OBSERVACIONES"]
    rows = [[*row, "", ""] for row in files.nomina_rows()]
    rows[2][16] = "traslado pendiente"  # typed beside the table, under no header
    path = files.write_xlsx(tmp_path / "nomina.xlsx", header, rows)
    report = load(schools, path, "nomina")
    assert not report.committed
    assert [(p.row, "fuera de las columnas" in p.reason) for p in report.problems] == [(6, True)]


# -- the order of dates --------------------------------------------------------------------------
@pytest.mark.parametrize("impossible", ["00/13/2010", "02/30/2010", "99/99/2010", "13/13/2010"])
def test_an_impossible_date_is_no_proof_of_month_first(schools, tmp_path, impossible):
    rows = files.nomina_rows()
    for row, born in zip(rows, ["01/02/2010", "05/06/2010", "11/12/2010", impossible], strict=True):
        row[15] = born
    path = files.write_csv(tmp_path / "nomina.csv", files.NOMINA_HEADER, rows)
    report = load(schools, path, "nomina", skip_invalid=True)
    assert not report.conventions.month_first
    assert [p.row for p in report.problems] == [5]
    born = {code: names[3] for code, names in stored_students(schools).items()}
    assert born == {
        files.student_code(1): str(date(2010, 2, 1)),
        files.student_code(2): str(date(2010, 6, 5)),
        files.student_code(3): str(date(2010, 12, 11)),
    }


# -- one nivel per código modular ----------------------------------------------------------------
def test_a_secundaria_row_under_a_primaria_code_is_refused(schools, tmp_path):
    rows = files.nomina_rows()
    rows[1][3:7] = ["F0", "SECUNDARIA", "11", "SEGUNDO"]
    rows[2][3:7] = ["A5", "INICIAL", "5", "5 AÑOS"]
    path = files.write_csv(tmp_path / "nomina.csv", files.NOMINA_HEADER, rows)
    report = load(schools, path, "nomina", skip_invalid=True)
    assert report.committed and report.counts.valid == 2
    reasons = {p.row: p.reason for p in report.problems}
    assert set(reasons) == {3, 4}
    assert "es de primaria según el padrón" in reasons[3] and "secundaria" in reasons[3]
    assert set(stored_students(schools)) == {files.student_code(1), files.student_code(4)}


def test_an_acta_under_another_nivel_code_is_refused(schools, tmp_path):
    nomina = files.write_csv(tmp_path / "n.csv", files.NOMINA_HEADER, files.nomina_rows())
    assert load(schools, nomina, "nomina").committed
    rows = files.acta_rows()
    for row in rows:
        row[0] = "0403691"  # the padrón's inicial school
    path = files.write_csv(tmp_path / "acta.csv", files.ACTA_HEADER, rows)
    state = snapshot(schools)
    report = load(schools, path, "acta", skip_invalid=True)
    assert report.counts.rejected == len(rows) and report.counts.valid == 0
    assert all("es de inicial según el padrón" in p.reason for p in report.problems)
    assert snapshot(schools) == state


# -- names ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("=1+2", "No contiene letras"),
        ("12345", "No contiene letras"),
        ("-5", "No contiene letras"),
        ("@SUM(A1)", "no lleva números"),
        ("PEDRO2", "no lleva números"),
        ("ROSA;LUZ", "signos que no van en un nombre"),
    ],
)
def test_a_name_without_letters_or_with_digits_is_refused(schools, tmp_path, name, words):
    rows = files.nomina_rows()
    rows[0][11] = name
    path = files.write_csv(tmp_path / "nomina.csv", files.NOMINA_HEADER, rows)
    report = load(schools, path, "nomina", skip_invalid=True)
    assert [(p.row, p.column) for p in report.problems] == [(2, "APELLIDO_PATERNO")]
    assert words in report.problems[0].reason
    assert files.student_code(1) not in stored_students(schools)


def test_names_as_peru_writes_them_are_kept(schools, tmp_path):
    rows = files.nomina_rows()
    rows[0][11:14] = ["D'ANGELO", "MARÍA-JOSÉ", "STA. ROSA"]
    path = files.write_csv(tmp_path / "nomina.csv", files.NOMINA_HEADER, rows)
    assert load(schools, path, "nomina").committed
    assert stored_students(schools)[files.student_code(1)][:3] == (
        "D'ANGELO",
        "MARÍA-JOSÉ",
        "STA. ROSA",
    )


# -- an acta whose rows for one student disagree -------------------------------------------------
@pytest.mark.parametrize("batch_rows", [500, 3])  # the student's rows in one chunk, or split
def test_a_student_whose_acta_rows_disagree_keeps_none_of_them(schools, tmp_path, batch_rows):
    nomina = files.write_csv(tmp_path / "n.csv", files.NOMINA_HEADER, files.nomina_rows())
    assert load(schools, nomina, "nomina").committed
    rows = files.acta_rows()  # four students, four áreas each, in order
    rows[5][11] = "REQUIERE RECUPERACIÓN"  # student 2's second área says another situación
    path = files.write_csv(tmp_path / "acta.csv", files.ACTA_HEADER, rows)
    dry = load(schools, path, "acta", skip_invalid=True, dry_run=True, batch_rows=batch_rows)
    report = load(schools, path, "acta", skip_invalid=True, batch_rows=batch_rows)
    assert report.committed
    assert (dry.counts.valid, dry.counts.rejected) == (report.counts.valid, 4) == (12, 4)
    reasons = {p.row: p.reason for p in report.problems}
    assert set(reasons) == {6, 7, 8, 9}
    assert "dice otra cosa (situación final)" in reasons[7]
    assert all("no se importó ninguna" in reasons[row] for row in (6, 8, 9))
    assert results_of(schools, files.student_code(2)) == 0
    assert [results_of(schools, files.student_code(n)) for n in (1, 3, 4)] == [4, 4, 4]
    with readonly(schools).connect() as connection:
        situaciones = connection.execute(
            text(
                "SELECT DISTINCT situacion_final FROM enrollment JOIN student "
                "ON student.id = enrollment.student_id WHERE codigo_estudiante = :code"
            ),
            {"code": files.student_code(2)},
        ).all()
    assert situaciones == [(None,)]  # the nómina's enrollment, untouched


# -- a DNI that lost its leading zero is found as typed -----------------------------------------
def test_a_seven_digit_dni_is_stored_with_its_zero_and_found_either_way(schools, tmp_path):
    from sqlmodel import Session

    from cla_desktop.services.search.service import search
    from cla_desktop.services.trajectory import find_student_id
    from tests.services.import_world import SUPERVISOR

    rows = files.nomina_rows()
    rows[0][10] = "7100002"  # 07100002 after a spreadsheet dropped the zero
    path = files.write_csv(tmp_path / "nomina.csv", files.NOMINA_HEADER, rows)
    assert load(schools, path, "nomina").committed
    with Session(schools) as session:
        found = find_student_id(session, SUPERVISOR, "07100002")
        assert find_student_id(session, SUPERVISOR, "7100002") == found
        for typed in ("7100002", "07100002"):
            assert [hit.student_id for hit in search(session, SUPERVISOR, typed)] == [found]


# -- messages that say what to do ---------------------------------------------------------------
def test_data_on_another_sheet_is_pointed_at(schools, tmp_path):
    from openpyxl import Workbook

    from cla_desktop.services.imports.sources import SourceError

    book = Workbook()
    book.active.title = "Portada"
    book.active["A1"] = "NÓMINA 2019"
    data = book.create_sheet("Nómina")
    data.append(files.NOMINA_HEADER)
    for row in files.nomina_rows():
        data.append(row)
    path = tmp_path / "nomina.xlsx"
    book.save(path)
    said = re.escape("Se lee solo la primera hoja del libro («Portada»)")
    with pytest.raises(SourceError, match=said):
        load(schools, path, "nomina")


def test_a_folder_is_not_a_missing_file(schools, tmp_path):
    from cla_desktop.services.imports.sources import SourceError

    with pytest.raises(SourceError, match="es una carpeta: elija el archivo"):
        load(schools, tmp_path, "nomina")


def test_plain_date_numbers_of_a_1904_workbook_are_refused(schools, tmp_path):
    from openpyxl import Workbook
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    from cla_desktop.services.imports.sources import SourceError

    book = Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.append(files.NOMINA_HEADER)
    for row in files.nomina_rows():
        sheet.append([*row[:15], 38791])  # a birth date typed as a bare number
    path = tmp_path / "nomina.xlsx"
    book.save(path)
    with pytest.raises(SourceError, match="sistema de fechas de 1904"):
        load(schools, path, "nomina")
