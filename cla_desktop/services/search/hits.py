"""Details of one page of ranked students: identity, last school year, duplicate hints.

Two queries per page whatever its size (identity with the last enrollment, then duplicates),
because at the counter the round trips, not the rows, are what the clerk waits for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Date, bindparam, text
from sqlmodel import Session

from cla_desktop.services.search.duplicates import find_duplicates
from cla_desktop.services.search.matching import MatchKind
from cla_desktop.services.search.ranking import RankedId


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
    match_kind: MatchKind = MatchKind.EXACT
    unmatched: str | None = None  # a partial match: the typed word this name lacks


_PAGE = (
    text(
        "SELECT s.id, s.document_type, s.document_number, s.codigo_estudiante, s.sexo,"
        " s.apellido_paterno, s.apellido_materno, s.nombres, s.fecha_nacimiento, s.name_key,"
        " le.year AS last_year, sc.codigo_modular, sc.anexo, sc.name AS school_name"
        " FROM student s"
        " LEFT JOIN enrollment le ON le.id = (SELECT e.id FROM enrollment e"
        "   WHERE e.student_id = s.id ORDER BY e.year DESC, e.id DESC LIMIT 1)"
        " LEFT JOIN school sc ON sc.id = le.school_id"
        " WHERE s.id IN :ids"
    )
    .bindparams(bindparam("ids", expanding=True))
    .columns(fecha_nacimiento=Date)
)


def load_hits(session: Session, ranked: tuple[RankedId, ...] | list[RankedId]) -> list[StudentHit]:
    """Details for one page of ranked ids, in the same order."""
    if not ranked:
        return []
    rows = {row.id: row for row in session.execute(_PAGE, {"ids": [r.student_id for r in ranked]})}
    duplicates = find_duplicates(session, list(rows.values()))
    hits = []
    for item in ranked:
        row = rows.get(item.student_id)
        if row is None:  # deleted since the search ran
            continue
        school = None
        if row.last_year is not None:
            school = f"{row.codigo_modular}-{row.anexo} {row.school_name}"
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
                last_year=row.last_year,
                last_school=school,
                possible_duplicate_of=duplicates.get(row.id, ()),
                match_kind=item.kind,
                unmatched=item.unmatched,
            )
        )
    return hits
