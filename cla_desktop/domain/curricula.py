"""Curricula (DCN 2009, CNEB): áreas per nivel, competencias, and which applies when."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from cla_desktop.domain.facts import curricula as curricula_table
from cla_desktop.domain.facts import facts
from cla_desktop.domain.levels import Nivel


class Curriculum(StrEnum):
    DCN2009 = "DCN2009"
    CNEB = "CNEB"


class AreaKind(StrEnum):
    """SIAGIE área types: 001 área, 002 taller, 003 competencia transversal."""

    AREA = "AREA"
    TALLER = "TALLER"
    TRANSVERSAL = "TRANSVERSAL"

    @property
    def siagie_code(self) -> str:
        return {"AREA": "001", "TALLER": "002", "TRANSVERSAL": "003"}[self.value]


TRANSVERSAL_BLOCK = "Competencias Transversales"


@dataclass(frozen=True)
class AreaSpec:
    name: str
    competencias: tuple[int, ...] = ()
    optional: bool = False
    religion: bool = False


@cache
def competencia_names() -> dict[int, str]:
    table = curricula_table()["competencias"]
    return {int(key): value for key, value in table.items() if key.isdigit()}


def competencia_name(number: int) -> str:
    return competencia_names()[number]


@cache
def transversal_competencias() -> tuple[int, ...]:
    return tuple(curricula_table()["transversales"]["competencias"])


@cache
def areas(curriculum: Curriculum, nivel: Nivel) -> tuple[AreaSpec, ...]:
    """The áreas of a curriculum and nivel, in display order."""
    rows = curricula_table()[curriculum.value][nivel.value]
    return tuple(
        AreaSpec(
            name=row["name"],
            competencias=tuple(row.get("competencias", ())),
            optional=row.get("optional", False),
            religion=row.get("religion", False),
        )
        for row in rows
    )


@cache
def taller_names() -> tuple[str, ...]:
    return tuple(curricula_table()["talleres"]["names"])


@cache
def curriculum_for(year: int, nivel: Nivel) -> Curriculum:
    for rule in facts()["curriculum_rules"]:
        if rule["nivel"] == nivel.value and rule["year_from"] <= year <= rule["year_to"]:
            return Curriculum(rule["curriculum"])
    raise ValueError(f"No hay currículo para {nivel.label} en {year}.")
