"""Importing padrón, nómina and acta files: formats, encodings, idempotence, all-or-nothing,
skip-invalid with a rejects file, dry run, cancel, audit and roles — on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.imports.importer import ImportCancelled
from cla_desktop.services.imports.sources import SourceError
from cla_desktop.services.search.service import search
from cla_desktop.store.database import readonly
from tests.services.import_world import SUPERVISOR, count, load, snapshot
from tests.support import import_files as files

DATA = Path(__file__).parent.parent / "data"


def write_nomina(path: Path, rows=None, **kwargs) -> Path:
    return files.write_csv(path, files.NOMINA_HEADER, rows or files.nomina_rows(), **kwargs)


def write_acta(path: Path, rows=None, **kwargs) -> Path:
    return files.write_csv(path, files.ACTA_HEADER, rows or files.acta_rows(), **kwargs)


@pytest.fixture
def enrolled(engine):
    """The sample nómina loaded: four students in 1.° de primaria 2019."""
    report = load(engine, DATA / "nomina_muestra.csv", "nomina")
    assert report.committed, report.problems
    return engine


# -- padrón ----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["padron_muestra.csv", "padron_muestra.dbf"])
def test_padron_updates_known_schools_and_is_idempotent(engine, tmp_path, name):
    rows = files.padron_rows()
    rows[0][8] = "Inactiva"  # closed since the sample was taken
    rows.append(["0403691", "1", "217 NIÑO DE PRAGA", "Inicial - Jardín", "Sector Educación",
                 "080013", "081301", "JIRON SUCRE S/N", "Activa"])  # fmt: skip
    writer = files.write_dbf if name.endswith(".dbf") else files.write_csv
    path = writer(tmp_path / name, files.PADRON_HEADER, rows)
    before = count(engine, "school")
    report = load(engine, path, "padron")
    assert report.committed and report.counts.read == 5 and report.counts.rejected == 0
    assert report.counts.inserted["school"] == 1
    assert report.counts.updated["school"] == 1
    assert report.counts.unchanged == 3
    assert count(engine, "school") == before + 1
    with readonly(engine).connect() as connection:
        active, ubigeo, nivel = connection.exec_driver_sql(
            "SELECT active, ubigeo, nivel FROM school WHERE codigo_modular = '0403691' "
            "AND anexo = '1'"
        ).one()
        closed = connection.exec_driver_sql(
            "SELECT active FROM school WHERE codigo_modular = '0204990'"
        ).scalar_one()
    assert (bool(active), ubigeo, nivel) == (True, "081301", "INICIAL")
    assert not closed
    state = snapshot(engine)
    again = load(engine, path, "padron")
    assert again.counts.unchanged == 5 and not again.counts.inserted and not again.counts.updated
    assert snapshot(engine) == state


def test_padron_dbf_is_cp850_with_nul_padding(engine, tmp_path):
    path = files.write_dbf(tmp_path / "Padron_web.dbf", files.PADRON_HEADER, files.padron_rows())
    assert b"\x00" in path.read_bytes() and "Ñ".encode("cp850") in path.read_bytes()
    report = load(engine, path, "padron")
    assert report.committed and report.facts.format == "DBF"
    assert report.counts.unchanged == 4  # NIÑO DE PRAGA read back exactly, NULs stripped


def test_padron_problems(engine, tmp_path):
    rows = [
        ["12345678", "0", "X", "Primaria", "", "080013", "", "", "Activa"],
        ["0204990", "A", "X", "Primaria", "", "080013", "", "", "Activa"],
        ["0204991", "0", "", "Primaria", "", "080013", "", "", "Activa"],
        ["0204992", "0", "X", "Primaria", "", "999999", "", "", "Activa"],
        ["0204993", "0", "X", "Primaria", "", "080013", "990101", "", "Activa"],
        ["0204994", "0", "X", "Primaria", "", "080013", "", "", "Cerrada?"],
        ["0204995", "0", "X", "", "", "080013", "", "", "Activa"],
        ["0204996", "0", "X", "Primaria", "", "080013", "", "", "Activa"],
        ["0204996", "0", "X", "Primaria", "", "080013", "", "", "Activa"],
    ]
    path = files.write_csv(tmp_path / "padron.csv", files.PADRON_HEADER, rows)
    state = snapshot(engine)
    report = load(engine, path, "padron")
    assert not report.committed and report.counts.rejected == 8
    found = {(p.row, p.column): p.reason for p in report.problems}
    assert "7 dígitos" in found[(2, "COD_MOD")]
    assert "anexo" in found[(3, "ANEXO")]
    assert "nombre" in found[(4, "CEN_EDU")]
    assert "UGEL" in found[(5, "CODOOII")]
    assert "ubigeo" in found[(6, "CODGEO")]
    assert "Activa o Inactiva" in found[(7, "D_ESTADO")]
    assert "nivel o modalidad" in found[(8, "D_NIV_MOD")]
    assert "fila 9" in found[(10, "COD_MOD")]
    assert snapshot(engine) == state


# -- formats and encodings ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("cp1252", ";"), ("cp1252", "\t"), ("utf-8", "|")],
)
def test_nomina_in_every_encoding_and_delimiter(engine, tmp_path, encoding, delimiter):
    path = write_nomina(tmp_path / "nomina.csv", encoding=encoding, delimiter=delimiter)
    report = load(engine, path, "nomina")
    assert report.committed, report.problems
    assert report.facts.encoding == encoding and report.facts.delimiter == delimiter
    assert report.counts.inserted == {"student": 4, "enrollment": 4}
    with readonly(engine).connect() as connection:
        names = connection.exec_driver_sql(
            "SELECT apellido_paterno, apellido_materno, nombres, sexo, fecha_nacimiento "
            "FROM student WHERE document_number = '70000002'"
        ).one()
    assert tuple(str(v) for v in names) == ("NÚÑEZ", "DE LA CRUZ", "MARÍA JOSÉ", "F", "2012-07-19")


def test_a_late_accent_in_a_cp1252_file_is_not_mojibake(engine, tmp_path):
    rows = files.nomina_rows() * 1
    filler = [[*rows[0][:8], str(10**13 + 100 + i), "DNI", f"{71000000 + i}", "ROJAS", "RIOS",
               "ANA", "M", "01/01/2012"] for i in range(3000)]  # fmt: skip
    path = write_nomina(tmp_path / "nomina.csv", filler + rows, encoding="cp1252")
    head = path.read_bytes()[:65536]
    assert head.decode("utf-8")  # the start alone would look like UTF-8
    report = load(engine, path, "nomina")
    assert report.committed and report.facts.encoding == "cp1252"
    with readonly(engine).connect() as connection:
        assert (
            connection.exec_driver_sql(
                "SELECT nombres FROM student WHERE document_number = '70000004'"
            ).scalar_one()
            == "JOSÉ LUIS"
        )


def test_xlsx_with_title_rows_and_numbers_that_lost_their_zeros(engine):
    report = load(engine, DATA / "nomina_muestra.xlsx", "nomina")
    assert report.committed, report.problems
    assert report.facts.format == "XLSX" and report.counts.inserted["enrollment"] == 4
    # The same rows from the CSV are the same enrollments: nothing new.
    again = load(engine, DATA / "nomina_muestra.csv", "nomina")
    assert again.counts.unchanged == 4 and not again.counts.inserted


def test_unreadable_files_say_why(engine, tmp_path):
    old = tmp_path / "nomina.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(SourceError, match=r"nomina.xls no se puede abrir .*\(.xls\)"):
        load(engine, old, "nomina")
    broken = tmp_path / "nomina.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(SourceError, match=r"nomina\.xlsx es un archivo comprimido"):
        load(engine, broken, "nomina")
    empty = tmp_path / "acta.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(SourceError, match="vacío"):
        load(engine, empty, "acta")
    missing = files.write_csv(
        tmp_path / "acta2.csv", ["COD_MOD", "ANIO", "NOTA"], [["1", "2", "3"]]
    )
    with pytest.raises(SourceError, match="faltan columnas obligatorias: NIVEL") as raised:
        load(engine, missing, "acta")
    assert "COD_ESTUDIANTE" in str(raised.value) and "AREA" in str(raised.value)
    with pytest.raises(SourceError, match="No se encontró"):
        load(engine, tmp_path / "no-existe.csv", "acta")


# -- nómina: students and enrollments --------------------------------------------------------
def test_nomina_keeps_the_search_index_in_sync(enrolled):
    with Session(readonly(enrolled)) as session:
        hits = search(session, SUPERVISOR, "nunez cruz maria")
        assert [h.document_number for h in hits][:1] == ["70000002"]
        assert search(session, SUPERVISOR, "huaman angel")[0].document_number == "70000001"


def test_nomina_next_year_adds_enrollments_and_updates_names(enrolled, tmp_path):
    rows = files.nomina_rows(year=2020, grado=2)
    rows[0][13] = "ÁNGEL RENZO MARTÍN"  # corrected in SIAGIE
    report = load(enrolled, write_nomina(tmp_path / "nomina2020.csv", rows), "nomina")
    assert report.committed
    assert report.counts.inserted == {"enrollment": 4}
    assert report.counts.updated == {"student": 1}
    with Session(readonly(enrolled)) as session:
        assert search(session, SUPERVISOR, "huaman martin")[0].document_number == "70000001"


def test_nomina_problems_every_kind(enrolled, tmp_path):
    base = files.nomina_rows(year=2020, grado=2)

    def variant(**changes):
        row = list(base[0])
        for index, value in changes.items():
            row[int(index[1:])] = value
        return row

    rows = [
        variant(c0="47449A"), variant(c1="X"), variant(c2="2031"), variant(c3="Z9", c4="Z9"),
        variant(c5="15", c6="QUINCEAVO"), variant(c8="12345"), variant(c10="1234"),
        variant(c15="31/02/2012"), variant(c14="X"), variant(c11=""), variant(c0="0999999"),
        variant(c9="LIBRETA"),
    ]  # fmt: skip
    # The same student in two grados in one year, and a repeated row.
    twin = list(base[1])
    other_grade = list(base[1])
    other_grade[0], other_grade[5], other_grade[6] = "0206326", "6", "TERCERO"
    # A document that belongs to another student already in the database.
    stolen = list(base[2])
    stolen[8] = str(10**13 + 99)
    # A grade that contradicts the database: 2019 at the same school in 4.°.
    contradicts = files.nomina_rows(year=2019)[3]
    contradicts[5], contradicts[6] = "7", "CUARTO"
    rows += [twin, twin, other_grade, stolen, contradicts]
    path = write_nomina(tmp_path / "nomina.csv", rows)
    state = snapshot(enrolled)
    report = load(enrolled, path, "nomina")
    assert not report.committed
    found = {(p.row, p.column): p.reason for p in report.problems}
    expected = {
        (2, "COD_MOD"): "7 dígitos",
        (3, "ANEXO"): "anexo",
        (4, "ANIO"): "fuera del rango",
        (5, "ID_NIVEL"): "Nivel desconocido",
        (6, "ID_GRADO"): "no corresponde al nivel",
        (7, "COD_ESTUDIANTE"): "14 dígitos",
        (8, "DNI"): "8 dígitos",
        (9, "FECHA_NACIMIENTO"): "no existe",
        (10, "SEXO"): "Sexo no reconocido",
        (11, "APELLIDO_PATERNO"): "Falta el apellido paterno",
        (12, "COD_MOD"): "importe primero el padrón",
        (13, "TIPO_DOCUMENTO"): "Tipo de documento no reconocido",
        (15, "COD_ESTUDIANTE"): "Fila repetida",
        (16, "ID_GRADO"): "Matrícula en conflicto: la fila 14",
        (17, "DNI"): "ya pertenece a otro estudiante",
        (18, "ID_GRADO"): "Matrícula en conflicto: en 2019",
    }
    for where, words in expected.items():
        assert words in found.get(where, ""), (where, sorted(found))
    assert report.counts.rejected == len(expected)
    assert report.counts.valid == 1  # row 14, kept only with --skip-invalid
    assert snapshot(enrolled) == state
    sentence = report.problems[0].sentence("nomina.csv")
    assert sentence.startswith("nomina.csv, fila 2, columna COD_MOD («47449A»): ")


def test_skip_invalid_keeps_the_valid_rows_and_writes_the_rejected(enrolled, tmp_path):
    rows = files.nomina_rows(year=2020, grado=2)
    rows[1][10] = "12"  # bad DNI
    rejects = tmp_path / "rechazos.csv"
    path = write_nomina(tmp_path / "nomina.csv", rows)
    report = load(enrolled, path, "nomina", skip_invalid=True, rejects=rejects)
    assert report.committed and report.counts.valid == 3 and report.counts.rejected == 1
    assert report.rejects_file == rejects and not rejects.with_name("rechazos.csv.tmp").exists()
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][0] == "FILA" and lines[0][-2:] == ["COLUMNA", "MOTIVO"]
    assert lines[1][0] == "3" and lines[1][1:-2] == rows[1]
    assert lines[1][-2] == "DNI" and "8 dígitos" in lines[1][-1]
    assert count(enrolled, "enrollment") == 4 + 3


def test_dry_run_checks_everything_and_changes_nothing(enrolled, tmp_path):
    state = snapshot(enrolled)
    report = load(enrolled, DATA / "acta_muestra.csv", "acta", dry_run=True)
    assert report.dry_run and not report.committed and report.counts.valid == 16
    assert report.counts.inserted["result"] == 16
    assert "Simulación" in report.outcome()
    assert snapshot(enrolled) == state


# -- acta --------------------------------------------------------------------------------------
def test_acta_import_then_reimport_changes_nothing(enrolled):
    report = load(enrolled, DATA / "acta_muestra.csv", "acta")
    assert report.committed, report.problems
    assert report.facts.encoding == "cp1252" and report.facts.delimiter == ";"
    assert report.counts.inserted == {"result": 16}
    assert report.counts.updated == {"enrollment": 4}  # situación final and acta state
    state = snapshot(enrolled)
    again = load(enrolled, DATA / "acta_muestra.csv", "acta")
    assert again.committed and again.counts.unchanged == 16
    assert not again.counts.inserted and not again.counts.updated
    assert snapshot(enrolled) == state


def test_a_corrected_acta_updates_only_what_changed(enrolled, tmp_path):
    load(enrolled, DATA / "acta_muestra.csv", "acta")
    rows = files.acta_rows()
    rows[0][10] = "C"
    report = load(enrolled, write_acta(tmp_path / "acta.csv", rows), "acta")
    assert report.counts.updated == {"result": 1} and report.counts.unchanged == 15


def test_acta_creates_the_enrollment_it_proves(enrolled, tmp_path):
    rows = [row for row in files.acta_rows(year=2020, grado=2) if row[6].endswith("1")]
    for row in rows:  # 2020 primaria: per competencia, literal
        row[9] = "Resuelve problemas de cantidad"
    rows[0][10] = ""  # 2020: a C could be left blank
    report = load(enrolled, write_acta(tmp_path / "acta2020.csv", rows), "acta")
    assert report.committed, report.problems
    assert report.counts.inserted == {"enrollment": 1, "result": 4}
    with readonly(enrolled).connect() as connection:
        unit = connection.exec_driver_sql(
            "SELECT unit FROM enrollment WHERE year = 2020"
        ).scalar_one()
    assert unit == "COMPETENCIA"


def test_acta_problems_every_kind(enrolled, tmp_path):
    base = files.acta_rows()

    def variant(source=0, **changes):
        row = list(base[source])
        for index, value in changes.items():
            row[int(index[1:])] = value
        return row

    secundaria = ["0206326", "0", "2016", "SECUNDARIA", "2", "A", files.student_code(3),
                  "Matemática", "AREA", "", "AD", "APROBADO", "APROBADA"]  # fmt: skip
    rows = [
        variant(c10="14"),  # literal scale in primaria 2019
        variant(c6=str(10**13 + 77)),  # unknown student
        variant(c9="", c8="TRANSVERSAL", c7="Competencias Transversales"),
        variant(c8="OPTATIVO"),
        variant(c12="PENDIENTE"),
        variant(c7=""),
        base[1],
        base[1],  # repeated
        variant(2, c11="RETIRADO"),  # contradicts row 2 of the same enrollment? (row 4 here)
        secundaria,  # 2016 secundaria takes 0-20, not AD
        variant(5, c0="0410449", c4="3"),  # 2019 in 3.° elsewhere: conflicts with the nómina
    ]
    path = write_acta(tmp_path / "acta.csv", rows)
    state = snapshot(enrolled)
    report = load(enrolled, path, "acta")
    found = {(p.row, p.column): p.reason for p in report.problems}
    expected = {
        (2, "CALIFICATIVO"): "AD, A, B o C",
        (3, "COD_ESTUDIANTE"): "importe primero la nómina",
        (4, "COMPETENCIA"): "transversal necesita",
        (5, "TIPO_AREA"): "Tipo no reconocido",
        (6, "ESTADO_ACTA"): "APROBADA o EN RECTIFICACIÓN",
        (7, "AREA"): "Falta el nombre del área",
        # Row 10 contradicts row 8's situación final: which is right cannot be told, so row
        # 8 (sound by itself) is not stored either.
        (8, ""): "no dicen lo mismo (situación final, grado, sección o estado del acta)",
        (9, "AREA"): "Fila repetida: el mismo calificativo (estudiante, año, área) ya está en "
        "una fila anterior (las de este estudiante y año empiezan en la fila 8)",
        (10, "SITUACION_FINAL"): "dice otra cosa (situación final)",
        (11, "CALIFICATIVO"): "un número de 0 a 20",
        (12, "GRADO"): "Matrícula en conflicto",
    }
    for where, words in expected.items():
        assert words in found.get(where, ""), (where, sorted(found))
    assert report.counts.rejected == len(expected) and not report.committed
    assert snapshot(enrolled) == state


# -- cancel, audit, roles ----------------------------------------------------------------------
def test_cancel_midway_rolls_everything_back(enrolled, tmp_path):
    rows = files.acta_rows() + files.acta_rows(year=2020, grado=2)
    for row in rows[16:]:
        row[9] = "Resuelve problemas de cantidad"
    path = write_acta(tmp_path / "acta.csv", rows)
    state = snapshot(enrolled)
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if len(seen) == 2:  # after two batches were written inside the transaction
            raise ImportCancelled

    report = load(enrolled, path, "acta", batch_rows=5, progress=progress)
    assert report.cancelled and not report.committed
    assert seen[0] == (5, 32) and seen[1] == (10, 32)
    assert "cancelada" in report.outcome()
    assert snapshot(enrolled) == state


def test_every_import_is_audited_once(enrolled, tmp_path):
    load(enrolled, DATA / "acta_muestra.csv", "acta", dry_run=True)
    load(enrolled, DATA / "acta_muestra.csv", "acta")
    with readonly(enrolled).connect() as connection:
        entries = connection.exec_driver_sql(
            "SELECT username, detail FROM audit_entry WHERE action = 'importacion' ORDER BY id"
        ).all()
    details = [json.loads(detail) for _, detail in entries]
    assert len(entries) == 3  # the fixture's nómina, the dry run, the acta
    results = sorted(detail["resultado"] for detail in details)
    assert results == ["importada", "importada", "simulacion"]
    acta = next(d for d in details if d["tipo"] == "acta" and d["resultado"] == "importada")
    assert acta["archivo"] == "acta_muestra.csv" and acta["nuevos"] == {"result": 16}
    assert len(acta["sha256"]) == 64
    assert all(username == "jefa" for username, _ in entries)


def test_operators_cannot_import(engine, tmp_path):
    clerk = Actor("ana", Role.OPERADOR)
    path = shutil.copy(DATA / "nomina_muestra.csv", tmp_path / "nomina.csv")
    with pytest.raises(PermissionError, match="supervisor"):
        load(engine, path, "nomina", actor=clerk)
    assert count(engine, "student") == 0
