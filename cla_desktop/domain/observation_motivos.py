"""Motivos an observación records (exoneración, convalidación) and where each can occur.

From facts.toml `observation_motivos`: a constancia prints a year's observaciones under its
nivel, so an exoneración de Educación Religiosa in inicial (which has no such área) or a
convalidación there would contradict the page it is printed on.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cla_desktop.domain.curricula import areas, curriculum_for
from cla_desktop.domain.facts import facts
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.names import fold

EXONERATION = "exoneracion-religion"
CONVALIDATION = "convalidacion"


@dataclass(frozen=True)
class ObservationMotivo:
    kind: str
    markers: tuple[str, ...]  # folded words that all appear in a stored motivo of this kind
    text: str  # what demo data writes
    niveles: frozenset[Nivel]
    religion_area: bool  # only where the year's curriculum has an área of Educación Religiosa
    confidence: str


@cache
def observation_motivos() -> dict[str, ObservationMotivo]:
    return {
        row["kind"]: ObservationMotivo(
            kind=row["kind"],
            markers=tuple(fold(word) for word in row["markers"]),
            text=row["text"],
            niveles=frozenset(Nivel(n) for n in row["niveles"]),
            religion_area=row.get("religion_area", False),
            confidence=row["confidence"],
        )
        for row in facts()["observation_motivos"]
    }


def motivo_text(kind: str) -> str:
    return observation_motivos()[kind].text


def motivo_kinds(text: str) -> tuple[str, ...]:
    """The kinds a stored observación is of (usually none: most motivos are free text)."""
    words = set(fold(text).split())
    return tuple(
        motivo.kind
        for motivo in observation_motivos().values()
        if all(marker in words for marker in motivo.markers)
    )


@cache
def motivo_allowed(kind: str, year: int, nivel: Nivel) -> bool:
    """Whether an observación of that kind can be recorded for a year of that nivel."""
    motivo = observation_motivos()[kind]
    if nivel not in motivo.niveles:
        return False
    if motivo.religion_area:
        return any(spec.religion for spec in areas(curriculum_for(year, nivel), nivel))
    return True
