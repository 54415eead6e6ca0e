"""Consultas to DIGE: categories (DOMAIN.md §8), states and the ticket number."""

from __future__ import annotations

import re
from enum import StrEnum


class ConsultaState(StrEnum):
    BORRADOR = "BORRADOR"
    EN_COLA = "EN_COLA"
    ENVIADA = "ENVIADA"
    RESPONDIDA = "RESPONDIDA"
    CERRADA = "CERRADA"
    ERROR = "ERROR"

    @property
    def label(self) -> str:
        return STATE_LABELS[self.value]


STUCK = "ATASCADA"  # not a state: queued messages the sender keeps failing to deliver
# What a person reads: words, never the stored codes.
STATE_LABELS: dict[str, str] = {
    "BORRADOR": "Borrador",
    "EN_COLA": "En cola",
    "ENVIADA": "Enviada",
    "RESPONDIDA": "Respondida",
    "CERRADA": "Cerrada",
    "ERROR": "Con error",
    STUCK: "Sin poder enviarse",
}


def state_label(state: str | None) -> str:
    """'EN_COLA' → 'En cola'; an unknown code is shown as it is rather than hidden."""
    if not state:
        return "—"
    return STATE_LABELS.get(state, state.replace("_", " ").capitalize())


# Allowed moves; every change is recorded with who, when and why.
TRANSITIONS: dict[ConsultaState, frozenset[ConsultaState]] = {
    ConsultaState.BORRADOR: frozenset({ConsultaState.EN_COLA, ConsultaState.CERRADA}),
    ConsultaState.EN_COLA: frozenset({ConsultaState.ENVIADA, ConsultaState.ERROR}),
    ConsultaState.ENVIADA: frozenset({ConsultaState.RESPONDIDA, ConsultaState.CERRADA}),
    ConsultaState.RESPONDIDA: frozenset({ConsultaState.CERRADA, ConsultaState.EN_COLA}),
    ConsultaState.ERROR: frozenset({ConsultaState.EN_COLA, ConsultaState.CERRADA}),
    ConsultaState.CERRADA: frozenset(),
}

CATEGORIES: dict[str, str] = {
    "sin-matricula": "Sin matrícula desde 2013",
    "acta-rectificacion": "Acta en revisión o rectificación",
    "datos-reniec": "Los datos no coinciden con el DNI",
    "apoderado": "Apoderado no vinculado al estudiante",
    "sin-dni": "Estudiante sin DNI",
    "notas-faltantes": "Notas faltantes",
    "ie-cerrada": "IE cerrada o no identificable",
    "constancia-anterior": "Una constancia anterior ya no valida",
    "otros": "Otros",
}


def category_label(code: str) -> str:
    try:
        return CATEGORIES[code]
    except KeyError:
        raise ValueError(
            f"Categoría desconocida: {code}. Use una de: {', '.join(CATEGORIES)}."
        ) from None


def can_move(current: ConsultaState, target: ConsultaState) -> bool:
    return target in TRANSITIONS[current]


def office_token(office_name: str, office_code: str) -> str:
    """'UGEL 03 BREÑA' -> 'UGEL03'; a DRE -> 'DRE' + its code; unknown -> the code."""
    match = re.match(r"(UGEL|DRE|GRE)\s*(\d+)?", office_name.upper())
    if match and match.group(2):
        return f"{match.group(1)}{match.group(2)}"
    if match:
        return f"{match.group(1)}{office_code}"
    return office_code or "CLA"


def ticket_number(token: str, year: int, sequence: int) -> str:
    return f"{token}-{year}-{sequence:06d}"


TICKET_PATTERN = re.compile(r"\b([A-Z]{3,4}\d{0,6}-\d{4}-\d{6})\b")


FIRST_YEAR = 1980  # consultas may concern studies before 2013 (certificado de estudios)


def parse_years(text: str, current_year: int) -> tuple[int, ...]:
    """'2019, 2020' → (2019, 2020); anything that is not a year is refused, not dropped."""
    years = []
    for part in text.replace(";", ",").replace(" ", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not (part.isdigit() and FIRST_YEAR <= int(part) <= current_year):
            raise ValueError(
                f"«{part}» no es un año válido: escriba años de {FIRST_YEAR} a {current_year}, "
                "separados por comas (por ejemplo 2019, 2020)."
            )
        years.append(int(part))
    return tuple(sorted(set(years)))
