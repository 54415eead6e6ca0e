"""One demo student's school years: enrollments, results and observaciones as plain row tuples.

Consistent by construction: one grade per year except a mid-year transfer (two schools, the
first one TRASLADADO), next grade only after a promotion, the scale and curriculum of each
grade-year from the domain tables, and the current school year (2026) still in progress.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat

from cla_desktop.domain.curricula import curriculum_for
from cla_desktop.domain.grading import Unit, scale_for
from cla_desktop.domain.levels import Nivel, next_step
from cla_desktop.domain.situacion_final import Outcome, words_for
from cla_desktop.services.demo.population import Identity
from cla_desktop.services.demo.results import (
    apply_exoneration,
    draw_values,
    religion_positions,
    taller_for,
    template_columns,
)
from cla_desktop.services.demo.schools import SchoolPools

FIRST_YEAR = 2013  # the constancia covers SIAGIE enrollments from 2013
CURRENT_YEAR = 2026  # in progress: enrolled, no final results yet
APPROVED = "APROBADA"
RECTIFICATION = "EN_RECTIFICACION"
TRANSFERRED = "TRASLADADO"
_SECTIONS = ("A", "A", "B", "B", "C", "D", "ÚNICA")
_EXONERATION = "EXONERACIÓN DEL ÁREA DE EDUCACIÓN RELIGIOSA A SOLICITUD DEL APODERADO"
_CONVALIDATION = "CONVALIDACIÓN DE ESTUDIOS REALIZADOS EN EL EXTRANJERO"


@cache
def grade_year_columns(year: int, nivel: Nivel, grado: int) -> tuple[str, str, str, str]:
    """(nivel, scale, unit, curriculum) as stored, computed once per grade-year."""
    rule = scale_for(year, nivel, grado)
    return nivel.value, rule.scale.value, rule.unit.value, curriculum_for(year, nivel).value


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
        exonerated = rng.random() < 0.03
        early = rng.random() < 0.03  # also has the years before 2013 that SIAGIE holds
        if rng.random() < 0.85:
            nivel, grado = Nivel.INICIAL, rng.choice((3, 3, 3, 3, 4, 5))
            year = birth_year + grado
        else:
            nivel, grado = Nivel.PRIMARIA, 1
            year = birth_year + (6 if rng.random() < 0.9 else 7)
        school = self.pools.pick(rng, home_ugel, nivel)
        first = True
        while year <= CURRENT_YEAR:
            if year >= FIRST_YEAR - (2 if early else 0):
                if year < CURRENT_YEAR and not first and rng.random() < 0.01:
                    year += 1  # a gap year: no enrollment, back in the same grade
                    continue
                if rng.random() < 0.06:
                    school = self._move(home_ugel, nivel, school)
                if year < CURRENT_YEAR and rng.random() < 0.015:  # mid-year transfer
                    self._enroll(rows, student_id, year, school, nivel, grado, TRANSFERRED)
                    school = self._move(home_ugel, nivel, school)
                outcome = self._year(
                    rows, student_id, person, year, school, nivel, grado, exonerated, first
                )
                first = False
                if brief or outcome is None or (outcome is Outcome.LEFT and rng.random() < 0.5):
                    return
            else:
                outcome = Outcome.PROMOTED
            if outcome in (Outcome.PROMOTED, Outcome.RECOVERY) and (
                outcome is Outcome.PROMOTED or rng.random() < 0.8
            ):
                step = next_step(nivel, grado)
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
        self, rows, student_id, person, year, school, nivel, grado, exonerated, first
    ) -> Outcome | None:
        """Enroll for one year; returns its outcome (None: the year is still in progress)."""
        rng = self.rng
        if year == CURRENT_YEAR:
            self._enroll(rows, student_id, year, school, nivel, grado, None)
            return None
        words = words_for(year, nivel)
        draw = rng.random()
        if nivel is Nivel.INICIAL:
            outcome, text = Outcome.PROMOTED, words.promoted
        elif draw < 0.01:
            outcome, text = Outcome.LEFT, words.left
        elif words.repetition_allowed and draw < 0.05 and (nivel, grado) != (Nivel.PRIMARIA, 1):
            outcome, text = Outcome.REPEAT, words.repeat
        elif draw < 0.09 and (nivel is Nivel.SECUNDARIA or grado > 1):
            outcome, text = Outcome.RECOVERY, words.recovery
        else:
            outcome, text = Outcome.PROMOTED, words.promoted
        enrollment_id = self._enroll(rows, student_id, year, school, nivel, grado, text)
        if outcome is Outcome.LEFT:
            return outcome
        taller = taller_for(school) if school in self.pools.has_taller else None
        areas, kinds, competencias, positions = template_columns(year, nivel, grado, taller)
        rule = scale_for(year, nivel, grado)
        blank = year in (2020, 2021) and rule.unit is Unit.COMPETENCIA
        values = draw_values(rng, rule.scale, len(areas), outcome, allow_blank=blank)
        if exonerated:
            apply_exoneration(values, religion_positions(year, nivel, grado, taller))
        rows.results.extend(
            zip(repeat(enrollment_id), areas, kinds, competencias, values, positions)
        )
        if first and exonerated:
            rows.observations.append(
                (enrollment_id, year, f"R.D. N.° {rng.randint(100, 999):04d}-{year}", _EXONERATION)
            )
        if first and person.document_type.value in ("CE", "PASAPORTE"):
            rows.observations.append(
                (
                    enrollment_id,
                    year,
                    f"R.D. N.° {rng.randint(100, 999):04d}-{year}",
                    _CONVALIDATION,
                )
            )
        return outcome
