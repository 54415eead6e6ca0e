"""Invariants of the demo generator, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import itertools
from collections import defaultdict
from datetime import date

import pytest
from sqlmodel import Session, select

from cla_desktop.domain.grading import Scale, is_valid_calificativo, scale_for
from cla_desktop.domain.levels import Nivel, expected_age, next_step
from cla_desktop.domain.roles import Role
from cla_desktop.domain.situacion_final import Outcome, outcome_of
from cla_desktop.services.actor import DEMO_SUPERVISOR, Actor
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.demo.generator import DEMO_OFFICE, fill_demo
from cla_desktop.services.demo.trajectory import CURRENT_YEAR, TRANSFERRED
from cla_desktop.services.settings_store import current_office
from cla_desktop.store.database import make_engine
from cla_desktop.store.models import Enrollment, Observation, Result, School, Student

STUDENTS = 400


@pytest.fixture
def demo(engine):
    summary = fill_demo(engine, DEMO_SUPERVISOR, students=STUDENTS, seed=7)
    with Session(engine) as session:
        yield summary, session


def _by_student(enrollments):
    grouped = defaultdict(list)
    for enrollment in sorted(enrollments, key=lambda e: (e.year, e.id)):
        grouped[enrollment.student_id].append(enrollment)
    return grouped


def test_counts_and_office(demo):
    summary, session = demo
    assert summary.students == STUDENTS
    assert len(session.exec(select(Student)).all()) == STUDENTS
    assert summary.enrollments > STUDENTS * 4 and summary.results > summary.enrollments * 5
    assert current_office(session).code == DEMO_OFFICE


def test_real_and_synthetic_schools_are_both_used_and_marked(demo):
    _, session = demo
    synthetic = session.exec(select(School).where(School.synthetic == True)).all()  # noqa: E712
    assert synthetic and all("(SINTÉTICA)" in s.name for s in synthetic)
    assert all(s.codigo_modular.startswith("99") and s.ugel_code for s in synthetic)
    used = {e.school_id for e in session.exec(select(Enrollment))}
    real_ids = {s.id for s in session.exec(select(School).where(School.synthetic == False))}  # noqa: E712
    assert used & real_ids and used & {s.id for s in synthetic}


def test_identities_come_from_the_curated_lists(demo):
    _, session = demo
    students = session.exec(select(Student)).all()
    kinds = {s.document_type for s in students}
    assert {"DNI", "NINGUNO", "CE"} <= kinds
    dni_share = sum(s.document_type == "DNI" for s in students) / len(students)
    assert 0.85 < dni_share < 0.97
    assert all(len(s.codigo_estudiante) == 14 for s in students)
    assert any("Ñ" in s.apellido_paterno + s.apellido_materno for s in students)
    assert any(" " in s.nombres for s in students)


def test_one_grade_per_year_unless_transferred(demo):
    _, session = demo
    for enrollments in _by_student(session.exec(select(Enrollment))).values():
        per_year = defaultdict(list)
        for enrollment in enrollments:
            per_year[enrollment.year].append(enrollment)
        for same_year in per_year.values():
            if len(same_year) == 1:
                continue
            first, second = same_year
            assert len(same_year) == 2
            assert first.situacion_final == TRANSFERRED
            assert (first.nivel, first.grado) == (second.nivel, second.grado)
            assert first.school_id != second.school_id


def test_progression_follows_situacion_final_and_age(demo):
    _, session = demo
    births = {s.id: s.fecha_nacimiento for s in session.exec(select(Student))}
    checked = 0
    for student_id, enrollments in _by_student(session.exec(select(Enrollment))).items():
        yearly = [e for e in enrollments if e.situacion_final != TRANSFERRED]
        for previous, current in itertools.pairwise(yearly):
            assert current.year > previous.year
            before = (Nivel(previous.nivel), previous.grado)
            after = (Nivel(current.nivel), current.grado)
            outcome = outcome_of(previous.situacion_final)
            if outcome is Outcome.PROMOTED:
                assert after == next_step(*before)
            elif outcome in (Outcome.REPEAT, Outcome.LEFT):
                assert after == before
            else:
                assert outcome is Outcome.RECOVERY and after in (before, next_step(*before))
            checked += 1
        for enrollment in yearly:
            born: date = births[student_id]
            delay = (
                enrollment.year
                - born.year
                - expected_age(Nivel(enrollment.nivel), enrollment.grado)
            )
            assert 0 <= delay <= 5
    assert checked > STUDENTS


def test_scale_results_and_current_year_are_consistent(demo):
    _, session = demo
    results = defaultdict(list)
    for result in session.exec(select(Result)):
        results[result.enrollment_id].append(result)
    seen_exo = seen_literal = seen_vigesimal = False
    for enrollment in session.exec(select(Enrollment)):
        rule = scale_for(enrollment.year, Nivel(enrollment.nivel), enrollment.grado)
        assert (enrollment.scale, enrollment.unit) == (rule.scale.value, rule.unit.value)
        rows = results[enrollment.id]
        if enrollment.year == CURRENT_YEAR:
            assert enrollment.situacion_final is None and enrollment.acta_estado is None
            assert rows == []
            continue
        assert enrollment.situacion_final and enrollment.acta_estado
        for row in rows:
            assert is_valid_calificativo(row.calificativo, Scale(enrollment.scale))
            if row.kind == "AREA":
                assert (row.competencia is not None) == (enrollment.unit == "COMPETENCIA")
            seen_exo |= row.calificativo == "EXO"
        if rows and enrollment.scale == "VIGESIMAL":
            seen_vigesimal = True
            numbers = [int(r.calificativo) for r in rows if r.calificativo.isdigit()]
            if outcome_of(enrollment.situacion_final) is Outcome.PROMOTED:
                assert min(numbers) >= 11
            if outcome_of(enrollment.situacion_final) is Outcome.REPEAT:
                assert sum(n < 11 for n in numbers) >= 4
        seen_literal |= bool(rows) and enrollment.scale == "LITERAL"
    assert seen_exo and seen_literal and seen_vigesimal


def test_rectifications_and_observaciones_exist(demo):
    _, session = demo
    states = {e.acta_estado for e in session.exec(select(Enrollment))}
    assert {"APROBADA", "EN_RECTIFICACION", None} <= states
    observations = session.exec(select(Observation)).all()
    assert observations and all(o.resolucion.startswith("R.D.") for o in observations)


def test_the_demo_needs_a_supervisor(engine):
    with pytest.raises(PermissionError):
        fill_demo(engine, Actor("ana", Role.OPERADOR), students=1)


def _fingerprint(url: str) -> str:
    engine = make_engine(url)
    digest = hashlib.sha256()
    with engine.connect() as connection:
        for table in ("student", "enrollment", "result", "observation"):
            for row in connection.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id"):
                digest.update(repr(tuple(row)).encode())
    engine.dispose()
    return digest.hexdigest()


def test_same_seed_same_dataset(tmp_path):
    prints = []
    for name in ("a", "b"):
        url = f"sqlite:///{tmp_path / name}.sqlite3"
        opened = open_database(url)
        fill_demo(opened.engine, DEMO_SUPERVISOR, students=150, seed=11)
        opened.engine.dispose()
        prints.append(_fingerprint(url))
    assert prints[0] == prints[1]
