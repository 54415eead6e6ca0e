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
    assert problem.row == 3 and "17 celdas y el encabezado 16: sobra un separador" in problem.reason
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


def test_rows_as_wide_as_the_header_even_with_empty_columns_are_read(schools, tmp_path):
    lines = [",".join(files.NOMINA_HEADER) + ",,"]  # Excel writes its used range's width
    lines += [",".join(row) + ",," for row in files.nomina_rows()]
    path = tmp_path / "nomina.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = load(schools, path, "nomina")
    assert report.committed and report.counts.valid == 4 and not report.counts.rejected


def test_a_separator_too_many_or_too_few_rejects_the_row(schools, tmp_path):
    header = [*files.NOMINA_HEADER[:14], "SEXO", "FECHA_NACIMIENTO", "SECCION_B"]
    rows = [[*row, "A"] for row in files.nomina_rows()]
    lines = [",".join(header)] + [",".join(row) for row in rows]
    # "ANA, MARIA" unquoted with the last column empty: one cell more, the extra one empty
    lines[2] = ",".join([*rows[1][:13], "ANA, MARIA", *rows[1][14:16], ""])
    # one separator lost between the surnames: one cell fewer
    lines[3] = ",".join([*rows[2][:11], rows[2][11] + " " + rows[2][12], *rows[2][13:]])
    path = tmp_path / "nomina.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = load(schools, path, "nomina", skip_invalid=True)
    reasons = {p.row: p.reason for p in report.problems}
    assert set(reasons) == {3, 4}
    assert "18 celdas y el encabezado 17: sobra un separador" in reasons[3]
    assert "16 celdas y el encabezado 17: falta un separador" in reasons[4]
    assert set(stored_students(schools)) == {files.student_code(1), files.student_code(4)}


def test_data_under_a_column_without_a_name_rejects_its_row(schools, tmp_path):
    header = [*files.NOMINA_HEADER, "", "OBSERVACIONES"]
    rows = [[*row, "", ""] for row in files.nomina_rows()]
    rows[2][16] = "traslado pendiente"  # typed beside the table, under no header
    path = files.write_xlsx(tmp_path / "nomina.xlsx", header, rows)
    report = load(schools, path, "nomina")
    assert not report.committed
    assert [(p.row, "bajo una columna sin nombre" in p.reason) for p in report.problems] == [
        (6, True)
    ]


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


# -- formulas a program saved without their values -----------------------------------------------
def _nomina_with_a_formula(path, cached: bool):
    import zipfile

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(files.NOMINA_HEADER)
    for number, row in enumerate(files.nomina_rows()):
        if number == 2:
            row[10] = f"={row[10]}+0"  # the DNI as a formula
        sheet.append(row)
    book.save(path)
    if cached:  # what Excel and LibreOffice write: the formula and its result
        with zipfile.ZipFile(path) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
        xml = parts["xl/worksheets/sheet1.xml"].decode()
        dni = files.nomina_rows()[2][10]
        parts["xl/worksheets/sheet1.xml"] = xml.replace("<v />", f"<v>{dni}</v>").encode()
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in parts.items():
                archive.writestr(name, data)
    return path


def test_a_formula_saved_without_its_value_refuses_the_workbook(schools, tmp_path):
    from cla_desktop.services.imports.sources import SourceError

    path = _nomina_with_a_formula(tmp_path / "nomina.xlsx", cached=False)
    with pytest.raises(SourceError, match="la celda K4 tiene una fórmula sin su valor calculado"):
        load(schools, path, "nomina")
    path = _nomina_with_a_formula(tmp_path / "guardada.xlsx", cached=True)
    report = load(schools, path, "nomina")
    assert report.committed and report.counts.valid == 4
    with readonly(schools).connect() as connection:
        rows = connection.exec_driver_sql("SELECT document_number FROM student")
        documents = {number for (number,) in rows}
    assert files.nomina_rows()[2][10] in documents


def test_one_month_first_typo_does_not_turn_the_file_around(schools, tmp_path):
    base = files.nomina_rows()[0]
    rows = []
    for number in range(30):
        row = list(base)
        row[8], row[10] = str(10**13 + 500 + number), f"{71500000 + number}"
        row[15] = "25/03/2014" if number == 3 else "05/04/2014"  # day-first evidence: weak
        rows.append(row)
    rows[20][15] = "03/25/2014"  # a typo, as weak month-first evidence
    path = files.write_csv(tmp_path / "nomina.csv", files.NOMINA_HEADER, rows)
    report = load(schools, path, "nomina", skip_invalid=True)
    assert not report.conventions.month_first
    assert [p.row for p in report.problems] == [22]
    born = {names[3] for names in stored_students(schools).values()}
    assert born == {"2014-04-05", "2014-03-25"}


def test_a_month_first_file_is_still_read_month_first(schools, tmp_path):
    rows = files.nomina_rows()
    dates = ["03/25/2012", "07/19/2012", "01/30/2012", "11/02/2012"]
    for row, born in zip(rows, dates, strict=True):
        row[15] = born
    path = files.write_csv(tmp_path / "nomina.csv", files.NOMINA_HEADER, rows)
    report = load(schools, path, "nomina")
    assert report.committed and report.conventions.month_first
    assert stored_students(schools)[files.student_code(4)][3] == "2012-11-02"


# -- a registered student's document replaced by the file ----------------------------------------
def test_a_changed_document_is_said_with_its_row(schools, tmp_path):
    first = files.write_csv(tmp_path / "a.csv", files.NOMINA_HEADER, files.nomina_rows())
    assert load(schools, first, "nomina").committed
    rows = files.nomina_rows(year=2020, grado=2)
    rows[1][10] = "73000001"  # the SIAGIE gives student 2 another DNI
    path = files.write_csv(tmp_path / "b.csv", files.NOMINA_HEADER, rows)
    report = load(schools, path, "nomina")
    assert report.committed
    (note,) = [n for n in report.notices if "documento registrado" in n]
    assert f"1 estudiante (fila 3: {files.dni(2)} → 73000001)" in note
    assert stored_students(schools)  # stored: the SIAGIE is the source


# -- second round of the independent tester ------------------------------------------------------
def test_id_and_dsc_columns_that_disagree_reject_the_row(schools, tmp_path):
    rows = files.nomina_rows()
    rows[1][4] = "SECUNDARIA"  # ID_NIVEL B0 (primaria) beside DSC_NIVEL SECUNDARIA
    rows[2][5] = "6"  # ID_GRADO 6 (3.° de primaria) beside DSC_GRADO PRIMERO
    rows[3][5] = ""  # only DSC_GRADO: read, and listed as what is read then
    path = files.write_csv(tmp_path / "nomina.csv", files.NOMINA_HEADER, rows)
    shown = []
    report = load(schools, path, "nomina", skip_invalid=True, announce=shown.append)
    reasons = {p.row: (p.column, p.reason) for p in report.problems}
    assert set(reasons) == {3, 4}
    assert reasons[3][0] == "DSC_NIVEL" and "dicen niveles distintos" in reasons[3][1]
    assert reasons[4][0] == "DSC_GRADO" and "dicen grados distintos" in reasons[4][1]
    assert report.counts.valid == 2
    assert ("GRADO (grado), si «ID_GRADO» está vacía", "DSC_GRADO") in shown[0].recognised


def test_an_enrollment_at_a_school_that_is_not_ebr_is_refused(schools, tmp_path):
    padron = [["0999001", "0", "CEBA PRUEBA", "Básica Alternativa - Avanzado", "Sector Educación",
               "080013", "", "JR. LIMA 1", "Activa"]]  # fmt: skip
    path = files.write_csv(tmp_path / "p.csv", files.PADRON_HEADER, padron)
    assert load(schools, path, "padron").committed
    rows = files.nomina_rows(school="0999001")
    path = files.write_csv(tmp_path / "nomina.csv", files.NOMINA_HEADER, rows)
    report = load(schools, path, "nomina")
    assert not report.committed and report.counts.rejected == 4
    assert "no de Educación Básica Regular" in report.problems[0].reason


def test_sin_documento_with_a_number_is_refused(schools, tmp_path):
    rows = files.nomina_rows()
    rows[0][9] = "SIN DOCUMENTO"
    path = files.write_csv(tmp_path / "nomina.csv", files.NOMINA_HEADER, rows)
    report = load(schools, path, "nomina", skip_invalid=True)
    assert [(p.row, p.column) for p in report.problems] == [(2, "TIPO_DOCUMENTO")]
    assert "no tiene documento pero trae el número" in report.problems[0].reason


@pytest.mark.parametrize("target", ["source", "database", "other"])
def test_the_rejects_file_never_overwrites_another_file(schools, tmp_path, target):
    from cla_desktop.services.imports.report import RejectsUnwritable

    rows = files.nomina_rows()
    rows[0][10] = "123"
    path = files.write_csv(tmp_path / "nomina.csv", files.NOMINA_HEADER, rows)
    victim = {
        "source": path,
        "database": tmp_path / "otra_oficina.sqlite3",
        "other": tmp_path / "informe.csv",
    }[target]
    if target == "database":
        victim.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    if target == "other":
        victim.write_text("nombre,nota\nANA,14\n", encoding="utf-8")
    before = victim.read_bytes()
    with pytest.raises(RejectsUnwritable, match="indique otro nombre"):
        load(schools, path, "nomina", skip_invalid=True, rejects=victim)
    assert victim.read_bytes() == before
    rejects = tmp_path / "rechazos.csv"
    assert load(schools, path, "nomina", skip_invalid=True, rejects=rejects).committed
    again = load(schools, path, "nomina", skip_invalid=True, rejects=rejects)  # its own: replaced
    assert again.rejects_file == rejects


def test_a_padron_cannot_move_a_school_with_enrollments_to_another_nivel(schools, tmp_path):
    nomina = files.write_csv(tmp_path / "n.csv", files.NOMINA_HEADER, files.nomina_rows())
    assert load(schools, nomina, "nomina").committed
    rows = files.padron_rows()
    rows[0][3] = "Secundaria"  # 0204990 has primaria enrollments now
    rows[1][2] = "51031 SANTA ROSA DE LIMA (NUEVO NOMBRE)"  # a plain update still goes in
    path = files.write_csv(tmp_path / "padron.csv", files.PADRON_HEADER, rows)
    state = snapshot(schools)
    report = load(schools, path, "padron", skip_invalid=True)
    assert [(p.row, p.column) for p in report.problems] == [(2, "D_NIV_MOD")]
    assert "tiene matrículas de primaria" in report.problems[0].reason
    assert report.committed and report.counts.updated == {"school": 1}
    after = snapshot(schools)
    assert [s for s in after["school"] if s[0] == "0204990"] == [
        s for s in state["school"] if s[0] == "0204990"
    ]


# -- third round ---------------------------------------------------------------------------------
def _acta_with_names(tmp_path, names: dict[int, str], blank_situacion_after_first=False):
    rows = files.acta_rows()  # four students (codes 1-4), four áreas each
    header = [*files.ACTA_HEADER, "APELLIDOS_NOMBRES"]
    people = {n: f"{p} {m}, {g}" for n, (p, m, g, _s, _b) in enumerate(files.PEOPLE, start=1)}
    written = []
    for index, row in enumerate(rows):
        student = index // 4 + 1
        name = names.get(index, people[student])
        if blank_situacion_after_first and index % 4:
            row[11] = ""
        written.append([*row, name])
    return files.write_csv(tmp_path / "acta.csv", header, written)


def test_a_sibling_named_on_the_acta_is_refused(schools, tmp_path):
    nomina = files.write_csv(tmp_path / "n.csv", files.NOMINA_HEADER, files.nomina_rows())
    assert load(schools, nomina, "nomina").committed
    sibling = {index: "HUAMÁN QUISPE, PEDRO" for index in range(4)}  # student 1's brother
    report = load(schools, _acta_with_names(tmp_path, sibling), "acta", skip_invalid=True)
    assert {p.row for p in report.problems} == {2, 3, 4, 5}
    assert all("es de otro estudiante" in p.reason for p in report.problems)
    assert results_of(schools, files.student_code(1)) == 0
    assert results_of(schools, files.student_code(2)) == 4


def test_another_name_on_one_row_of_a_student_keeps_none_of_them(schools, tmp_path):
    nomina = files.write_csv(tmp_path / "n.csv", files.NOMINA_HEADER, files.nomina_rows())
    assert load(schools, nomina, "nomina").committed
    path = _acta_with_names(tmp_path, {6: "PEÑA ÁLVAREZ, JOSÉ LUIS"})  # row 8, student 2
    report = load(schools, path, "acta", skip_invalid=True)
    assert {p.row for p in report.problems} == {6, 7, 8, 9}
    assert results_of(schools, files.student_code(2)) == 0
    assert results_of(schools, files.student_code(4)) == 4


def test_a_situacion_written_on_the_first_row_only_is_no_disagreement(schools, tmp_path):
    nomina = files.write_csv(tmp_path / "n.csv", files.NOMINA_HEADER, files.nomina_rows())
    assert load(schools, nomina, "nomina").committed
    path = _acta_with_names(tmp_path, {}, blank_situacion_after_first=True)
    report = load(schools, path, "acta")
    assert report.committed and not report.problems and report.counts.valid == 16


def test_a_padron_without_optional_columns_keeps_what_it_does_not_say(schools, tmp_path):
    rows = files.padron_rows()
    rows[3][8] = "Inactiva"
    path = files.write_csv(tmp_path / "p.csv", files.PADRON_HEADER, rows)
    assert load(schools, path, "padron").committed
    before = {s[0]: s for s in snapshot(schools)["school"]}
    short = [[row[0], row[1], row[2] + " (RENOMBRADA)", row[3]] for row in rows]
    path = files.write_csv(tmp_path / "corto.csv", files.PADRON_HEADER[:4], short)
    report = load(schools, path, "padron")
    assert report.committed and report.counts.updated == {"school": 4}
    codes = {row[0].zfill(7) for row in rows}
    after = {s[0]: s for s in snapshot(schools)["school"] if s[0] in codes}
    assert len(after) == 4
    for code, school in after.items():
        assert school[2].endswith("(RENOMBRADA)")
        assert school[5:10] == before[code][5:10]  # gestión, UGEL, ubigeo, dirección, estado
    assert after["0403691"][9] in ("False", "0")  # still closed (PostgreSQL, SQLite)


@pytest.mark.parametrize(
    ("column", "value", "words"),
    [
        (15, "14/03/2020", "Nació después del año de la matrícula"),
        (10, "00000000", "00000000 no es un DNI"),
        (7, "A" * 40, "La sección pasa de 20 letras"),
    ],
)
def test_values_no_real_row_holds_are_refused(schools, tmp_path, column, value, words):
    rows = files.nomina_rows()
    rows[0][column] = value
    path = files.write_csv(tmp_path / "nomina.csv", files.NOMINA_HEADER, rows)
    report = load(schools, path, "nomina", skip_invalid=True)
    assert [p.row for p in report.problems] == [2] and words in report.problems[0].reason
    assert files.student_code(1) not in stored_students(schools)


def test_a_header_without_rows_is_said_and_a_long_cell_is_quoted_short(schools, tmp_path):
    from cla_desktop.services.imports.sources import SourceError

    path = files.write_csv(tmp_path / "nomina.csv", files.NOMINA_HEADER, [])
    with pytest.raises(SourceError, match="no tiene filas de datos debajo del encabezado"):
        load(schools, path, "nomina")
    rows = files.nomina_rows()
    rows[0][15] = "9" * 5000
    path = files.write_csv(tmp_path / "largo.csv", files.NOMINA_HEADER, rows)
    report = load(schools, path, "nomina", skip_invalid=True)
    sentence = report.problems[0].sentence("largo.csv")
    assert len(sentence) < 400 and "9" * 60 + "…" in sentence
