"""Property-based fuzzing of imported rows (hypothesis), on SQLite and PostgreSQL.

Rows are generated valid or with one known defect; the importer must never crash, must reject
exactly the defective (or repeated) rows, and must import every other row exactly as written —
never an invalid one.  A second property throws arbitrary text at every column.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cla_desktop.domain.grading import Scale, is_valid_calificativo, normalize_calificativo
from cla_desktop.domain.names import fold
from cla_desktop.services.imports.sources import SourceError
from cla_desktop.store.database import readonly
from tests.services.import_world import load
from tests.support import import_files as files

DATA = Path(__file__).parent.parent / "data"
FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
AREAS = ("Matemática", "Comunicación", "Arte", "Educación Física", "Inglés", "Personal Social")
GOOD_GRADES = ("AD", "A", "B", "C", "EXO", "-", "", " a ", "ad")
DEFECTS = {
    "codmod": (0, ["12", "ABCDEFG", "02049901"]),
    "school": (0, ["0999999"]),
    "year": (2, ["2008", "20X9", "", "3019"]),
    "nivel": (3, ["TERCIARIA", "", "B9"]),
    "grado": (4, ["7", "0", "PRIMERISIMO", ""]),
    "student": (6, ["123", str(10**13 + 999), ""]),
    "area": (7, ["", "   ", "x" * 121]),
    "kind": (8, ["CURSO LIBRE", "004"]),
    "calificativo": (10, ["14", "E", "21", "AD+", "-1", "00A"]),
    "estado": (12, ["OBSERVADA", "PENDIENTE"]),
}


@st.composite
def acta_row(draw):
    student = draw(st.integers(1, 4))
    area = draw(st.sampled_from(AREAS))
    nivel = draw(st.sampled_from(["PRIMARIA", "B0", "primaria"]))
    row = [
        files.PRIMARIA_SCHOOLS[0], "0", "2019", nivel,
        "1", "A", files.student_code(student), area, draw(st.sampled_from(["", "AREA", "001"])),
        "", draw(st.sampled_from(GOOD_GRADES)), "APROBADO", "APROBADA",
    ]  # fmt: skip
    defect = draw(st.one_of(st.none(), st.sampled_from(sorted(DEFECTS))))
    if defect is not None:
        column, values = DEFECTS[defect]
        row[column] = draw(st.sampled_from(values))
    return row, defect


def reset(engine) -> None:
    with engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM result")
        connection.exec_driver_sql(
            "UPDATE enrollment SET situacion_final = NULL, acta_estado = NULL"
        )


def stored_results(engine) -> set[tuple]:
    with readonly(engine).connect() as connection:
        return {
            (code, area, calificativo)
            for code, area, calificativo in connection.exec_driver_sql(
                "SELECT s.codigo_estudiante, r.area, r.calificativo FROM result r "
                "JOIN enrollment e ON e.id = r.enrollment_id JOIN student s ON s.id = e.student_id"
            )
        }


@pytest.fixture
def enrolled(engine):
    assert load(engine, DATA / "nomina_muestra.csv", "nomina").committed
    return engine


@FUZZ
@given(rows=st.lists(acta_row(), min_size=1, max_size=25))
def test_fuzzed_acta_rows_reject_exactly_the_defective_ones(enrolled, tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("fuzz")
    path = files.write_csv(folder / "acta.csv", files.ACTA_HEADER, [row for row, _ in rows])
    expected_rejected, expected_results, seen = set(), set(), set()
    for number, (row, defect) in enumerate(rows, start=2):
        key = (row[6], fold(row[7]))
        if defect is not None or key in seen:
            expected_rejected.add(number)
            continue
        seen.add(key)
        expected_results.add((row[6], row[7], normalize_calificativo(row[10])))
    reset(enrolled)
    try:
        report = load(enrolled, path, "acta", skip_invalid=True, rejects=folder / "rechazos.csv")
        assert report.counts.read == len(rows)
        assert {p.row for p in report.problems} == expected_rejected
        assert report.counts.rejected == len(expected_rejected)
        assert stored_results(enrolled) == expected_results
        if expected_rejected:
            lines = (folder / "rechazos.csv").read_text(encoding="utf-8-sig").splitlines()
            assert len(lines) == 1 + len(expected_rejected)
        # All-or-nothing: with any defect the database keeps what it had.
        reset(enrolled)
        strict = load(enrolled, path, "acta")
        assert strict.committed == (not expected_rejected)
        assert stored_results(enrolled) == (set() if expected_rejected else expected_results)
    finally:
        reset(enrolled)


cell_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r\n"),
    max_size=20,
)


@FUZZ
@given(
    rows=st.lists(st.lists(cell_text, min_size=0, max_size=16), min_size=1, max_size=10),
    kind=st.sampled_from(["acta", "nomina", "padron"]),
)
def test_arbitrary_text_never_crashes_nor_imports_nonsense(enrolled, tmp_path_factory, rows, kind):
    header = {"acta": files.ACTA_HEADER, "nomina": files.NOMINA_HEADER}.get(
        kind, files.PADRON_HEADER
    )
    folder = tmp_path_factory.mktemp("fuzz")
    path = files.write_csv(folder / f"{kind}.csv", header, rows, encoding="utf-8")
    try:
        report = load(enrolled, path, kind, skip_invalid=True)
    except SourceError as refused:  # nothing under the header: said, not "0 de 0" and exit 0
        assert "no tiene filas de datos" in str(refused)
        return
    assert report.counts.valid + report.counts.rejected == report.counts.read
    assert report.counts.read <= len(rows)  # blank lines are skipped, never invented
    with readonly(enrolled).connect() as connection:
        for calificativo, scale in connection.exec_driver_sql(
            "SELECT r.calificativo, e.scale FROM result r "
            "JOIN enrollment e ON e.id = r.enrollment_id"
        ):
            assert is_valid_calificativo(calificativo, Scale(scale))
        for (codigo,) in connection.exec_driver_sql("SELECT codigo_estudiante FROM student"):
            assert codigo is not None and len(codigo) == 14 and codigo.isdigit()
