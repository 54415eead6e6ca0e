"""Enrollment rules both the nómina and the acta apply: the key, the stored scale columns and
what counts as a conflict with an enrollment already recorded."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cla_desktop.domain.curricula import curriculum_for
from cla_desktop.domain.grading import scale_for
from cla_desktop.domain.levels import Nivel
from cla_desktop.services.imports.sql import Sql

ENROLLMENT_INSERT = (
    "student_id",
    "year",
    "school_id",
    "nivel",
    "grado",
    "seccion",
    "situacion_final",
    "acta_estado",
    "scale",
    "unit",
    "curriculum",
)


@dataclass
class KnownEnrollment:
    id: int
    school_id: int
    nivel: str
    grado: int
    seccion: str | None
    situacion_final: str | None
    acta_estado: str | None


class EnrollmentBook:
    """The enrollments of a batch's students, read in one query, updated as rows are written."""

    def __init__(self, sql: Sql) -> None:
        self.sql = sql
        self.by_student_year: dict[tuple[int, int], list[KnownEnrollment]] = {}

    def load(self, student_years: list[tuple[int, int]]) -> None:
        self.by_student_year = {key: [] for key in student_years}
        rows = self.sql.select_in(
            "SELECT student_id, year, id, school_id, nivel, grado, seccion, situacion_final, "
            "acta_estado FROM enrollment WHERE student_id IN ({marks})",
            [student for student, _ in student_years],
        )
        for student_id, year, *rest in rows:
            bucket = self.by_student_year.get((student_id, year))
            if bucket is not None:
                bucket.append(KnownEnrollment(*rest))

    def find(self, student_id: int, year: int, school_id: int) -> KnownEnrollment | None:
        for known in self.by_student_year.get((student_id, year), ()):
            if known.school_id == school_id:
                return known
        return None

    def conflict(self, student_id: int, year: int, nivel: Nivel, grado: int) -> str | None:
        """A Spanish reason when the student already has that year in another grado."""
        for known in self.by_student_year.get((student_id, year), ()):
            if known.nivel != nivel.value or known.grado != grado:
                shown = Nivel(known.nivel).grado_label(known.grado)
                return (
                    f"Matrícula en conflicto: en {year} el estudiante ya figura en "
                    f"{shown} de {Nivel(known.nivel).label.lower()}; un estudiante no cursa "
                    "dos grados el mismo año. Corrija el archivo o registre una consulta."
                )
        return None

    def check(
        self, student_id: int, year: int, nivel: Nivel, grado: int, school_id: int
    ) -> tuple[KnownEnrollment | None, str | None]:
        """(the enrollment at that school, or None; the conflict reason, or None)."""
        return (
            self.find(student_id, year, school_id),
            self.conflict(student_id, year, nivel, grado),
        )

    def add(self, student_id: int, year: int, known: KnownEnrollment) -> None:
        self.by_student_year.setdefault((student_id, year), []).append(known)

    def insert(self, rows: list[tuple]) -> list[int]:
        """Insert (ENROLLMENT_INSERT order, one executemany) and return the new ids, in order:
        read back by (student, year, school), which no other transaction can add meanwhile."""
        if not rows:
            return []
        self.sql.insert("enrollment", ENROLLMENT_INSERT, rows)
        found = {
            (student_id, year, school_id): enrollment_id
            for enrollment_id, student_id, year, school_id in self.sql.select_in(
                "SELECT id, student_id, year, school_id FROM enrollment "
                "WHERE student_id IN ({marks})",
                [row[0] for row in rows],
            )
        }
        return [found[(row[0], row[1], row[2])] for row in rows]


@cache
def stored_columns(year: int, nivel: Nivel, grado: int) -> tuple[str, str, str, str]:
    """(nivel, scale, unit, curriculum) as the enrollment table stores them."""
    rule = scale_for(year, nivel, grado)
    return nivel.value, rule.scale.value, rule.unit.value, curriculum_for(year, nivel).value
