"""The "posible duplicado" hint: other records that look like the same person."""

from __future__ import annotations

from rapidfuzz import fuzz
from sqlalchemy import bindparam, or_, select
from sqlmodel import Session

from cla_desktop.store.models import Student

DUPLICATE_SIMILARITY = 90  # rapidfuzz token_sort_ratio over folded name keys


def find_duplicates(session: Session, students: list) -> dict[int, tuple[int, ...]]:
    """Same birth date and very similar names, or the same names where one of the two records
    has no document.  `students` are rows with id, name_key, fecha_nacimiento, document_number.
    """
    if not students:
        return {}
    births = sorted({s.fecha_nacimiento for s in students if s.fecha_nacimiento})
    keys = sorted({s.name_key for s in students})
    condition = Student.name_key.in_(bindparam("keys", expanding=True))
    params: dict = {"keys": keys}
    if births:
        condition = or_(
            condition, Student.fecha_nacimiento.in_(bindparam("births", expanding=True))
        )
        params["births"] = births
    others = session.execute(
        select(
            Student.id, Student.name_key, Student.fecha_nacimiento, Student.document_number
        ).where(condition),
        params,
    ).all()
    found: dict[int, tuple[int, ...]] = {}
    for student in students:
        matches = [
            other.id for other in others if other.id != student.id and _alike(student, other)
        ]
        if matches:
            found[student.id] = tuple(sorted(matches))
    return found


def _alike(one, other) -> bool:
    same_birth = one.fecha_nacimiento is not None and str(other.fecha_nacimiento) == str(
        one.fecha_nacimiento
    )
    if same_birth and fuzz.token_sort_ratio(one.name_key, other.name_key) >= DUPLICATE_SIMILARITY:
        return True
    lacks_document = one.document_number is None or other.document_number is None
    return lacks_document and one.name_key == other.name_key
