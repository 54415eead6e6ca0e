"""Result rows for one demo enrollment, on the scale and curriculum its year and nivel used.

Hot path of the generator: templates are cached per (year, nivel, grado, taller) and values are
drawn in one `choices` call per enrollment.
"""

from __future__ import annotations

import random
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
from cla_desktop.domain.grading import BLANK, EXONERATED, Scale, Unit, scale_for
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.situacion_final import Outcome

# (area, kind, competencia, position)
Template = tuple[tuple[str, str, str | None, int], ...]
# The same rows as columns, so result tuples can be zipped in C: (areas, kinds, competencias,
# positions).
Columns = tuple[tuple[str, ...], tuple[str, ...], tuple[str | None, ...], tuple[int, ...]]

_LITERAL = ("AD", "A", "B", "C")
_LITERAL_WEIGHTS = {
    Outcome.PROMOTED: (12, 50, 34, 4),
    Outcome.RECOVERY: (3, 30, 45, 22),
    Outcome.REPEAT: (1, 15, 40, 44),
}
_PASSING = tuple(f"{n:02d}" for n in range(11, 21))
_PASSING_WEIGHTS = (14, 16, 16, 15, 13, 10, 7, 5, 3, 1)
_FAILING = tuple(f"{n:02d}" for n in range(5, 11))


def _cumulative(weights: tuple[int, ...]) -> list[int]:
    total, out = 0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


_LITERAL_CUM = {outcome: _cumulative(w) for outcome, w in _LITERAL_WEIGHTS.items()}
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
def religion_positions(year: int, nivel: Nivel, grado: int, taller: str | None) -> frozenset:
    religion = {spec.name for spec in areas(curriculum_for(year, nivel), nivel) if spec.religion}
    rows = template(year, nivel, grado, taller)
    return frozenset(row[3] for row in rows if row[0] in religion)


def taller_for(school_id: int) -> str:
    names = taller_names()
    return names[school_id % len(names)]


def draw_values(
    rng: random.Random,
    scale: Scale,
    count: int,
    outcome: Outcome,
    *,
    allow_blank: bool,
) -> list[str]:
    """Calificativos consistent with the situación final (passing marks when promoted)."""
    if scale is Scale.LITERAL:
        values = rng.choices(_LITERAL, cum_weights=_LITERAL_CUM[outcome], k=count)
        if allow_blank:  # 2020-2021: a C was left blank to be completed later (RVM 193-2020)
            values = [BLANK if v == "C" and rng.random() < 0.5 else v for v in values]
        return values
    values = rng.choices(_PASSING, cum_weights=_PASSING_CUM, k=count)
    if outcome is Outcome.RECOVERY:
        failing = rng.randint(1, min(3, count))
    elif outcome is Outcome.REPEAT:
        failing = rng.randint(min(4, count), min(6, count))
    else:
        return values
    for position in rng.sample(range(count), failing):
        values[position] = rng.choice(_FAILING)
    return values


def apply_exoneration(values: list[str], positions: frozenset) -> None:
    for position in positions:
        values[position] = EXONERATED
