"""Every rule of facts.toml and curricula.toml checked over stored year records.

A constancia prints each year's grades beside its situación final and observaciones; a record
that breaks one of these rules makes it contradict itself (a PROMOVIDO beside a C in a
ciclo-closing grade, a REQUIERE RECUPERACIÓN in 4.° de primaria in 2020).  Demo data must never
break them (tests scan it with these functions); for imported actas they are hints, like the
rules themselves, and nothing here rewrites a record.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from cla_desktop.domain.curricula import AreaKind, areas, curriculum_for
from cla_desktop.domain.grading import (
    BLANK,
    EXONERATED,
    Scale,
    Unit,
    blank_allowed,
    is_valid_calificativo,
    scale_for,
)
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.observation_motivos import motivo_allowed, motivo_kinds
from cla_desktop.domain.promotion import (
    DECISIONS,
    Step,
    allowed_outcomes,
    counted_groups,
    expected_texts,
    next_grades,
    supported_outcomes,
)
from cla_desktop.domain.situacion_final import Outcome, outcome_of
from cla_desktop.domain.trajectory import YearRecord


@dataclass(frozen=True)
class RuleBreak:
    """One record against one rule, said so that the offending row can be found."""

    rule: str  # escala, calificativo, en-blanco, curriculo, exoneracion, observacion,
    # anio-en-curso, situacion-final, decision, promocion, progresion
    enrollment_id: int
    year: int
    message: str

    def __str__(self) -> str:
        return f"[{self.rule}] matrícula {self.enrollment_id}, {self.year}: {self.message}"


def _where(nivel: Nivel, grado: int) -> str:
    return f"{nivel.grado_label(grado)} de {nivel.label.lower()}"


def _step_label(step: Step) -> str:
    return "ninguna (terminó la secundaria)" if step is None else _where(*step)


@cache
def _area_names(year: int, nivel: Nivel) -> tuple[frozenset[str], frozenset[str]]:
    """(all área names, the religion ones) of the curriculum of that year and nivel."""
    specs = areas(curriculum_for(year, nivel), nivel)
    return frozenset(s.name for s in specs), frozenset(s.name for s in specs if s.religion)


def record_breaks(record: YearRecord, current_year: int) -> list[RuleBreak]:
    """The rules one year record breaks on its own (scale, grades, observaciones, situación
    final and whether its grades support it)."""
    breaks: list[RuleBreak] = []

    def add(rule: str, message: str) -> None:
        breaks.append(RuleBreak(rule, record.enrollment_id, record.year, message))

    year, nivel, grado = record.year, record.nivel, record.grado
    where = _where(nivel, grado)
    rule = scale_for(year, nivel, grado)
    if (record.scale, record.unit) != (rule.scale.value, rule.unit.value):
        add(
            "escala",
            f"{where} guarda {record.scale}/{record.unit}; la regla de ese año dice "
            f"{rule.scale.value}/{rule.unit.value}",
        )
    _results_breaks(record, rule.scale, rule.unit, add)
    for note in record.observations:
        for kind in motivo_kinds(note):
            if not motivo_allowed(kind, year, nivel):
                add("observacion", f"«{note}» no puede registrarse en {where}")
    text = (record.situacion_final or "").strip().upper()
    if year >= current_year:
        if text or record.results:
            add("anio-en-curso", f"el año está en curso y ya tiene «{text}» o calificativos")
        return breaks
    if not text:
        add("situacion-final", f"{where}: año cerrado sin situación final")
        return breaks
    outcome = outcome_of(text)
    if outcome in DECISIONS and outcome not in allowed_outcomes(year, nivel, grado):
        allowed = ", ".join(sorted(o.value for o in allowed_outcomes(year, nivel, grado)))
        add("decision", f"«{text}» no cabe en {where} en {year} (solo {allowed})")
    elif text not in expected_texts(year, nivel, grado):
        expected = ", ".join(sorted(expected_texts(year, nivel, grado)))
        add("situacion-final", f"«{text}» no es un valor de {where} en {year} ({expected})")
    elif outcome in DECISIONS and record.results:
        values = [line.calificativo for line in record.results]
        groups = counted_groups(
            tuple(line.area for line in record.results),
            tuple(line.kind for line in record.results),
        )
        supported = supported_outcomes(year, nivel, grado, groups, values)
        if outcome not in supported:
            grades = " ".join(v or "□" for v in values)
            fits = ", ".join(sorted(o.value for o in supported)) or "ninguna"
            add("promocion", f"«{text}» con {grades} en {where} (las notas dan {fits})")
    return breaks


def _results_breaks(record: YearRecord, scale: Scale, unit: Unit, add) -> None:
    names, religion = _area_names(record.year, record.nivel)
    stored = Scale(record.scale) if record.scale in Scale.__members__ else scale
    for line in record.results:
        value = line.calificativo.strip().upper()
        label = f"{line.area} {line.competencia or ''}".strip()
        if not is_valid_calificativo(value, stored):
            add("calificativo", f"«{value}» en {label} no es de la escala {stored.value}")
        if value == BLANK and not blank_allowed(record.year, stored):
            add("en-blanco", f"{label} está en blanco y en {record.year} no se dejaban en blanco")
        if value == EXONERATED and line.area not in religion:
            add("exoneracion", f"EXO en {label}: solo se exonera Educación Religiosa")
        if line.kind == AreaKind.AREA:
            if line.area not in names:
                add("curriculo", f"{line.area} no es un área del currículo de ese año")
            if (line.competencia is not None) != (unit is Unit.COMPETENCIA):
                add("escala", f"{label}: la regla califica por {unit.value.lower()}")


def progression_breaks(records: Sequence[YearRecord]) -> list[RuleBreak]:
    """Each enrollment where the previous one's situación final sends the student: the next
    grade after a promotion, the same after a traslado (that same year), and so on."""
    breaks: list[RuleBreak] = []
    for previous, current in pairwise(records):
        here = (previous.nivel, previous.grado)
        there = (current.nivel, current.grado)
        outcome = outcome_of(previous.situacion_final)
        if outcome is Outcome.TRANSFER:
            if current.year != previous.year or there != here:
                message = (
                    f"tras el traslado de {previous.year} ({_where(*here)}) sigue "
                    f"{_where(*there)} en {current.year}"
                )
                breaks.append(RuleBreak("progresion", current.enrollment_id, current.year, message))
            continue
        if current.year <= previous.year:
            message = f"dos matrículas en {current.year} sin traslado"
            breaks.append(RuleBreak("progresion", current.enrollment_id, current.year, message))
            continue
        if outcome not in (*DECISIONS, Outcome.LEFT):
            continue  # no known situación final: nothing says where the student goes
        options = next_grades(previous.year, *here, outcome)
        if there not in options:
            expected = " o ".join(_step_label(step) for step in options)
            message = (
                f"tras «{previous.situacion_final}» en {_where(*here)} ({previous.year}) sigue "
                f"{_where(*there)} en {current.year}; corresponde {expected}"
            )
            breaks.append(RuleBreak("progresion", current.enrollment_id, current.year, message))
    return breaks


def trajectory_breaks(records: Sequence[YearRecord], current_year: int) -> list[RuleBreak]:
    """Every rule break of one student's records (in year order, as a trajectory holds them)."""
    breaks = [b for record in records for b in record_breaks(record, current_year)]
    return breaks + progression_breaks(records)
