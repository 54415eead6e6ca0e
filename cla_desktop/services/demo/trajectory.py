"""One demo student's school years: enrollments, results and observaciones as plain row tuples.

Consistent by construction with the rules a constancia prints (domain/record_rules.py checks
them): one grade per year except a mid-year transfer (two schools, the first one TRASLADADO);
only the decisions facts.toml allows for each grade-year, worded as SIAGIE did then, with grades
that support them; the next grade where the decision sends the student; the scale and
curriculum of each grade-year from the domain tables; observaciones only in a nivel that can
hold them; and the current school year (2026) still in progress.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat

from cla_desktop.domain.curricula import curriculum_for
from cla_desktop.domain.grading import scale_for
from cla_desktop.domain.levels import Nivel, next_step
from cla_desktop.domain.observation_motivos import (
    CONVALIDATION,
    EXONERATION,
    motivo_allowed,
    motivo_text,
)
from cla_desktop.domain.promotion import next_grades
from cla_desktop.domain.situacion_final import Outcome
from cla_desktop.services.demo.population import Identity
from cla_desktop.services.demo.results import grades_for, plan_for, taller_for
from cla_desktop.services.demo.schools import SchoolPools

FIRST_YEAR = 2013  # the constancia covers SIAGIE enrollments from 2013
CURRENT_YEAR = 2026  # in progress: enrolled, no final results yet
APPROVED = "APROBADA"
RECTIFICATION = "EN_RECTIFICACION"
TRANSFERRED = "TRASLADADO"
_SECTIONS = ("A", "A", "B", "B", "C", "D", "ÚNICA")
_FOREIGN_DOCUMENTS = ("CE", "PASAPORTE")  # studied abroad: convalidación on arrival


@cache
def grade_year_columns(year: int, nivel: Nivel, grado: int) -> tuple[str, str, str, str]:
    """(nivel, scale, unit, curriculum) as stored, computed once per grade-year."""
    rule = scale_for(year, nivel, grado)
    return nivel.value, rule.scale.value, rule.unit.value, curriculum_for(year, nivel).value


@dataclass
class _Student:
    """What one student's years share: who, whether exonerated from Educación Religiosa, and
    which observaciones are already written."""

    student_id: int
    person: Identity
    exonerated: bool
    first: bool = True  # no year enrolled yet
    exoneration_noted: set[Nivel] = field(default_factory=set)


@dataclass
class Rows:
    """Row tuples in the column order of the bulk writer."""

    enrollments: list[tuple] = field(default_factory=list)
    results: list[tuple] = field(default_factory=list)
    observations: list[tuple] = field(default_factory=list)


class TrajectoryBuilder:
    """Simulates a school career year by year and emits the rows SIAGIE would hold."""

    def __init__(self, rng: random.Random, pools: SchoolPools) -> None:
        self.rng = rng
        self.pools = pools
        self.next_enrollment_id = 1

    def build(
        self, student_id: int, person: Identity, rows: Rows, *, home_ugel: str, brief: bool = False
    ) -> None:
        rng = self.rng
        birth_year = person.fecha_nacimiento.year
        student = _Student(student_id, person, exonerated=rng.random() < 0.03)
        early = rng.random() < 0.03  # also has the years before 2013 that SIAGIE holds
        if rng.random() < 0.85:
            nivel, grado = Nivel.INICIAL, rng.choice((3, 3, 3, 3, 4, 5))
            year = birth_year + grado
        else:
            nivel, grado = Nivel.PRIMARIA, 1
            year = birth_year + (6 if rng.random() < 0.9 else 7)
        school = self.pools.pick(rng, home_ugel, nivel)
        while year <= CURRENT_YEAR:
            if year >= FIRST_YEAR - (2 if early else 0):
                if year < CURRENT_YEAR and not student.first and rng.random() < 0.01:
                    year += 1  # a gap year: no enrollment, back in the same grade
                    continue
                if rng.random() < 0.06:
                    school = self._move(home_ugel, nivel, school)
                if year < CURRENT_YEAR and rng.random() < 0.015:  # mid-year transfer
                    self._enroll(rows, student_id, year, school, nivel, grado, TRANSFERRED)
                    school = self._move(home_ugel, nivel, school)
                outcome = self._year(rows, student, year, school, nivel, grado)
                student.first = False
                if brief or outcome is None or (outcome is Outcome.LEFT and rng.random() < 0.5):
                    return
                options = next_grades(year, nivel, grado, outcome)
                step = options[0] if len(options) == 1 or rng.random() < 0.8 else options[1]
            else:
                step = next_step(nivel, grado)  # promoted: years SIAGIE does not hold
            if step is None:
                return
            if step[0] is not nivel:
                school = self.pools.pick(rng, home_ugel, step[0])
            nivel, grado = step
            year += 1

    def _move(self, home_ugel: str, nivel: Nivel, current: int) -> int:
        """Another school of the same nivel (a transfer never stays in the same school)."""
        for _ in range(8):
            school = self.pools.pick(self.rng, home_ugel, nivel)
            if school != current:
                return school
        ugel = self.rng.choice(self.pools.ugels)
        return self._move(ugel, nivel, current)

    def _enroll(self, rows: Rows, student_id, year, school, nivel, grado, situacion) -> int:
        nivel_text, scale, unit, curriculum = grade_year_columns(year, nivel, grado)
        enrollment_id = self.next_enrollment_id
        self.next_enrollment_id += 1
        in_progress = year == CURRENT_YEAR
        acta = None
        if not in_progress:
            acta = RECTIFICATION if self.rng.random() < 0.003 else APPROVED
        rows.enrollments.append(
            (
                enrollment_id,
                student_id,
                year,
                school,
                nivel_text,
                grado,
                self.rng.choice(_SECTIONS),
                situacion,
                acta,
                scale,
                unit,
                curriculum,
            )
        )
        return enrollment_id

    def _year(
        self, rows: Rows, student: _Student, year: int, school: int, nivel: Nivel, grado: int
    ) -> Outcome | None:
        """Enroll for one year; returns its outcome (None: the year is still in progress)."""
        rng = self.rng
        student_id = student.student_id
        if year == CURRENT_YEAR:
            self._enroll(rows, student_id, year, school, nivel, grado, None)
            return None
        taller = taller_for(school) if school in self.pools.has_taller else None
        plan = plan_for(year, nivel, grado, taller, student.exonerated)
        allowed = plan.rule.outcomes
        draw = rng.random()
        if nivel is Nivel.INICIAL:
            outcome = Outcome.PROMOTED
        elif draw < 0.01:
            outcome = Outcome.LEFT
        elif draw < 0.05 and Outcome.REPEAT in allowed:
            outcome = Outcome.REPEAT
        elif draw < 0.09 and Outcome.RECOVERY in allowed:
            outcome = Outcome.RECOVERY
        else:
            outcome = Outcome.PROMOTED
        if outcome is Outcome.LEFT:
            self._enroll(rows, student_id, year, school, nivel, grado, plan.words[outcome])
            return outcome
        values, outcome = grades_for(rng, plan, outcome)
        text = plan.words[outcome]
        enrollment_id = self._enroll(rows, student_id, year, school, nivel, grado, text)
        areas, kinds, competencias, positions = plan.columns
        rows.results.extend(
            zip(repeat(enrollment_id), areas, kinds, competencias, values, positions)
        )
        self._observations(rows, student, enrollment_id, year, nivel)
        return outcome

    def _observations(
        self, rows: Rows, student: _Student, enrollment_id: int, year: int, nivel: Nivel
    ) -> None:
        """The exoneración in the first graded year of each nivel with Educación Religiosa; a
        convalidación on a foreign student's first year, where the nivel has one."""
        notes = []
        if (
            student.exonerated
            and nivel not in student.exoneration_noted
            and motivo_allowed(EXONERATION, year, nivel)
        ):
            student.exoneration_noted.add(nivel)
            notes.append(EXONERATION)
        if (
            student.first
            and student.person.document_type.value in _FOREIGN_DOCUMENTS
            and motivo_allowed(CONVALIDATION, year, nivel)
        ):
            notes.append(CONVALIDATION)
        for kind in notes:
            resolution = f"R.D. N.° {self.rng.randint(100, 999):04d}-{year}"
            rows.observations.append((enrollment_id, year, resolution, motivo_text(kind)))
