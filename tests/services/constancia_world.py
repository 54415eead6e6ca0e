"""Students with trajectories fit for constancias, shared by the constancia tests."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from cla_desktop.services.actor import SYSTEM
from cla_desktop.services.students import add_student
from tests.services.people import enroll, school

NOW = datetime(2026, 11, 28, 15, 35, tzinfo=UTC)  # 10:35 in Lima


def adult_with_secundaria(session: Session) -> int:
    """Born 2005: secundaria 2018-2022, mixing 0-20 (2018-19), per área and per competencia."""
    student = add_student(
        session,
        SYSTEM,
        apellido_paterno="Ñahui",
        apellido_materno="Huamán",
        nombres="José Ángel",
        document_number="47112233",
        fecha_nacimiento=datetime(2005, 4, 9).date(),
    ).id
    sec = school(session, "SECUNDARIA")
    enroll(
        session,
        student,
        2018,
        "SECUNDARIA",
        1,
        school_id=sec.id,
        results=(("Matemática", "15"), ("Comunicación", "12"), ("Educación Religiosa", "EXO")),
    )
    enroll(
        session,
        student,
        2019,
        "SECUNDARIA",
        2,
        school_id=sec.id,
        results=(("Matemática", "14"), ("Comunicación", "11")),
    )
    for year, grado in ((2020, 3), (2021, 4), (2022, 5)):
        enroll(
            session,
            student,
            year,
            "SECUNDARIA",
            grado,
            school_id=sec.id,
            situacion="PROMOVIDO" if year == 2022 else "PROMOCIÓN GUIADA",
            results=(("Matemática", "A"), ("Ciencia y Tecnología", "AD")),
        )
    session.commit()
    return student


def minor_with_primaria(session: Session) -> int:
    student = add_student(
        session,
        SYSTEM,
        apellido_paterno="Quispe",
        apellido_materno="Mamani",
        nombres="Illari",
        document_number="77889900",
        fecha_nacimiento=datetime(2014, 6, 1).date(),
    ).id
    prim = school(session, "PRIMARIA")
    for year, grado in ((2020, 1), (2021, 2), (2022, 3)):
        enroll(
            session,
            student,
            year,
            "PRIMARIA",
            grado,
            school_id=prim.id,
            results=(("Matemática", "A"), ("Personal Social", "B")),
        )
    session.commit()
    return student


def student_in_fourth_grade(session: Session) -> int:
    """Secundaria from 2022: 2.° left in 2023 (RETIRADO, no grades) and taken again in 2024,
    3.° in 2025, 4.° in progress in 2026 (no acta, no situación final)."""
    student = add_student(
        session,
        SYSTEM,
        apellido_paterno="Condori",
        apellido_materno="Apaza",
        nombres="Rut Noemí",
        document_number="70112233",
        fecha_nacimiento=datetime(2008, 3, 2).date(),
    ).id
    sec = school(session, "SECUNDARIA").id
    enroll(session, student, 2022, "SECUNDARIA", 1, school_id=sec, situacion="PROMOVIDO")
    enroll(session, student, 2023, "SECUNDARIA", 2, school_id=sec, situacion="RETIRADO", results=())
    enroll(session, student, 2024, "SECUNDARIA", 2, school_id=sec, situacion="PROMOVIDO")
    enroll(session, student, 2025, "SECUNDARIA", 3, school_id=sec, situacion="PROMOVIDO")
    enroll(session, student, 2026, "SECUNDARIA", 4, school_id=sec, situacion=None, acta=None)
    session.commit()
    return student
