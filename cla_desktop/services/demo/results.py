"""Result rows for one demo enrollment, on the scale and curriculum its year and nivel used.

Hot path of the generator: what a grade-year needs is cached per (year, nivel, grado, taller) and
values are drawn in one `choices` call per enrollment.  Each draw is checked with
promotion.grades_support, the rule tests scan demo data with, so that the grades always support
the situación final printed beside them.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from cla_desktop.domain.curricula import (
    TRANSVERSAL_BLOCK,
    AreaKind,
    Curriculum,
    areas,
    competencia_name,
    curriculum_for,
    taller_names,
    transversal_competencias,
)
from cla_desktop.domain.grading import BLANK, EXONERATED, Scale, Unit, blank_allowed, scale_for
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.promotion import (
    DECISIONS,
    Basis,
    PromotionRule,
    counted_groups,
    decision_word,
    grades_support,
    promotion_rule,
)
from cla_desktop.domain.situacion_final import Outcome

# (area, kind, competencia, position)
Template = tuple[tuple[str, str, str | None, int], ...]
# The same rows as columns, so result tuples can be zipped in C: (areas, kinds, competencias,
# positions).
Columns = tuple[tuple[str, ...], tuple[str, ...], tuple[str | None, ...], tuple[int, ...]]
Groups = tuple[tuple[int, ...], ...]  # positions of each área that counts for promotion

_LITERAL = ("AD", "A", "B", "C")
# A promoted year whose grades decide nothing (promotion by age or guiada) keeps a few Cs.
_FREE_WEIGHTS = (12, 50, 34, 4)
# Any other year starts without a C; draw_values then fails the áreas its decision needs.
_NO_C_WEIGHTS = {
    Outcome.PROMOTED: (12, 50, 34, 0),
    Outcome.RECOVERY: (3, 30, 45, 0),
    Outcome.REPEAT: (1, 15, 40, 0),
}
_PROMOTED, _RECOVERY = Outcome.PROMOTED, Outcome.RECOVERY  # (enum lookups cost in a hot loop)
_DRAWS = 4  # draws tried for the intended decision before taking the one the grades support
_PASSING = tuple(f"{n:02d}" for n in range(11, 21))
_PASSING_WEIGHTS = (14, 16, 16, 15, 13, 10, 7, 5, 3, 1)
_FAILING = tuple(f"{n:02d}" for n in range(5, 11))


def _cumulative(weights: tuple[int, ...]) -> list[int]:
    total, out = 0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


_FREE_CUM = _cumulative(_FREE_WEIGHTS)
_NO_C_CUM = {outcome: _cumulative(w) for outcome, w in _NO_C_WEIGHTS.items()}
_PASSING_CUM = _cumulative(_PASSING_WEIGHTS)


@cache
def template(year: int, nivel: Nivel, grado: int, taller: str | None) -> Template:
    """Rows an acta of that year, nivel and grado holds, in display order."""
    rule = scale_for(year, nivel, grado)
    curriculum = curriculum_for(year, nivel)
    rows: list[tuple[str, str, str | None, int]] = []
    for spec in areas(curriculum, nivel):
        if spec.optional:
            continue
        if rule.unit is Unit.COMPETENCIA and spec.competencias:
            for number in spec.competencias:
                rows.append((spec.name, AreaKind.AREA, competencia_name(number), len(rows)))
        else:
            rows.append((spec.name, AreaKind.AREA, None, len(rows)))
    if curriculum is Curriculum.CNEB:
        for number in transversal_competencias():
            rows.append(
                (TRANSVERSAL_BLOCK, AreaKind.TRANSVERSAL, competencia_name(number), len(rows))
            )
    if taller:
        rows.append((taller, AreaKind.TALLER, None, len(rows)))
    return tuple(rows)


@cache
def template_columns(year: int, nivel: Nivel, grado: int, taller: str | None) -> Columns:
    rows = template(year, nivel, grado, taller)
    return tuple(tuple(column) for column in zip(*rows, strict=True))  # type: ignore[return-value]


@cache
def template_groups(year: int, nivel: Nivel, grado: int, taller: str | None) -> Groups:
    areas, kinds, _competencias, _positions = template_columns(year, nivel, grado, taller)
    return counted_groups(areas, kinds)


@cache
def religion_positions(year: int, nivel: Nivel, grado: int, taller: str | None) -> frozenset:
    religion = {spec.name for spec in areas(curriculum_for(year, nivel), nivel) if spec.religion}
    rows = template(year, nivel, grado, taller)
    return frozenset(row[3] for row in rows if row[0] in religion)


def taller_for(school_id: int) -> str:
    names = taller_names()
    return names[school_id % len(names)]


@dataclass(frozen=True)
class Plan:
    """What drawing a grade-year's calificativos needs, looked up once per grade-year."""

    literal: bool  # else vigesimal
    count: int
    groups: Groups
    exonerated: frozenset[int]  # positions that hold EXO
    free: bool  # the grades decide nothing: promotion by age or guiada
    blank: bool  # half the Cs are left blank (RVM 193-2020)
    rule: PromotionRule  # rule.outcomes: the decisions that can close the grade-year
    words: Mapping[Outcome, str]  # each decision (and a retiro) as SIAGIE wrote it then
    columns: Columns


@cache
def plan_for(year: int, nivel: Nivel, grado: int, taller: str | None, exonerated: bool) -> Plan:
    scale = scale_for(year, nivel, grado).scale
    rule = promotion_rule(year, nivel, grado)
    return Plan(
        literal=scale is Scale.LITERAL,
        words={o: decision_word(year, nivel, o) for o in (*DECISIONS, Outcome.LEFT)},
        columns=template_columns(year, nivel, grado, taller),
        count=len(template(year, nivel, grado, taller)),
        groups=template_groups(year, nivel, grado, taller),
        exonerated=religion_positions(year, nivel, grado, taller) if exonerated else frozenset(),
        free=rule.basis is Basis.NONE,
        blank=blank_allowed(year, scale),
        rule=rule,
    )


def draw_values(rng: random.Random, plan: Plan, outcome: Outcome) -> list[str]:
    """Calificativos meant to support `outcome` (promotion.grades_support has the last word): a
    promoted year without a failing grade unless its grades decide nothing, a recuperación with
    1-3 counted áreas failed through, a repeated year with 4-6.  Exonerated positions hold EXO
    and never fail."""
    if not plan.literal:
        values = rng.choices(_PASSING, cum_weights=_PASSING_CUM, k=plan.count)
    elif plan.free and outcome is _PROMOTED:
        values = rng.choices(_LITERAL, cum_weights=_FREE_CUM, k=plan.count)
    else:
        values = rng.choices(_LITERAL, cum_weights=_NO_C_CUM[outcome], k=plan.count)
    if outcome is not _PROMOTED:
        failing = rng.randint(1, 3) if outcome is _RECOVERY else rng.randint(4, 6)
        candidates = [group for group in plan.groups if group[0] not in plan.exonerated]
        for group in rng.sample(candidates, min(failing, len(candidates))):
            for position in group:
                values[position] = "C" if plan.literal else rng.choice(_FAILING)
    if plan.exonerated:
        for position in plan.exonerated:
            values[position] = EXONERATED
    if plan.blank:  # 2020-2021: a C was left blank to be completed later (RVM 193-2020)
        values = [BLANK if v == "C" and rng.random() < 0.5 else v for v in values]
    return values


def grades_for(rng: random.Random, plan: Plan, outcome: Outcome) -> tuple[list[str], Outcome]:
    """A year's calificativos and the decision they support: the intended one, redrawn a few
    times when a draw happens not to support it (a promoted closing grade short of As), else
    the decision the last draw supports, so that grades and situación final always agree."""
    for _ in range(_DRAWS):
        values = draw_values(rng, plan, outcome)
        supported = grades_support(plan.rule, plan.groups, values)
        if outcome in supported:
            return values, outcome
    return values, next(o for o in DECISIONS if o in supported)
