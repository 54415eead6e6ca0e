"""The official «Acta consolidada de evaluación» form, read as a school fills it in.

The samples (tests/data/acta_oficial_muestra.xlsx/.xls) are the blank MINEDU form filled by
scripts/make_acta_form_sample.py with the four students of tests/data/nomina_muestra.csv in
3.° de secundaria 2014; variants are made here from the .xlsx with openpyxl.  The database tests
run on SQLite and PostgreSQL (the `engine` fixture).
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell
from sqlalchemy import Engine

from cla_desktop.domain.situacion_final import known_values
from cla_desktop.services.imports.acta import ActaHandler
from cla_desktop.services.imports.acta_form import (
    EXTRA_HEADER,
    HEADER,
    ActaFormSource,
    area_name,
    is_acta_form,
    situacion_final,
)
from cla_desktop.services.imports.columns import Column, ColumnMap
from cla_desktop.services.imports.importer import preview
from cla_desktop.services.imports.kinds import ImportKind
from cla_desktop.services.imports.sources import SourceError
from cla_desktop.store.database import readonly
from tests.services.import_world import load, snapshot
from tests.support import import_files as files

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE_XLSX = DATA / "acta_oficial_muestra.xlsx"
SAMPLE_XLS = DATA / "acta_oficial_muestra.xls"
SAMPLES = [SAMPLE_XLSX, SAMPLE_XLS]
FORMATS = {
    SAMPLE_XLSX: "Acta consolidada (formato oficial, .xlsx)",
    SAMPLE_XLS: "Acta consolidada (formato oficial, .xls)",
}

SCHOOL, YEAR, GRADO = "0236158", 2014, 3
CLASSROOM = [SCHOOL, "0", str(YEAR), "SECUNDARIA", str(GRADO), "A"]
AREAS = [
    "Matemática",
    "Comunicación",
    "Inglés",  # "Idioma extranjero/originario"
    "Arte",  # "Educación por el Arte"
    "Ciencias Sociales",
    "Persona, Familia y Relaciones Humanas",  # "Persona, Familia, y Relaciones Humanas"
    "Educación Física",
    "Educación Religiosa",
    "Ciencia, Tecnología y Ambiente",
    "Educación para el Trabajo",
]
AREA_COLUMNS = ["AL", "AM", "AN", "AO", "AP", "AQ", "AR", "AS", "AT", "AU"]
TALLER = "Taller de Computación"  # AW13, as the school wrote it
# Sheet row -> (student number in nomina_muestra.csv, apellidos y nombres, situación final
# stored, áreas A-J as written (None = blank), taller K, comportamiento, motivo del retiro,
# observaciones) — what scripts/make_acta_form_sample.py wrote.
STUDENTS = {
    24: (3, "CCAHUANA MAMANI, LUZ MARINA", "APROBADO",
         [14, "15", 13, 16, "12", 15, 17, 16, 13, 14], None, "A", "", ""),
    25: (1, "HUAMÁN QUISPE, ÁNGEL RENZO", "APROBADO",
         [12, 13, "11", 14, 12, 13, 15, 14, 12, 13], 16, "B", "", ""),
    26: (2, "NÚÑEZ DE LA CRUZ, MARÍA JOSÉ", "REQUIERE RECUPERACIÓN PEDAGÓGICA",
         ["08", 12, 11, 13, 10, 12, 14, "EXO", 11, 13], "14", "A", "",
         "Exonerada de Educación Religiosa: R.D. N.° 0045-2014"),
    27: (4, "PEÑA ÁLVAREZ, JOSÉ LUIS", "RETIRADO",
         [None] * 10, None, "", "SITUACIÓN ECONÓMICA", "Retirado el 16/06/2014"),
}  # fmt: skip
GENERATED_ROWS = 42  # 10 + 11 + 11 calificativos, and the retirado's 10 empty áreas


def expected_rows() -> list[tuple[int, list[str]]]:
    """What the source must yield: the long acta layout, row by row, then the extra columns."""
    rows = []
    for row, (number, name, situacion, grades, taller, conduct, motivo, notes) in STUDENTS.items():
        enrollment = [*CLASSROOM, files.student_code(number)]
        extra = [name, conduct, motivo, notes, ""]
        if not any(grade is not None for grade in grades):  # the retirado: empty áreas
            for area in AREAS:
                rows.append((row, [*enrollment, area, "AREA", "", situacion, "", "", *extra]))
            continue
        for area, column, grade in zip(AREAS, AREA_COLUMNS, grades, strict=True):
            cells = [*enrollment, area, "AREA", str(grade), situacion, "", f"{column}{row}"]
            rows.append((row, [*cells, *extra]))
        if taller is not None:
            cells = [*enrollment, TALLER, "TALLER", str(taller), situacion, "", f"AW{row}"]
            rows.append((row, [*cells, *extra]))
    return rows


def stored_results() -> dict[str, dict[tuple[str, str], str]]:
    """What the database must hold per student code: (área, kind) -> calificativo, as the
    acta handler normalises them ("8" -> "08")."""
    expected: dict[str, dict[tuple[str, str], str]] = {}
    for number, _, _, grades, taller, *_ in STUDENTS.values():
        results = expected.setdefault(files.student_code(number), {})
        for area, grade in zip(AREAS, grades, strict=True):
            results[(area, "AREA")] = "" if grade is None else str(grade).zfill(2)
        if taller is not None:
            results[(TALLER, "TALLER")] = str(taller).zfill(2)
    return expected


def open_form(path: Path) -> ActaFormSource:
    return ActaFormSource(path, ActaHandler.column_map())


def variant(tmp_path: Path, changes: dict[str, object] | None = None, edit=None) -> Path:
    """The .xlsx sample with some cells changed (a merged range is written at its top-left)."""
    book = load_workbook(SAMPLE_XLSX)
    sheet = book.worksheets[0]
    for ref, value in (changes or {}).items():
        sheet[ref] = value
    if edit is not None:
        edit(sheet)
    path = tmp_path / "acta.xlsx"
    book.save(path)
    return path


# -- telling the form apart ---------------------------------------------------------------------
@pytest.mark.parametrize("path", SAMPLES, ids=["xlsx", "xls"])
def test_both_samples_are_the_form(path):
    assert is_acta_form(path)


def test_the_form_is_told_by_its_content_not_its_name(tmp_path):
    renamed = tmp_path / "cualquier_nombre.xls"  # an .xlsx saved under another extension
    shutil.copyfile(SAMPLE_XLSX, renamed)
    assert is_acta_form(renamed)
    assert open_form(renamed).format == "Acta consolidada (formato oficial, .xlsx)"


def test_other_files_are_not_the_form(tmp_path):
    pdf = tmp_path / "acta_oficial.xlsx"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    noise = tmp_path / "acta_consolidada.xls"
    noise.write_bytes(os.urandom(4096))
    fake_ole = tmp_path / "acta.xls"  # an Office header and nothing readable after it
    fake_ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(600))
    nomina_as_xls = tmp_path / "nomina.xls"
    shutil.copyfile(DATA / "nomina_muestra.xlsx", nomina_as_xls)
    for path in (
        DATA / "nomina_muestra.csv",
        DATA / "nomina_muestra.xlsx",
        DATA / "acta_muestra.csv",
        pdf,
        noise,
        fake_ole,
        nomina_as_xls,
        tmp_path / "no_existe.xlsx",
        tmp_path,  # a folder
    ):
        assert not is_acta_form(path), path


# -- what the importer gets ---------------------------------------------------------------------
@pytest.mark.parametrize("path", SAMPLES, ids=["xlsx", "xls"])
def test_the_sample_yields_one_row_per_calificativo(path):
    source = open_form(path)
    rows = list(source.rows())
    assert rows == expected_rows()
    assert {number for number, _ in rows} == set(STUDENTS)  # the students' sheet rows
    assert all(len(cells) == len(source.header) + 1 and cells[-1] == "" for _, cells in rows)


def test_xls_and_xlsx_give_the_same_rows():
    assert list(open_form(SAMPLE_XLS).rows()) == list(open_form(SAMPLE_XLSX).rows())


@pytest.mark.parametrize("path", SAMPLES, ids=["xlsx", "xls"])
def test_the_source_offers_what_the_importer_uses(path):
    source = open_form(path)
    assert source.path == path
    assert source.encoding is None and source.delimiter is None
    assert source.header == [*HEADER, *EXTRA_HEADER]
    assert source.header_row == 22
    data = path.read_bytes()
    assert source.facts.format == source.format == FORMATS[path]
    assert source.facts.sha256 == hashlib.sha256(data).hexdigest()
    assert source.facts.size == len(data)
    assert source.facts.rows_hint == len(list(source.rows())) == GENERATED_ROWS
    # The acta kind's own column map binds the generated header, every column in its place
    # (the name too: it is checked against the code); the rest is listed as not read.
    names_at = len(HEADER) + EXTRA_HEADER.index("APELLIDOS_NOMBRES")
    expected = {key: at for at, key in enumerate(HEADER)} | {"APELLIDOS_NOMBRES": names_at}
    assert source.columns.index == expected
    assert source.columns.extra == [c for c in EXTRA_HEADER if c != "APELLIDOS_NOMBRES"]
    assert (source.cleaned_rows, source.cleaned_count) == ([], 0)


def test_a_column_map_of_another_kind_is_refused():
    other = ColumnMap([Column("APELLIDO_PATERNO", (), required=True)])
    with pytest.raises(SourceError, match="faltan columnas obligatorias: APELLIDO_PATERNO"):
        ActaFormSource(SAMPLE_XLSX, other)


@pytest.mark.parametrize("path", SAMPLES, ids=["xlsx", "xls"])
def test_header_and_what_the_acta_kind_has_no_column_for(path):
    source = open_form(path)
    form = source.form
    assert (form.codigo_modular, form.anexo, form.school_name) == (SCHOOL, "0", "GENERAL OLLANTA")
    assert (form.ugel_code, form.ugel_name) == ("080013", "UGEL URUBAMBA")
    assert (form.year, form.inicio, form.fin) == (2014, "2014-03-10", "2014-12-19")
    assert (form.grado, form.seccion, form.gestion, form.turno) == (3, "A", "PÚBLICA", "MAÑANA")
    assert form.modalidad == "EDUCACIÓN BÁSICA REGULAR"
    assert (form.departamento, form.provincia) == ("CUSCO", "URUBAMBA")
    assert form.evaluacion == "FINAL"
    by_row = {student.row: student for student in source.students}
    assert by_row[24].nombre == "CCAHUANA MAMANI, LUZ MARINA"
    assert (by_row[24].sexo, by_row[24].comportamiento) == ("M", "A")
    retired = by_row[27]
    assert (retired.situacion_final_code, retired.situacion_final) == ("R", "RETIRADO")
    assert (retired.motivo_retiro_code, retired.motivo_retiro) == ("EC", "SITUACIÓN ECONÓMICA")
    assert retired.observaciones == "Retirado el 16/06/2014"
    assert by_row[26].areas_desaprobadas == "2"
    assert by_row[26].codigo == files.student_code(2)  # typed whole in B, as a number
    # Comportamiento is never an área: it only rides along in its own (ignored) column.
    assert all("comportamiento" not in cells[7].lower() for _, cells in source.rows())


# -- the header, as schools write it ------------------------------------------------------------
def test_missing_codigo_modular_names_the_cells(tmp_path):
    boxes = ("V12", "W12", "X12", "Y12", "Z12", "AA12", "AB12")
    with pytest.raises(SourceError) as raised:
        open_form(variant(tmp_path, dict.fromkeys(boxes)))
    assert str(raised.value) == (
        "acta.xlsx: falta el código modular de la IE: las celdas V12 a AB12 (fila 12, junto a "
        "«Código Modular») están vacías. Escriba sus 7 dígitos, uno en cada casilla, y vuelva a "
        "importar el acta."
    )


def test_an_empty_box_of_the_codigo_modular_is_named(tmp_path):
    with pytest.raises(SourceError, match=r"acta\.xlsx: .*la casilla X12 está vacía"):
        open_form(variant(tmp_path, {"X12": None}))


@pytest.mark.parametrize(
    ("changes", "code", "anexo"),
    [
        # typed whole as a number: Excel dropped the leading zero
        ({"V12": 236158, **dict.fromkeys(("W12", "X12", "Y12", "Z12", "AA12", "AB12"))},
         SCHOOL, "0"),
        ({"V12": "0236158-1", **dict.fromkeys(("W12", "X12", "Y12", "Z12", "AA12", "AB12"))},
         SCHOOL, "1"),
        ({"AC12": 2}, SCHOOL, "2"),  # a digit right after the boxes: the anexo
    ],
)  # fmt: skip
def test_codigo_modular_typed_whole_and_the_anexo(tmp_path, changes, code, anexo):
    cells = next(open_form(variant(tmp_path, changes)).rows())[1]
    assert cells[:2] == [code, anexo]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"AA15": None}, r"falta el grado \(celda AA15\)"),
        ({"AA15": "noveno"}, r"celda AA15: Grado no reconocido «noveno»"),
        ({"AA15": 6}, r"celda AA15: El grado 6 no existe en el nivel Secundaria"),
        ({"AU9": None, "BB9": None},  # then the title's "- 2007", the form's edition
         r"el año 2007, tomado del título del acta \(celda M2\), está fuera del rango 2009"),
        ({"AU9": None, "BB9": None, "M2": "ACTA CONSOLIDADA DE EVALUACIÓN DEL NIVEL DE "
          "EDUCACIÓN SECUNDARIA"}, r"falta el período lectivo \(celdas AU9 .* y BB9"),
        ({"AU9": "marzo"}, r"la fecha «marzo» de la celda AU9"),
        ({"BB9": "20/01/2015"}, r"empieza en 2014 \(celda AU9\) y termina en 2015"),
        ({"V15": "EBE"}, r"modalidad de la celda V15 es «EBE»"),
        ({"AC12": "B"}, r"el anexo «B» \(celda AC12"),
        ({"M2": "ACTA CONSOLIDADA DE EVALUACIÓN DEL NIVEL DE EDUCACIÓN PRIMARIA - 2014"},
         r"celda M2\) dice primaria; CLA Escritorio conoce solo .* secundaria"),
        ({"BJ17": None, "BJ18": "X"},
         r"marcada como evaluación de recuperación \(celda BJ18\).* solo el acta de la "
         r"evaluación final"),
    ],
)  # fmt: skip
def test_header_problems_name_the_cell(tmp_path, changes, message):
    with pytest.raises(SourceError, match=r"^acta\.xlsx(:|,) .*" + message):
        open_form(variant(tmp_path, changes))


@pytest.mark.parametrize(
    ("changes", "year"),
    [
        ({"AU9": "10/03/2014"}, 2014),
        ({"AU9": None}, 2014),  # from the fin
        ({"AU9": "2014", "BB9": None}, 2014),
        ({"AU9": 2014, "BB9": None}, 2014),  # typed in a date cell: shown as 06/07/1905
        ({"AU9": None, "BB9": None,  # a school that wrote its year in the title
          "M2": "ACTA CONSOLIDADA DE EVALUACIÓN DEL NIVEL DE EDUCACIÓN SECUNDARIA - 2014"}, 2014),
    ],
)  # fmt: skip
def test_the_year_comes_from_the_periodo_lectivo_or_the_title(tmp_path, changes, year):
    assert open_form(variant(tmp_path, changes)).form.year == year


def test_no_evaluacion_marked_is_the_final_one(tmp_path):
    assert open_form(variant(tmp_path, {"BJ17": None})).form.evaluacion == ""


def test_seccion_unica_is_no_seccion(tmp_path):
    source = open_form(variant(tmp_path, {"AJ15": "-"}))
    assert {cells[5] for _, cells in source.rows()} == {""}  # the nómina's sección stays


def test_a_form_with_a_column_added_is_refused_naming_the_cell(tmp_path):
    path = variant(tmp_path, edit=lambda sheet: sheet.insert_cols(2))
    assert is_acta_form(path)  # still the form: the reader says what moved
    with pytest.raises(SourceError, match=r"^acta\.xlsx: la celda M2 debería decir «ACTA CONSOL"):
        open_form(path)


# -- student rows -------------------------------------------------------------------------------
def move_row(sheet, source: int, target: int) -> None:
    for column in range(1, 63):
        cell = sheet.cell(source, column)
        if not isinstance(cell, MergedCell) and column > 1:  # A keeps the printed N.° de orden
            sheet.cell(target, column).value = cell.value
            cell.value = None


def test_a_student_on_the_second_page_keeps_its_sheet_row(tmp_path):
    source = open_form(variant(tmp_path, edit=lambda sheet: move_row(sheet, 26, 78)))
    rows = list(source.rows())
    assert {number for number, cells in rows if cells[6] == files.student_code(2)} == {78}
    assert len(rows) == GENERATED_ROWS


def test_a_name_without_codigo_is_still_yielded(tmp_path):
    boxes = {f"{column}24": None for column in "BCDEFGHIJKLMNO"}
    rows = [cells for number, cells in open_form(variant(tmp_path, boxes)).rows() if number == 24]
    assert len(rows) == 10
    assert {cells[6] for cells in rows} == {""}  # the importer rejects it with its own sentence


def test_grades_without_a_student_are_refused(tmp_path):
    with pytest.raises(SourceError, match=r"la fila 30 tiene calificativos .*celdas B30 y P30"):
        open_form(variant(tmp_path, {"AL30": 15}))


def test_blank_lines_of_the_form_are_skipped(tmp_path):
    # Rows 28-44 and 78-106 carry only their printed N.° de orden; an observación alone too.
    source = open_form(variant(tmp_path, {"BF31": "sin estudiante"}))
    assert len(source.students) == 4


def test_a_student_with_neither_grades_nor_situacion_final_yields_nothing(tmp_path):
    # The form's trasladado: listed, nothing to import (no TRASLADADO is made up).
    source = open_form(variant(tmp_path, {"BD27": None, "BE27": None}))
    assert len(source.students) == 4
    assert 27 not in {number for number, _ in source.rows()}


def test_unknown_situacion_final_codes_are_all_named(tmp_path):
    with pytest.raises(SourceError) as raised:
        open_form(variant(tmp_path, {"BD24": "X", "BD26": "APROB."}))
    message = str(raised.value)
    assert "celda BD24 «X» (CCAHUANA MAMANI, LUZ MARINA)" in message
    assert "celda BD26 «APROB.» (NÚÑEZ DE LA CRUZ, MARÍA JOSÉ)" in message
    assert "Use A (aprobado), D (desaprobado), R (retirado), F (fallecido)" in message
    assert "déjela en blanco si el estudiante fue trasladado" in message


def test_a_taller_without_its_name_names_the_header_cell(tmp_path):
    with pytest.raises(
        SourceError,
        match=r"la columna AW tiene calificativos \(fila 25\) pero falta el nombre del taller "
        r"K en la celda AW13",
    ):
        open_form(variant(tmp_path, {"AW13": None}))


def test_two_columns_with_the_same_name_are_refused(tmp_path):
    with pytest.raises(SourceError, match=r"las columnas AL y AM llevan el mismo nombre"):
        open_form(variant(tmp_path, {"AM13": "MATEMÁTICA"}))


def test_a_name_typed_with_line_breaks_is_cleaned_and_noted(tmp_path):
    source = open_form(variant(tmp_path, {"P24": "CCAHUANA MAMANI,\nLUZ\tMARINA"}))
    assert source.students[0].nombre == "CCAHUANA MAMANI, LUZ MARINA"
    assert source.cleaned_rows == [24]


# -- the tables ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Persona, Familia, y Relaciones Humanas", "Persona, Familia y Relaciones Humanas"),
        ("Idioma extranjero/originario", "Inglés"),
        ("Educación por el Arte", "Arte"),
        ("Ciencias Sociales", "Ciencias Sociales"),
        ("CIENCIA, TECNOLOGIA Y AMBIENTE", "Ciencia, Tecnología y Ambiente"),
        ("inglés como lengua extranjera", "Inglés como Lengua Extranjera"),  # a CNEB name
        ("Quechua  ", "Quechua"),  # unknown: as written
    ],
)
def test_area_names_become_the_curricula_names(written, name):
    assert area_name(written) == name


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("A", "APROBADO"),
        ("d", "DESAPROBADO"),
        ("R", "RETIRADO"),
        ("F", "FALLECIDO"),
        ("RR", "REQUIERE RECUPERACIÓN PEDAGÓGICA"),
        ("PP", "POSTERGA EVALUACIÓN"),
        ("Postergación de evaluación", "POSTERGA EVALUACIÓN"),
        ("trasladado", "TRASLADADO"),  # a known value written out
        ("", ""),
        ("X", None),
    ],
)
def test_situacion_final_codes_of_the_form(written, stored):
    assert situacion_final(written) == stored


def test_every_situacion_final_of_the_table_is_a_value_the_project_knows():
    from cla_desktop.domain.facts import facts

    for row in facts()["acta_form"]["situacion_final"]:
        assert row["text"] in known_values(), row


# -- importing it: SQLite and PostgreSQL --------------------------------------------------------
@pytest.fixture
def enrolled_2014(engine: Engine, tmp_path: Path) -> Engine:
    """The four students of nomina_muestra.csv (same codes, documents, names and sexo) in
    3.° A de secundaria 2014 at GENERAL OLLANTA, as the school's nómina of that year lists
    them.  No birth date: the sample's 2012 ones belong to its primaria 2019 story."""
    rows = [
        [SCHOOL, "0", str(YEAR), "F0", "SECUNDARIA", str(9 + GRADO), "TERCERO", "A",
         files.student_code(number), "DNI", files.dni(number), paterno, materno, nombres, sexo,
         ""]
        for number, (paterno, materno, nombres, sexo, _born) in enumerate(files.PEOPLE, start=1)
    ]  # fmt: skip
    path = files.write_csv(tmp_path / "nomina_2014.csv", files.NOMINA_HEADER, rows)
    report = load(engine, path, "nomina")
    assert report.committed, report.problems
    assert report.counts.inserted == {"student": 4, "enrollment": 4}
    return engine


def stored(engine: Engine) -> tuple[dict, dict]:
    """(code -> enrollment values, code -> {(área, kind): calificativo}) for 2014."""
    with readonly(engine).connect() as connection:
        enrollments = {
            code: tuple(rest)
            for code, *rest in connection.exec_driver_sql(
                "SELECT s.codigo_estudiante, e.nivel, e.grado, e.seccion, e.situacion_final, "
                "e.acta_estado, e.scale, e.unit, e.curriculum, sc.codigo_modular, sc.anexo "
                "FROM enrollment e JOIN student s ON s.id = e.student_id "
                "JOIN school sc ON sc.id = e.school_id WHERE e.year = 2014"
            )
        }
        results: dict[str, dict[tuple[str, str], str]] = {}
        for code, area, kind, competencia, calificativo in connection.exec_driver_sql(
            "SELECT s.codigo_estudiante, r.area, r.kind, r.competencia, r.calificativo "
            "FROM result r JOIN enrollment e ON e.id = r.enrollment_id "
            "JOIN student s ON s.id = e.student_id WHERE e.year = 2014"
        ):
            assert competencia is None
            results.setdefault(code, {})[(area, kind)] = calificativo
    return enrollments, results


@pytest.mark.parametrize("path", SAMPLES, ids=["xlsx", "xls"])
def test_the_form_is_imported_as_it_says(enrolled_2014, path):
    report = load(enrolled_2014, path, "acta")
    assert report.committed, report.problems
    assert report.facts.format == FORMATS[path]
    assert (report.counts.read, report.counts.valid, report.counts.rejected) == (42, 42, 0)
    assert report.counts.inserted == {"result": 42}
    assert report.counts.updated == {"enrollment": 4}  # the situación final of each
    enrollments, results = stored(enrolled_2014)
    situacion = {files.student_code(n): words for n, _, words, *_ in STUDENTS.values()}
    assert enrollments == {
        code: ("SECUNDARIA", 3, "A", words, None, "VIGESIMAL", "AREA", "DCN2009", SCHOOL, "0")
        for code, words in situacion.items()
    }
    assert results == stored_results()
    assert results[files.student_code(2)][("Matemática", "AREA")] == "08"  # typed as text
    assert results[files.student_code(2)][("Educación Religiosa", "AREA")] == "EXO"


def test_reimporting_changes_nothing(enrolled_2014):
    assert load(enrolled_2014, SAMPLE_XLSX, "acta").committed
    state = snapshot(enrolled_2014)
    for path in (SAMPLE_XLS, SAMPLE_XLSX):  # the same acta, saved either way
        again = load(enrolled_2014, path, "acta")
        assert again.committed and again.counts.rejected == 0
        assert again.counts.unchanged == GENERATED_ROWS
        assert not again.counts.inserted and not again.counts.updated
        assert snapshot(enrolled_2014) == state


def test_a_corrected_form_updates_only_what_changed(enrolled_2014, tmp_path):
    assert load(enrolled_2014, SAMPLE_XLSX, "acta").committed
    report = load(enrolled_2014, variant(tmp_path, {"AL26": 11, "BD26": "A"}), "acta")
    assert report.committed, report.problems
    assert report.counts.updated == {"result": 1, "enrollment": 1}
    assert report.counts.unchanged == GENERATED_ROWS - 1
    enrollments, results = stored(enrolled_2014)
    assert enrollments[files.student_code(2)][3] == "APROBADO"
    assert results[files.student_code(2)][("Matemática", "AREA")] == "11"


def test_grades_out_of_range_reject_their_rows_and_nothing_is_stored(enrolled_2014, tmp_path):
    state = snapshot(enrolled_2014)
    path = variant(tmp_path, {"AL24": 25, "AM25": "AD", "AW26": "14.5"})
    report = load(enrolled_2014, path, "acta")
    assert not report.committed
    assert (report.counts.read, report.counts.rejected) == (42, 3)
    found = {(p.row, p.column, p.value) for p in report.problems}
    assert found == {(24, "CALIFICATIVO", "25"), (25, "CALIFICATIVO", "AD"),
                     (26, "CALIFICATIVO", "14.5")}  # fmt: skip
    assert all("se califica con un número de 0 a 20" in p.reason for p in report.problems)
    assert "acta.xlsx, fila 24, columna CALIFICATIVO («25»)" in report.problems[0].sentence(
        "acta.xlsx"
    )
    assert snapshot(enrolled_2014) == state  # all or nothing


def test_only_the_valid_rows_are_kept_when_asked(enrolled_2014, tmp_path):
    rejects = tmp_path / "rechazos.csv"
    path = variant(tmp_path, {"AL24": 25})
    report = load(enrolled_2014, path, "acta", skip_invalid=True, rejects=rejects)
    assert report.committed and report.counts.rejected == 1 and report.counts.valid == 41
    _, results = stored(enrolled_2014)
    assert ("Matemática", "AREA") not in results[files.student_code(3)]
    assert results[files.student_code(3)][("Comunicación", "AREA")] == "15"
    written = report.rejects_file.read_text(encoding="utf-8-sig")
    assert "AL24" in written and "CCAHUANA MAMANI, LUZ MARINA" in written  # cell and student


def test_an_unknown_situacion_final_refuses_the_file_and_stores_nothing(enrolled_2014, tmp_path):
    state = snapshot(enrolled_2014)
    with pytest.raises(SourceError, match=r"celda BD26 «X» \(NÚÑEZ DE LA CRUZ, MARÍA JOSÉ\)"):
        load(enrolled_2014, variant(tmp_path, {"BD26": "X"}), "acta")
    assert snapshot(enrolled_2014) == state


def test_a_student_missing_from_the_nomina_is_rejected_by_row(enrolled_2014, tmp_path):
    boxes = {f"{column}25": 1 for column in "BCDEFGHIJKLMNO"}
    report = load(enrolled_2014, variant(tmp_path, boxes), "acta")
    assert not report.committed and report.counts.rejected == 11
    assert {(p.row, p.column) for p in report.problems} == {(25, "COD_ESTUDIANTE")}
    assert "importe primero la nómina" in report.problems[0].reason


@pytest.mark.parametrize("blank", [".xlsx", ".xls"])
def test_a_blank_form_is_refused_saying_it_has_no_students(engine, blank):
    path = Path("/work/shared/data/acta_consolidada_ebr_secundaria_2007_formato_minedu")
    path = path.with_suffix(blank)
    if not path.is_file():  # the shared folder of the project's workspace
        path = tmp_blank(blank)
    with pytest.raises(SourceError, match=r"es el formulario del acta consolidada pero no tiene "):
        load(engine, path, "acta")


def tmp_blank(suffix: str) -> Path:
    """The sample with every student cell emptied, for checkouts without the blank form."""
    book = load_workbook(SAMPLE_XLSX)
    sheet = book.worksheets[0]
    for row in STUDENTS:
        for column in range(2, 63):
            if not isinstance(sheet.cell(row, column), MergedCell):
                sheet.cell(row, column).value = None
    target = Path(os.environ.get("PYTEST_TMP", "/tmp")) / f"acta_en_blanco{suffix}"
    if suffix == ".xls":
        pytest.skip("the blank .xls form is not in this checkout")
    book.save(target)
    return target


def test_a_missing_codigo_modular_is_refused_naming_the_cells(engine, tmp_path):
    boxes = ("V12", "W12", "X12", "Y12", "Z12", "AA12", "AB12")
    with pytest.raises(SourceError, match=r"falta el código modular de la IE: las celdas V12 a "):
        load(engine, variant(tmp_path, dict.fromkeys(boxes)), "acta")


def test_preview_shows_the_generated_rows(engine):
    shown = preview(SAMPLE_XLSX, ImportKind.ACTA, limit=12)
    assert shown.facts.format == "Acta consolidada (formato oficial, .xlsx)"
    assert shown.header == [*HEADER, *EXTRA_HEADER]
    assert shown.rows == [cells[:-1] for _, cells in expected_rows()[:12]]
    # comportamiento & co.: shown, not imported; the name is read, to check the code
    assert shown.ignored == [c for c in EXTRA_HEADER if c != "APELLIDOS_NOMBRES"]
    assert ("COD_ESTUDIANTE (código del estudiante)", "COD_ESTUDIANTE") in shown.recognised


def test_a_code_that_belongs_to_another_student_is_refused(enrolled_2014, tmp_path):
    """The form names the student: a code typed wrong (a registered code, another person)
    must not put these grades on that person's record (an independent tester's case)."""
    state = snapshot(enrolled_2014)
    path = variant(tmp_path, {"P24": "CONDORI QUISPE, ROSA"})
    report = load(enrolled_2014, path, "acta", skip_invalid=True)
    refused = {(p.row, p.column) for p in report.problems}
    assert refused == {(24, "COD_ESTUDIANTE")}
    assert "es de otro estudiante" in report.problems[0].reason
    assert "CONDORI QUISPE, ROSA" in report.problems[0].reason
    assert report.committed and report.counts.valid > 0
    assert snapshot(enrolled_2014) != state  # the other students' grades went in


def test_a_name_written_with_typos_is_still_the_student(enrolled_2014, tmp_path):
    written = load_workbook(SAMPLE_XLSX).worksheets[0]["P24"].value
    typo = written.replace("A", "O", 1)
    report = load(enrolled_2014, variant(tmp_path, {"P24": typo}), "acta")
    assert report.committed and not report.problems
