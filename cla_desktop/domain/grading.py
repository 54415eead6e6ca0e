"""Calificativos and the rule that says which scale grades a year, nivel and grado.

Calificativos are text, exactly as SIAGIE holds them ("AD", "14", "EXO", "-", or blank in
2020-2022); the scale rule comes from facts.toml and is a validation hint, never used to rewrite
recorded data.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from cla_desktop.domain.facts import facts
from cla_desktop.domain.levels import Nivel


class Scale(StrEnum):
    VIGESIMAL = "VIGESIMAL"  # 0-20, pass mark 11 (INF)
    LITERAL = "LITERAL"  # AD, A, B, C


class Unit(StrEnum):
    AREA = "AREA"  # one result per área
    COMPETENCIA = "COMPETENCIA"  # one per competencia (2020+)


LITERAL_VALUES = ("AD", "A", "B", "C")
LITERAL_NAMES = {
    "AD": "Logro destacado",
    "A": "Logro esperado",
    "B": "En proceso",
    "C": "En inicio",
}
EXONERATED = "EXO"
NO_DATA = "-"
BLANK = ""
VIGESIMAL_PASS_MARK = 11
# Bands of the numeric descriptive scale (C): 20-18, 17-14, 13-11, 10-00.
VIGESIMAL_BANDS = ((18, 20), (14, 17), (11, 13), (0, 10))


@dataclass(frozen=True)
class ScaleRule:
    scale: Scale
    unit: Unit
    confidence: str


@cache
def _rules() -> tuple[tuple[dict, ScaleRule], ...]:
    parsed = []
    for raw in facts()["scale_rules"]:
        rule = ScaleRule(Scale(raw["scale"]), Unit(raw["unit"]), raw["confidence"])
        parsed.append((raw, rule))
    return tuple(parsed)


@cache
def scale_for(year: int, nivel: Nivel, grado: int) -> ScaleRule:
    """The expected scale and unit for a grade-year (first matching rule in facts.toml)."""
    for raw, rule in _rules():
        if raw["nivel"] != nivel.value:
            continue
        if not raw["year_from"] <= year <= raw["year_to"]:
            continue
        if not raw.get("grado_from", grado) <= grado <= raw.get("grado_to", grado):
            continue
        return rule
    raise ValueError(f"No hay regla de escala para {nivel.label} {grado} en {year}.")


@cache
def blank_years() -> tuple[int, ...]:
    """School years in which a calificativo could be left blank (facts.toml)."""
    return tuple(facts()["blank_calificativos"]["years"])


@cache
def blank_allowed(year: int, scale: Scale) -> bool:
    """Whether a blank calificativo is a C left to be completed (RVM 193-2020) rather than a
    missing grade: only on the scale and in the years facts.toml names."""
    table = facts()["blank_calificativos"]
    return year in blank_years() and scale.value == table["scale"]


def _digits(text: str) -> bool:
    """0-9 only: str.isdigit() also takes «１４» and «٣», which int() reads but no acta writes
    (and a constancia must not print)."""
    return text.isascii() and text.isdigit()


def is_valid_calificativo(value: str, scale: Scale) -> bool:
    """Whether a result text fits a scale; EXO, "-" and blank fit any scale."""
    text = value.strip().upper()
    if text in (EXONERATED, NO_DATA, BLANK):
        return True
    if scale is Scale.LITERAL:
        return text in LITERAL_VALUES
    return _digits(text) and len(text) <= 2 and 0 <= int(text) <= 20


def normalize_calificativo(value: str) -> str:
    """Canonical text: trimmed, upper-case, numbers as two digits ("8" -> "08")."""
    text = value.strip().upper()
    if _digits(text) and len(text) <= 2:
        return text.zfill(2)
    return text


def level_band(value: str) -> int | None:
    """0 = best band .. 3 = lowest, for colouring; None when the value carries no grade."""
    text = value.strip().upper()
    if text in LITERAL_VALUES:
        return LITERAL_VALUES.index(text)
    if _digits(text) and 0 <= int(text) <= 20:
        number = int(text)
        for index, (low, high) in enumerate(VIGESIMAL_BANDS):
            if low <= number <= high:
                return index
    return None


def is_failing(value: str) -> bool:
    """C, or below the vigesimal pass mark."""
    band = level_band(value)
    if band is None:
        return False
    text = value.strip()
    if _digits(text):
        return int(text) < VIGESIMAL_PASS_MARK
    return text.upper() == "C"
