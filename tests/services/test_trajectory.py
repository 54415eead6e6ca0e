"""The trajectory service and the problems it explains, on both backends."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.trajectory import StudentNotFound, find_student_id, load_trajectory
from cla_desktop.store.models import Observation, School
from tests.services.people import add_cast, enroll, school

CLERK = Actor("ana", Role.OPERADOR)


@pytest.fixture
def world(engine):
    with Session(engine) as session:
        yield session, add_cast(session)


def _codes(trajectory):
    return [p.code for p in trajectory.problems]


def test_clean_trajectory_grouped_by_nivel(world):
    session, ids = world
    prim, sec = school(session, "PRIMARIA"), school(session, "SECUNDARIA")
    student = ids["rosa"]  # born 2005: primaria 2011-2016, secundaria 2017-2021
    for grado, year in zip(range(3, 7), range(2013, 2017), strict=True):
        enroll(session, student, year, "PRIMARIA", grado, school_id=prim.id)
    for grado, year in zip(range(1, 6), range(2017, 2022), strict=True):
        enroll(session, student, year, "SECUNDARIA", grado, school_id=sec.id)
    session.add(
        Observation(
            enrollment_id=enroll(session, student, 2012, "PRIMARIA", 2, school_id=prim.id).id,
            year=2012,
            resolucion="R.D. N.° 0123-2012",
            motivo="CONVALIDACIÓN",
        )
    )
    session.commit()
    trajectory = load_trajectory(session, CLERK, student, current_year=2026)
    grouped = trajectory.by_nivel()
    assert list(grouped) == [Nivel.PRIMARIA, Nivel.SECUNDARIA]
    assert [r.year for r in grouped[Nivel.PRIMARIA]] == [2013, 2014, 2015, 2016]
    first = grouped[Nivel.PRIMARIA][0]
    assert first.grado_label == "3.°"
    assert first.school.codigo_modular == f"{prim.codigo_modular}-{prim.anexo}"
    assert first.school.ugel == "UGEL URUBAMBA"
    assert [(r.area, r.calificativo) for r in first.results] == [
        ("Matemática", "A"),
        ("Comunicación", "B"),
    ]
    assert [r.year for r in trajectory.before_coverage] == [2012]
    assert trajectory.before_coverage[0].observations == (
        "2012 - R.D. N.° 0123-2012 - CONVALIDACIÓN",
    )
    assert _codes(trajectory) == ["antes-2013"]


def test_every_problem_is_explained(world):
    session, ids = world
    prim = school(session, "PRIMARIA")
    other = school(session, "PRIMARIA", 1)
    closed = school(session, "PRIMARIA", 2)
    closed_row = session.get(School, closed.id)
    closed_row.active = False
    student = ids["jhon"]  # born 2011, CE: no DNI
    enroll(session, student, 2017, "PRIMARIA", 1, school_id=prim.id)
    enroll(
        session, student, 2018, "PRIMARIA", 2, school_id=prim.id, situacion="TRASLADADO", results=()
    )
    enroll(session, student, 2018, "PRIMARIA", 2, school_id=other.id, acta="EN_RECTIFICACION")
    # 2019 missing: a gap
    enroll(session, student, 2020, "PRIMARIA", 2, school_id=closed.id, results=(("Arte", "-"),))
    enroll(session, student, 2021, "PRIMARIA", 3, school_id=prim.id, results=())
    session.commit()
    trajectory = load_trajectory(session, CLERK, student, current_year=2026)
    codes = _codes(trajectory)
    for expected in (
        "sin-dni",
        "anio-sin-matricula",
        "traslado",
        "grado-repetido",
        "acta-rectificacion",
        "ie-cerrada",
        "notas-faltantes",
    ):
        assert expected in codes, expected
    gap = next(p for p in trajectory.problems if p.code == "anio-sin-matricula")
    assert gap.years == (2019,) and "2019" in gap.message
    rectification = next(p for p in trajectory.problems if p.code == "acta-rectificacion")
    assert rectification.blocks_constancia and rectification.category == "acta-rectificacion"
    assert rectification.codigo_modular == f"{other.codigo_modular}-{other.anexo}"
    missing = [p.years for p in trajectory.problems if p.code == "notas-faltantes"]
    assert missing == [(2020,), (2021,)]  # TRASLADADO in 2018 expects no results
    assert all(p.message[0].isupper() and p.message.endswith(".") for p in trajectory.problems)


def test_age_grade_mismatch_and_no_enrollment(world):
    session, ids = world
    prim = school(session, "PRIMARIA")
    enroll(session, ids["pedro"], 2016, "PRIMARIA", 1, school_id=prim.id)  # 9 years old
    session.commit()
    trajectory = load_trajectory(session, CLERK, ids["pedro"], current_year=2026)
    (age,) = [p for p in trajectory.problems if p.code == "edad-grado"]
    assert "tenía 9 años; lo esperado son 6" in age.message
    empty = load_trajectory(session, CLERK, ids["maria"], current_year=2026)
    (problem,) = empty.problems
    assert problem.code == "sin-matricula" and problem.blocks_constancia


def test_find_student_by_document_or_code(world):
    session, ids = world
    assert find_student_id(session, CLERK, "45678901") == ids["maria"]
    assert find_student_id(session, CLERK, "20100000000005") == ids["angeles"]
    assert find_student_id(session, CLERK, "001234567") == ids["jhon"]
    with pytest.raises(StudentNotFound, match="No hay ningún estudiante"):
        find_student_id(session, CLERK, "11111111")
    with pytest.raises(StudentNotFound, match="Escriba un DNI"):
        find_student_id(session, CLERK, "quispe")


def test_demo_trajectory_current_year_in_progress(engine):
    from cla_desktop.services.actor import DEMO_SUPERVISOR
    from cla_desktop.services.demo.generator import fill_demo

    fill_demo(engine, DEMO_SUPERVISOR, students=60, seed=5)
    with Session(engine) as session:
        for student_id in range(1, 61):
            trajectory = load_trajectory(session, CLERK, student_id, current_year=2026)
            for record in trajectory.records:
                if record.year == 2026:
                    assert record.situacion_final is None and record.results == ()
            assert "notas-faltantes" not in [p.code for p in trajectory.problems if 2026 in p.years]
