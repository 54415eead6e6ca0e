"""A small cast of students with real Peruvian spellings, shared by search and trajectory tests."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from cla_desktop.services.actor import SYSTEM
from cla_desktop.services.students import add_student
from cla_desktop.store.models import Enrollment, Result, School

CAST = {
    "maria": dict(
        apellido_paterno="Quispe",
        apellido_materno="Huamán",
        nombres="María",
        document_number="45678901",
        codigo_estudiante="20100000000001",
        fecha_nacimiento=date(2010, 3, 14),
        sexo="F",
    ),
    "jose": dict(
        apellido_paterno="Núñez",
        apellido_materno="del Águila",
        nombres="José Luis",
        document_number="45678902",
        fecha_nacimiento=date(2008, 7, 1),
        sexo="M",
    ),
    "rosa": dict(
        apellido_paterno="De la Cruz",
        apellido_materno="Quispe",
        nombres="Rosa",
        document_number="45678903",
        fecha_nacimiento=date(2005, 1, 20),
        sexo="F",
    ),
    "jhon": dict(
        apellido_paterno="Del Castillo",
        apellido_materno="Ñahui",
        nombres="Jhon",
        document_type="CE",
        document_number="001234567",
        fecha_nacimiento=date(2011, 11, 2),
        sexo="M",
    ),
    "angeles": dict(
        apellido_paterno="Quispe",
        apellido_materno="Mamani",
        nombres="María de los Ángeles",
        document_type="NINGUNO",
        codigo_estudiante="20100000000005",
        fecha_nacimiento=date(2012, 5, 5),
        sexo="F",
    ),
    "maria_twin": dict(
        apellido_paterno="QUISPE",
        apellido_materno="HUAMAN",
        nombres="MARIA",
        document_type="NINGUNO",
        codigo_estudiante="20100000000006",
        fecha_nacimiento=date(2010, 3, 14),
        sexo="F",
    ),
    "mariahuamani": dict(
        apellido_paterno="Huamaní",
        apellido_materno="Rojas",
        nombres="María",
        document_number="45678907",
        fecha_nacimiento=date(2009, 9, 9),
        sexo="F",
    ),
    "pedro": dict(
        apellido_paterno="Chapoñán",
        apellido_materno="Sánchez",
        nombres="Pedro",
        document_number="45678908",
        fecha_nacimiento=date(2007, 2, 2),
        sexo="M",
    ),
}


def add_cast(session: Session) -> dict[str, int]:
    ids = {key: add_student(session, SYSTEM, **values).id for key, values in CAST.items()}
    session.commit()
    return ids


def school(session: Session, nivel: str, index: int = 0) -> School:
    return session.exec(
        select(School).where(School.nivel == nivel).order_by(School.id).offset(index)
    ).first()


def enroll(
    session: Session,
    student_id: int,
    year: int,
    nivel: str,
    grado: int,
    *,
    school_id: int,
    situacion: str | None = "APROBADO",
    acta: str | None = "APROBADA",
    results: tuple[tuple[str, str], ...] = (("Matemática", "A"), ("Comunicación", "B")),
) -> Enrollment:
    enrollment = Enrollment(
        student_id=student_id,
        year=year,
        school_id=school_id,
        nivel=nivel,
        grado=grado,
        situacion_final=situacion,
        acta_estado=acta,
        scale="LITERAL",
        unit="AREA",
        curriculum="DCN2009",
    )
    session.add(enrollment)
    session.flush()
    for position, (area, value) in enumerate(results):
        session.add(
            Result(
                enrollment_id=enrollment.id,
                area=area,
                kind="AREA",
                calificativo=value,
                position=position,
            )
        )
    session.flush()
    return enrollment
