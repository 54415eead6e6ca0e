"""Situación final: free SIAGIE text, with the known values and what each means for next year."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from cla_desktop.domain.facts import facts
from cla_desktop.domain.levels import Nivel


class Outcome(StrEnum):
    PROMOTED = "PROMOTED"
    REPEAT = "REPEAT"
    RECOVERY = "RECOVERY"
    LEFT = "LEFT"
    TRANSFER = "TRANSFER"
    UNKNOWN = "UNKNOWN"


@dataclass(frozen=True)
class PeriodWords:
    """The words SIAGIE uses in a span of years for each outcome."""

    promoted: str
    repeat: str
    recovery: str
    left: str
    repetition_allowed: bool


@cache
def known_values() -> dict[str, Outcome]:
    return {row["text"]: Outcome(row["outcome"]) for row in facts()["situacion_final"]["values"]}


def outcome_of(text: str | None) -> Outcome:
    """What a recorded situación final implies; unknown strings are accepted, never rejected."""
    if not text:
        return Outcome.UNKNOWN
    return known_values().get(text.strip().upper(), Outcome.UNKNOWN)


@cache
def words_for(year: int, nivel: Nivel) -> PeriodWords:
    table = facts()["situacion_final"]
    for period in table["periods"]:
        if period["year_from"] <= year <= period["year_to"]:
            promoted = period["promoted"]
            if nivel is Nivel.INICIAL:
                promoted = table["inicial"]["promoted"]
            return PeriodWords(
                promoted=promoted,
                repeat=period["repeat"],
                recovery=period["recovery"],
                left=period["left"],
                repetition_allowed=period.get("repetition_allowed", True),
            )
    raise ValueError(f"No hay valores de situación final para {year}.")
