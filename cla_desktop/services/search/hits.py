"""Details of one page of ranked students: identity, last school year, duplicate hints."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, select, text
from sqlmodel import Session

from cla_desktop.services.search.duplicates import find_duplicates
from cla_desktop.services.search.ranking import RankedId
from cla_desktop.store.models import Student


@dataclass(frozen=True)
class StudentHit:
    student_id: int
    document_type: str
    document_number: str | None
    codigo_estudiante: str | None
    apellido_paterno: str
    apellido_materno: str
    nombres: str
    fecha_nacimiento: date | None
    score: float
    last_year: int | None
    last_school: str | None  # "0474494-0 NOMBRE DE LA IE"
    possible_duplicate_of: tuple[int, ...]


def load_hits(session: Session, ranked: tuple[RankedId, ...] | list[RankedId]) -> list[StudentHit]:
    """Details for one page of ranked ids, in the same order."""
    if not ranked:
        return []
    ids = [r.student_id for r in ranked]
    statement = select(
        Student.id,
        Student.document_type,
        Student.document_number,
        Student.codigo_estudiante,
        Student.apellido_paterno,
        Student.apellido_materno,
        Student.nombres,
        Student.fecha_nacimiento,
        Student.name_key,
    ).where(Student.id.in_(ids))
    students = {row.id: row for row in session.execute(statement)}
    last = _last_enrollments(session, ids)
    duplicates = find_duplicates(session, list(students.values()))
    hits = []
    for item in ranked:
        row = students.get(item.student_id)
        if row is None:  # deleted since the search ran
            continue
        year, school = last.get(row.id, (None, None))
        hits.append(
            StudentHit(
                student_id=row.id,
                document_type=row.document_type,
                document_number=row.document_number,
                codigo_estudiante=row.codigo_estudiante,
                apellido_paterno=row.apellido_paterno,
                apellido_materno=row.apellido_materno,
                nombres=row.nombres,
                fecha_nacimiento=row.fecha_nacimiento,
                score=item.score,
                last_year=year,
                last_school=school,
                possible_duplicate_of=duplicates.get(row.id, ()),
            )
        )
    return hits


def _last_enrollments(session: Session, ids: list[int]) -> dict[int, tuple[int, str]]:
    statement = text(
        "SELECT e.student_id, e.year, s.codigo_modular, s.anexo, s.name FROM enrollment e"
        " JOIN school s ON s.id = e.school_id"
        " WHERE e.student_id IN :ids ORDER BY e.student_id, e.year, e.id"
    ).bindparams(bindparam("ids", expanding=True))
    rows = session.execute(statement, {"ids": ids})
    last: dict[int, tuple[int, str]] = {}
    for student_id, year, codigo, anexo, name in rows:
        last[student_id] = (year, f"{codigo}-{anexo} {name}")
    return last
