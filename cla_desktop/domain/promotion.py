"""Which decisions can close a school year, and which of them its grades support.

The rules are facts.toml `promotion_rules` with the periods of `situacion_final` (mostly 3P or
INF): they say what a constancia may print without contradicting itself, and the demo generator
obeys them.  They are hints for recorded data, never used to rewrite a situación final.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache, lru_cache

from cla_desktop.domain.curricula import AreaKind
from cla_desktop.domain.facts import facts
from cla_desktop.domain.grading import BLANK, EXONERATED, NO_DATA, level_band
from cla_desktop.domain.levels import Nivel, next_step
from cla_desktop.domain.situacion_final import Outcome, known_values, words_for

# The decisions a year-end takes, in the order a generator prefers them.
DECISIONS = (Outcome.PROMOTED, Outcome.RECOVERY, Outcome.REPEAT)
Step = tuple[Nivel, int] | None  # where the next enrollment goes; None: secundaria finished


class Basis(StrEnum):
    """How the grades decide (facts.toml explains each)."""

    NONE = "NONE"
    NO_FAILING = "NO_FAILING"
    FAILED_AREAS = "FAILED_AREAS"
    COMPETENCIAS = "COMPETENCIAS"


@dataclass(frozen=True)
class PromotionRule:
    """One row of facts.toml `promotion_rules`; the parameters only matter to its basis."""

    outcomes: frozenset[Outcome]
    basis: Basis
    confidence: str
    recovery_max_failed: int = 0
    promoted_a_areas: int = 0
    promoted_no_c: bool = False
    promoted_b_every: bool = False
    repeat_c_areas: int = 0
    repeat_c_half: bool = False


_PARAMETERS = (
    "recovery_max_failed",
    "promoted_a_areas",
    "promoted_no_c",
    "promoted_b_every",
    "repeat_c_areas",
    "repeat_c_half",
)


@cache
def _rules() -> tuple[tuple[dict, PromotionRule], ...]:
    parsed = []
    for raw in facts()["promotion_rules"]:
        rule = PromotionRule(
            outcomes=frozenset(Outcome(name) for name in raw["outcomes"]),
            basis=Basis(raw["basis"]),
            confidence=raw["confidence"],
            **{key: raw[key] for key in _PARAMETERS if key in raw},
        )
        if not rule.outcomes <= set(DECISIONS):
            raise ValueError(f"promotion_rules: decisión desconocida en {raw}")
        parsed.append((raw, rule))
    return tuple(parsed)


@cache
def promotion_rule(year: int, nivel: Nivel, grado: int) -> PromotionRule:
    """The first rule of facts.toml for that grade-year, its outcomes without REPEAT in a
    period that allowed no repetition (2020-2022)."""
    for raw, rule in _rules():
        if raw["nivel"] != nivel.value or not raw["year_from"] <= year <= raw["year_to"]:
            continue
        if "grados" in raw and grado not in raw["grados"]:
            continue
        if words_for(year, nivel).repetition_allowed:
            return rule
        return replace(rule, outcomes=rule.outcomes - {Outcome.REPEAT})
    raise ValueError(f"No hay regla de promoción para {nivel.label} {grado} en {year}.")


def allowed_outcomes(year: int, nivel: Nivel, grado: int) -> frozenset[Outcome]:
    """The decisions that can close that grade-year."""
    return promotion_rule(year, nivel, grado).outcomes


@cache
def decision_word(year: int, nivel: Nivel, outcome: Outcome) -> str:
    """How SIAGIE words a decision in that year (PROMOCIÓN GUIADA in 2021, APROBADO in 2015)."""
    words = words_for(year, nivel)
    by_outcome = {
        Outcome.PROMOTED: words.promoted,
        Outcome.RECOVERY: words.recovery,
        Outcome.REPEAT: words.repeat,
        Outcome.LEFT: words.left,
    }
    return by_outcome[outcome]


@cache
def expected_texts(year: int, nivel: Nivel, grado: int) -> frozenset[str]:
    """The situaciones finales that grade-year can hold as SIAGIE wrote them then: the period's
    word for each allowed decision, and the values of a retiro or traslado (any year)."""
    texts = {decision_word(year, nivel, o) for o in allowed_outcomes(year, nivel, grado)}
    texts |= {
        text
        for text, outcome in known_values().items()
        if outcome in (Outcome.LEFT, Outcome.TRANSFER)
    }
    return frozenset(texts)


@cache
def next_grades(year: int, nivel: Nivel, grado: int, outcome: Outcome) -> tuple[Step, ...]:
    """Where the enrollment after that year-end can be, the usual place first: the next grade
    after a promotion; either after recuperación where the grade-year allowed repetition, else
    the next one; the same grade after repeating, a retiro or a traslado."""
    here = (nivel, grado)
    if outcome is Outcome.PROMOTED:
        return (next_step(nivel, grado),)
    if outcome is Outcome.RECOVERY:
        if Outcome.REPEAT in allowed_outcomes(year, nivel, grado):
            return (next_step(nivel, grado), here)
        return (next_step(nivel, grado),)
    return (here,)


@lru_cache(maxsize=4096)  # few distinct actas; a bound, should imported ones ever be checked
def counted_groups(areas: tuple[str, ...], kinds: tuple[str, ...]) -> tuple[tuple[int, ...], ...]:
    """Positions of the results of each área and taller that counts for promotion, in
    first-seen order; the transversal competencias never count (DOMAIN Part 2 §3.2)."""
    groups: dict[str, list[int]] = {}
    for position, (area, kind) in enumerate(zip(areas, kinds, strict=True)):
        if kind != AreaKind.TRANSVERSAL:
            groups.setdefault(area, []).append(position)
    return tuple(tuple(group) for group in groups.values())


_HIGH, _MID, _LOW = 1, 2, 3  # A or AD (or 14-20) / B (11-13) / C, below 11 or blank


class _Bands(dict):
    """A grade's weight for promotion, None for what does not count (EXO, "-", unreadable);
    a dict that fills itself, so the generator's many lookups stay in C (map over __getitem__)."""

    def __missing__(self, value: str) -> int | None:
        text = value.strip().upper()
        if text == BLANK:
            band = _LOW  # a C left blank (RVM 193-2020): not achieved yet
        elif text in (EXONERATED, NO_DATA):
            band = None
        else:
            level = level_band(text)
            band = None if level is None else (_HIGH, _HIGH, _MID, _LOW)[level]
        self[value] = band
        return band


_BANDS = _Bands()


def _half(count: int) -> int:
    """Half of an área's competencias, rounded up as the rule reads it: 5 -> 3, 3 -> 2, 1 -> 1."""
    return (count + 1) // 2


def _rvm_094(rule: PromotionRule, marks: list[list[int]]) -> Outcome:
    """The RVM 094-2020 table, in one pass over the áreas (the generator's hot path)."""
    strong = weak = 0  # áreas with A/AD in half their competencias / with too many Cs
    any_c = short_of_b = False
    for bands in marks:
        count = len(bands)
        half = _half(count)
        low = bands.count(_LOW)
        if low:
            any_c = True
            short_of_b |= count - low < half
            weak += low >= half if rule.repeat_c_half else 2 * low > count
        strong += bands.count(_HIGH) >= half
    promoted = (
        strong >= rule.promoted_a_areas
        and not (rule.promoted_no_c and any_c)
        and not (rule.promoted_b_every and short_of_b)
    )
    if promoted:
        return Outcome.PROMOTED
    if rule.repeat_c_areas and weak >= rule.repeat_c_areas:
        return Outcome.REPEAT
    return Outcome.RECOVERY


def supported_outcomes(
    year: int,
    nivel: Nivel,
    grado: int,
    groups: tuple[tuple[int, ...], ...],
    values: Sequence[str],
) -> frozenset[Outcome]:
    """The decisions a year's grades support, within allowed_outcomes: a recorded decision
    outside them contradicts the grades printed beside it.  `groups` are counted_groups of the
    results and `values` their calificativos, by position."""
    return grades_support(promotion_rule(year, nivel, grado), groups, values)


def grades_support(
    rule: PromotionRule, groups: tuple[tuple[int, ...], ...], values: Sequence[str]
) -> frozenset[Outcome]:
    """supported_outcomes for a rule already looked up (the generator keeps it per grade-year)."""
    allowed = rule.outcomes
    if rule.basis is _BASIS_NONE and _RECOVERY not in allowed:
        return allowed  # promotion by age or promoción guiada: the grades decide nothing
    if rule.basis is not _BASIS_COMPETENCIAS and _NOT_FAILING.issuperset(values):
        return _NOTHING_FAILED[rule.basis] & allowed  # no need to look área by área
    bands = list(map(_BANDS.__getitem__, values))
    marks = [[bands[p] for p in group] for group in groups]
    if None in bands:  # an exonerated or ungraded área is left out
        marks = [m for m in ([b for b in m if b is not None] for m in marks) if m]
    failing = any(_LOW in m for m in marks)
    if rule.basis is Basis.NONE:
        supported = {Outcome.PROMOTED, Outcome.RECOVERY} if failing else {Outcome.PROMOTED}
    elif rule.basis is Basis.NO_FAILING:
        supported = {Outcome.RECOVERY, Outcome.REPEAT} if failing else {Outcome.PROMOTED}
        supported.add(Outcome.RECOVERY)
    elif rule.basis is Basis.FAILED_AREAS:
        failed = sum(_LOW in m for m in marks)
        if failed == 0:
            supported = {Outcome.PROMOTED}
        elif failed <= rule.recovery_max_failed:
            supported = {Outcome.RECOVERY}
        else:
            supported = {Outcome.REPEAT}
    else:
        supported = {_rvm_094(rule, marks)}
    if Outcome.REPEAT in supported and Outcome.REPEAT not in allowed:
        supported = (supported - {Outcome.REPEAT}) | {Outcome.RECOVERY}
    return frozenset(supported) & allowed


# Read once: an enum member lookup costs ten times a global in the generator's hot path.
_BASIS_NONE, _BASIS_COMPETENCIAS, _RECOVERY = Basis.NONE, Basis.COMPETENCIAS, Outcome.RECOVERY
# Grades that are not failing as a generator writes them (a quick test before looking closer).
_NOT_FAILING = frozenset(
    ("AD", "A", "B", EXONERATED, NO_DATA, *(f"{mark:02d}" for mark in range(11, 21)))
)
# What each basis makes of grades with no failing one (COMPETENCIAS always looks further).
_NOTHING_FAILED = {
    Basis.NONE: frozenset({Outcome.PROMOTED}),
    Basis.NO_FAILING: frozenset({Outcome.PROMOTED, Outcome.RECOVERY}),
    Basis.FAILED_AREAS: frozenset({Outcome.PROMOTED}),
}
