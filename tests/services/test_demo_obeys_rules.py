"""Demo data obeys every rule a constancia prints (issue #15, point 8).

A few thousand students are generated once into SQLite; every stored year record, its results
and observaciones, and each step from one record to the next are scanned with the domain's own
validators (domain/record_rules.py), which read the rules from facts.toml and curricula.toml;
every student's document and SIAGIE code are read with domain/identifiers.py.  A failure lists
the offending rows.
"""

from __future__ import annotations

import shutil
from collections import Counter, defaultdict
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from cla_desktop.domain.identifiers import is_siagie_code, parse_document
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.observation_motivos import CONVALIDATION, EXONERATION, motivo_kinds
from cla_desktop.domain.promotion import promotion_rule
from cla_desktop.domain.record_rules import trajectory_breaks
from cla_desktop.domain.situacion_final import Outcome, outcome_of
from cla_desktop.domain.trajectory import ResultLine, SchoolInfo, YearRecord
from cla_desktop.services.actor import DEMO_SUPERVISOR
from cla_desktop.services.demo.generator import fill_demo
from cla_desktop.services.demo.trajectory import CURRENT_YEAR
from cla_desktop.store.database import make_engine

STUDENTS = 3000
SHOWN = 40  # offending rows printed when the scan fails

Trajectories = dict[int, tuple[YearRecord, ...]]


@pytest.fixture(scope="module")
def demo_engine(sqlite_template, tmp_path_factory) -> Iterator[Engine]:
    target = tmp_path_factory.mktemp("demo-rules") / "demo.sqlite3"
    shutil.copy(sqlite_template, target)
    engine = make_engine(f"sqlite:///{target}")
    fill_demo(engine, DEMO_SUPERVISOR, students=STUDENTS, seed=15)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def trajectories(demo_engine) -> Trajectories:
    """Every student's year records, built in bulk the way services.trajectory builds one."""
    with demo_engine.connect() as connection:
        run = connection.exec_driver_sql
        schools = {
            row[0]: SchoolInfo(f"{row[1]}-{row[2]}", row[3], None, row[4], bool(row[5]), True)
            for row in run("SELECT id, codigo_modular, anexo, name, gestion, active FROM school")
        }
        results: dict[int, list[ResultLine]] = defaultdict(list)
        for enrollment_id, *line in run(
            "SELECT enrollment_id, area, kind, competencia, calificativo, position FROM result "
            "ORDER BY enrollment_id, position"
        ):
            results[enrollment_id].append(ResultLine(*line))
        notes: dict[int, list[str]] = defaultdict(list)
        for enrollment_id, year, resolucion, motivo in run(
            "SELECT enrollment_id, year, resolucion, motivo FROM observation ORDER BY id"
        ):
            notes[enrollment_id].append(f"{year} - {resolucion} - {motivo}")
        grouped: dict[int, list[YearRecord]] = defaultdict(list)
        for row in run(
            "SELECT id, student_id, year, nivel, grado, seccion, situacion_final, acta_estado, "
            "scale, unit, school_id FROM enrollment ORDER BY student_id, year, id"
        ):
            (eid, student, year, nivel, grado, seccion, final, acta, scale, unit, school) = row
            grouped[student].append(
                YearRecord(
                    eid,
                    year,
                    Nivel(nivel),
                    grado,
                    seccion,
                    final,
                    acta,
                    scale,
                    unit,
                    schools[school],
                    tuple(results[eid]),
                    tuple(notes[eid]),
                )
            )
    return {student: tuple(records) for student, records in grouped.items()}


def test_every_record_obeys_the_rules(trajectories):
    offending = []
    for student, records in trajectories.items():
        offending.extend((student, b) for b in trajectory_breaks(records, CURRENT_YEAR))
    if offending:
        counts = Counter(b.rule for _, b in offending)
        shown = "\n".join(f"estudiante {s}: {b}" for s, b in offending[:SHOWN])
        pytest.fail(f"{len(offending)} reglas incumplidas {dict(counts)}:\n{shown}")


def test_the_scan_saw_every_kind_of_rule(trajectories):
    """The data reaches every decision each basis of promotion_rules allows, the 2020 RR of
    5.° de secundaria, blanks, EXO and both observaciones: a scan of less proves less."""
    decisions: Counter = Counter()
    notes: Counter = Counter()
    blanks = exo = rr_2020 = 0
    for records in trajectories.values():
        for record in records:
            outcome = outcome_of(record.situacion_final)
            if record.year < CURRENT_YEAR and record.results:
                basis = promotion_rule(record.year, record.nivel, record.grado).basis
                decisions[basis.value, outcome.value] += 1
            rr_2020 += record.year == 2020 and outcome is Outcome.RECOVERY
            values = [line.calificativo for line in record.results]
            blanks += values.count("")
            exo += values.count("EXO")
            for note in record.observations:
                notes.update(motivo_kinds(note))
    expected = {
        ("NONE", "PROMOTED"),
        ("NONE", "RECOVERY"),
        ("NO_FAILING", "PROMOTED"),
        ("NO_FAILING", "RECOVERY"),
        ("NO_FAILING", "REPEAT"),
        ("FAILED_AREAS", "PROMOTED"),
        ("FAILED_AREAS", "RECOVERY"),
        ("FAILED_AREAS", "REPEAT"),
        ("COMPETENCIAS", "PROMOTED"),
        ("COMPETENCIAS", "RECOVERY"),
        ("COMPETENCIAS", "REPEAT"),
    }
    assert expected <= set(decisions), sorted(decisions.items())
    assert rr_2020 and blanks and exo
    assert notes[EXONERATION] and notes[CONVALIDATION]


def test_every_identity_has_the_shapes_of_facts_toml(demo_engine):
    """The document and SIAGIE code printed on a constancia, read as the importer reads them."""
    offending = []
    with demo_engine.connect() as connection:
        for student, kind, number, code in connection.exec_driver_sql(
            "SELECT id, document_type, document_number, codigo_estudiante FROM student"
        ):
            try:
                parsed = parse_document(kind, number)
            except ValueError as error:
                offending.append(f"estudiante {student}: {kind} {number}: {error}")
                continue
            if parsed.number != number or not is_siagie_code(code or ""):
                offending.append(f"estudiante {student}: {kind} {number}, código {code}")
    assert offending == [], "\n".join(offending[:SHOWN])
