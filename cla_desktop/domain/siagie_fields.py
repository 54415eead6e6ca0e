"""Field values as SIAGIE exports and the padrón write them, read into the app's terms.

Each parser raises ValueError with a Spanish sentence that tells the office what to fix; the
codes themselves (nivel codes, grado ids, sexo letters) live in facts.toml.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache, lru_cache

from cla_desktop.domain.facts import facts
from cla_desktop.domain.levels import ORDINALS, Nivel, check_grado
from cla_desktop.domain.names import fold
from cla_desktop.domain.spreadsheet_dates import DATE_HINT, SerialDate, read_date

FIRST_YEAR = 2009  # the oldest school year SIAGIE holds results for (facts.toml scale rules)
_SCIENTIFIC = re.compile(r"^[0-9]+([.,][0-9]+)?[eE][+]?[0-9]+$")
_AGE = re.compile(r"^([0-9])\s*(?:ANOS?)?$")


@cache
def _codes() -> dict:
    return facts()["siagie_codes"]


@lru_cache(maxsize=4096)  # files repeat these texts on every row
def parse_year(text: str, last_year: int) -> int:
    cleaned = text.strip()
    if not (cleaned.isascii() and cleaned.isdigit() and len(cleaned) == 4):
        raise ValueError("El año debe tener cuatro dígitos, por ejemplo 2019.")
    year = int(cleaned)
    if not FIRST_YEAR <= year <= last_year:
        raise ValueError(f"El año {year} está fuera del rango {FIRST_YEAR}–{last_year}.")
    return year


@lru_cache(maxsize=4096)  # files repeat these texts on every row
def parse_nivel(text: str) -> Nivel:
    """A SIAGIE code (B0, F0, A2…) or the nivel's name, in any case or accent."""
    key = fold(text)
    code = _codes()["nivel"].get(key)
    if code:
        return Nivel(code)
    for nivel in Nivel:
        if key == nivel.value or key.endswith(" " + nivel.value):
            return nivel
    raise ValueError(
        f"Nivel desconocido «{text.strip()}»: use INICIAL, PRIMARIA o SECUNDARIA "
        "(o los códigos del SIAGIE A2, B0, F0)."
    )


@lru_cache(maxsize=4096)  # files repeat these texts on every row
def parse_grado(text: str, nivel: Nivel, *, siagie_id: bool) -> int:
    """A grado (1..6, ordinal word, "3 años") or, with `siagie_id`, SIAGIE's idGrado."""
    key = fold(text)
    if siagie_id:
        if not key.isdigit():
            raise ValueError("El código de grado del SIAGIE debe ser un número.")
        number = int(key)
        for row in _codes()["grado_ids"]:
            if row["nivel"] == nivel.value and row["first_id"] <= number <= row["last_id"]:
                return row["first_grado"] + number - row["first_id"]
        raise ValueError(f"El código de grado {number} no corresponde al nivel {nivel.label}.")
    if key in ORDINALS:
        grado = ORDINALS.index(key) + 1
    elif (match := _AGE.match(key)) is not None:
        grado = int(match.group(1))
    elif key.rstrip("O").isdigit():  # "1", "1O" (from "1.º")
        grado = int(key.rstrip("O"))
    else:
        raise ValueError(f"Grado no reconocido «{text.strip()}»: escriba el número (1 a 6).")
    check_grado(nivel, grado)
    return grado


def parse_date(
    value: str | date | datetime, *, earliest: int = 1900, month_first: bool = False
) -> date | None:
    """Dates as offices write them or as a spreadsheet stores them (spreadsheet_dates.py),
    within `earliest` and today."""
    if isinstance(value, datetime):
        parsed = value.date()
    elif isinstance(value, date):
        parsed = value
    else:
        parsed = read_date(value, month_first=month_first)
        if parsed is None:
            return None
    if not earliest <= parsed.year <= date.today().year:
        if isinstance(parsed, SerialDate):
            raise ValueError(
                f"«{parsed.serial}» no parece una fecha (como número de fecha de Excel sería "
                f"el {parsed:%d/%m/%Y}): {DATE_HINT}."
            )
        raise ValueError(f"La fecha {parsed:%d/%m/%Y} no es posible: revise el año.")
    return parsed


def scientific_notation(text: str) -> bool:
    """ "7.50E+13": a long code a spreadsheet turned into a rounded number."""
    return _SCIENTIFIC.match(text.strip()) is not None


def code_problem(text: str, error: ValueError) -> str:
    """The sentence for a code that failed its check: the spreadsheet's rounding named when
    that is what happened (the digits are gone and cannot be restored)."""
    if scientific_notation(text):
        return (
            f"La hoja de cálculo guardó el código como número redondeado ({text.strip()}) y "
            "perdió sus últimas cifras: dé formato de texto a esa columna en la hoja original y "
            "vuelva a exportar el archivo."
        )
    return str(error)


@lru_cache(maxsize=4096)  # files repeat these texts on every row
def padded_digits(text: str, length: int) -> str:
    """Digits that lost their leading zeros in a spreadsheet ("474494" -> "0474494")."""
    cleaned = text.strip()
    if cleaned.endswith(".0"):  # a number cell read as float text
        cleaned = cleaned[:-2]
    if cleaned.isascii() and cleaned.isdigit() and len(cleaned) < length:
        return cleaned.zfill(length)
    return cleaned


@cache
def padron_nivel(d_niv_mod: str) -> Nivel | None:
    """The EBR nivel of a padrón service ("Inicial - Jardín" -> INICIAL), None for others."""
    key = fold(d_niv_mod)
    for prefix, nivel in facts()["padron_nivel"].items():
        if key.startswith(prefix):
            return Nivel(nivel)
    return None
