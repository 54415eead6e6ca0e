"""Store behaviour shared by SQLite and PostgreSQL: constraints, cascades, text results."""

from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from cla_desktop.domain.names import search_key
from cla_desktop.store.database import session_scope
from cla_desktop.store.models import Enrollment, Result, School, Student


def _student(**overrides) -> Student:
    values = dict(
        document_type="DNI",
        document_number="45678912",
        codigo_estudiante="20100000000001",
        apellido_paterno="NÚÑEZ",
        apellido_materno="DE LA CRUZ",
        nombres="MARÍA DE LOS ÁNGELES",
        sexo="F",
        fecha_nacimiento=date(2010, 5, 3),
        name_key=search_key("NÚÑEZ", "DE LA CRUZ", "MARÍA DE LOS ÁNGELES"),
    )
    values.update(overrides)
    return Student(**values)


def test_student_round_trip_keeps_accents_and_dates(engine):
    with session_scope(engine) as session:
        session.add(_student())
    with Session(engine) as session:
        student = session.exec(select(Student)).one()
        assert student.apellido_paterno == "NÚÑEZ"
        assert student.fecha_nacimiento == date(2010, 5, 3)
        assert student.name_key == "NUNEZ CRUZ MARIA ANGELES"


def test_document_is_unique_but_many_students_may_lack_one(engine):
    with session_scope(engine) as session:
        session.add(_student())
        session.add(
            _student(
                document_type="NINGUNO", document_number=None, codigo_estudiante="20100000000002"
            )
        )
        session.add(
            _student(
                document_type="NINGUNO", document_number=None, codigo_estudiante="20100000000003"
            )
        )
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.add(_student(codigo_estudiante="20100000000009"))


def test_foreign_keys_are_enforced_and_results_cascade(engine):
    with session_scope(engine) as session:
        school = session.exec(select(School).where(School.nivel == "PRIMARIA")).first()
        student = _student()
        session.add(student)
        session.flush()
        enrollment = Enrollment(
            student_id=student.id,
            year=2019,
            school_id=school.id,
            nivel="PRIMARIA",
            grado=3,
            situacion_final="APROBADO",
            acta_estado="APROBADA",
            scale="LITERAL",
            unit="AREA",
        )
        session.add(enrollment)
        session.flush()
        session.add(
            Result(enrollment_id=enrollment.id, area="Matemática", kind="AREA", calificativo="AD")
        )
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.add(
            Enrollment(
                student_id=999_999, year=2019, school_id=school.id, nivel="PRIMARIA", grado=3
            )
        )
    with session_scope(engine) as session:
        session.delete(session.get(Student, student.id))
    with Session(engine) as session:
        assert session.exec(select(Result)).all() == []
        assert session.exec(select(Enrollment)).all() == []


def test_a_failed_transaction_leaves_nothing(engine):
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.add(_student(codigo_estudiante="20100000000011", document_number="11111111"))
        session.flush()
        session.add(_student(codigo_estudiante="20100000000011", document_number="22222222"))
    with Session(engine) as session:
        assert session.exec(select(Student)).all() == []
