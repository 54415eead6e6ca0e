"""The trajectory use case: a student's enrollments, results and observaciones, with the
problems a clerk must see."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlmodel import Session

from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.domain.search_query import QueryKind, parse_query
from cla_desktop.domain.trajectory import (
    ResultLine,
    SchoolInfo,
    StudentSummary,
    Trajectory,
    YearRecord,
)
from cla_desktop.domain.trajectory_problems import detect_problems
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.store.models import Enrollment, Observation, Office, Result, School, Student

CURRENT_YEAR = date.today().year


class StudentNotFound(LookupError):
    """No student has that document or code (the message is for the clerk)."""


def find_student_id(session: Session, actor: Actor, document_or_code: str) -> int:
    """Exact lookup by DNI, carné/pasaporte number or SIAGIE code."""
    actor.require(Role.OPERADOR)
    parsed = parse_query(document_or_code)
    if parsed.kind is QueryKind.SIAGIE_CODE:
        column = Student.codigo_estudiante
    elif parsed.kind in (QueryKind.DNI, QueryKind.DOCUMENT):
        column = Student.document_number
    else:
        raise StudentNotFound(
            "Escriba un DNI (8 dígitos), un número de carné o pasaporte, o un código de "
            "estudiante SIAGIE (14 dígitos)."
        )
    found = (
        session.execute(select(Student.id).where(column.in_(parsed.lookup_values))).scalars().all()
    )
    if not found:
        raise StudentNotFound(f"No hay ningún estudiante con el documento o código {parsed.value}.")
    return found[0]


def load_trajectory(
    session: Session, actor: Actor, student_id: int, *, current_year: int = CURRENT_YEAR
) -> Trajectory:
    """A clerk looks at a student's record: allowed to operadores, and audited."""
    actor.require(Role.OPERADOR)
    trajectory = read_trajectory(session, student_id, current_year=current_year)
    student = trajectory.student
    record(
        session,
        actor,
        AuditAction.TRAJECTORY_VIEWED,
        subject=student.document_number or student.codigo_estudiante,
        detail={"estudiante_id": student_id},
    )
    return trajectory


def read_trajectory(
    session: Session, student_id: int, *, current_year: int = CURRENT_YEAR
) -> Trajectory:
    """The same data for use cases that check roles and audit on their own (issuance)."""
    student = session.get(Student, student_id)
    if student is None:
        raise StudentNotFound("El estudiante ya no existe en la base de datos.")
    summary = StudentSummary(
        student_id=student.id,
        document_type=student.document_type,
        document_number=student.document_number,
        codigo_estudiante=student.codigo_estudiante,
        apellido_paterno=student.apellido_paterno,
        apellido_materno=student.apellido_materno,
        nombres=student.nombres,
        sexo=student.sexo,
        fecha_nacimiento=student.fecha_nacimiento,
    )
    rows = session.execute(
        select(Enrollment, School, Office.name)
        .join(School, School.id == Enrollment.school_id)
        .outerjoin(Office, Office.code == School.ugel_code)
        .where(Enrollment.student_id == student_id)
        .order_by(Enrollment.year, Enrollment.id)
    ).all()
    ids = [enrollment.id for enrollment, _school, _ugel in rows]
    results: dict[int, list[ResultLine]] = defaultdict(list)
    observations: dict[int, list[str]] = defaultdict(list)
    if ids:
        for result in session.execute(
            select(Result).where(Result.enrollment_id.in_(ids)).order_by(Result.position)
        ).scalars():
            results[result.enrollment_id].append(
                ResultLine(
                    result.area,
                    result.kind,
                    result.competencia,
                    result.calificativo,
                    result.position,
                )
            )
        for note in session.execute(
            select(Observation).where(Observation.enrollment_id.in_(ids)).order_by(Observation.id)
        ).scalars():
            observations[note.enrollment_id].append(
                f"{note.year} - {note.resolucion} - {note.motivo}"
            )
    records = tuple(
        YearRecord(
            enrollment_id=enrollment.id,
            year=enrollment.year,
            nivel=Nivel(enrollment.nivel),
            grado=enrollment.grado,
            seccion=enrollment.seccion,
            situacion_final=enrollment.situacion_final,
            acta_estado=enrollment.acta_estado,
            scale=enrollment.scale,
            unit=enrollment.unit,
            school=SchoolInfo(
                codigo_modular=f"{school.codigo_modular}-{school.anexo}",
                name=school.name,
                ugel=ugel_name,
                gestion=school.gestion,
                active=school.active,
                synthetic=school.synthetic,
            ),
            results=tuple(results[enrollment.id]),
            observations=tuple(observations[enrollment.id]),
        )
        for enrollment, school, ugel_name in rows
    )
    problems = detect_problems(summary, records, current_year)
    return Trajectory(summary, records, current_year, problems)
