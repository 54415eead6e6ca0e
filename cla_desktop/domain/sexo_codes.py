"""Sexo as files write it, and the one letter that means two things.

Words (HOMBRE, MUJER, MASCULINO, FEMENINO…) say what they mean.  The letter M does not: the
official acta form heads its column "Sexo H/M" (M mujer), other exports write F/M (M
masculino).  A file is read through one convention, told from the letters it holds (an H means
H/M, an F means F/M) or stated by the office; nothing is guessed (facts.toml
[siagie_codes.sexo_conventions]).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from cla_desktop.domain.facts import facts
from cla_desktop.domain.names import fold

# The letter that decides each convention when it appears in a file.
_TELLING_LETTER = {"HM": "H", "FM": "F"}


@dataclass(frozen=True)
class SexoConvention:
    code: str  # "HM" / "FM", what the CLI's --sexo takes
    label: str  # how the wizard and the report name it
    letters: Mapping[str, str]  # letter -> stored value (M masculino / F femenino)


class SexoConventionUnknown(ValueError):
    """The file's letters do not say which convention it uses (a Spanish sentence)."""

    def __init__(self, message: str, seen: Mapping[str, int]) -> None:
        super().__init__(message)
        self.seen = dict(seen)


@cache
def conventions() -> dict[str, SexoConvention]:
    table = facts()["siagie_codes"]["sexo_conventions"]
    return {
        code: SexoConvention(code, entry["label"], dict(entry["letters"]))
        for code, entry in table.items()
    }


@cache
def words() -> dict[str, str]:
    return dict(facts()["siagie_codes"]["sexo"])


def letters() -> frozenset[str]:
    return frozenset(letter for c in conventions().values() for letter in c.letters)


def tell_convention(seen: Mapping[str, int], column: str = "SEXO") -> SexoConvention | None:
    """The convention the values seen in a file (folded value -> rows) imply; None when the file
    holds no ambiguous letter (only words, or no M).  Raises SexoConventionUnknown when the file
    holds M and nothing tells which M it is, or letters of both conventions."""
    implied = [code for code, letter in _TELLING_LETTER.items() if seen.get(letter)]
    shown = _shown(seen)
    if len(implied) > 1:
        raise SexoConventionUnknown(
            f"la columna {column} mezcla las dos formas de escribir el sexo ({shown}): H/M "
            "(H hombre, M mujer) y F/M (F femenino, M masculino), así que no se sabe qué "
            "significa cada M. Corrija la columna para que use una sola forma, o indique cuál "
            "usa el archivo.",
            seen,
        )
    if implied:
        return conventions()[implied[0]]
    if seen.get("M"):
        raise SexoConventionUnknown(
            f"la columna {column} solo trae {shown}: la letra M puede ser «mujer» (forma H/M "
            "del acta oficial) o «masculino» (forma F/M), y el archivo no dice cuál. Indique "
            "qué forma usa el archivo.",
            seen,
        )
    return None


def parse_sexo(text: str, convention: SexoConvention | None = None) -> str | None:
    """'M' (masculino) / 'F' (femenino) / None for an empty cell; ValueError in Spanish."""
    key = fold(text)
    if not key:
        return None
    value = words().get(key)
    if value is not None:
        return value
    if convention is not None:
        value = convention.letters.get(key)
        if value is not None:
            return value
        if key in letters():
            raise ValueError(
                f"La letra «{text.strip()}» no es de la forma {convention.label} que usa este "
                "archivo; revise la celda."
            )
    elif key in letters() and key != "M":
        return next(c.letters[key] for c in conventions().values() if key in c.letters)
    elif key == "M":
        raise ValueError(
            "La letra M puede ser «mujer» o «masculino»: indique qué forma usa el archivo."
        )
    raise ValueError(
        f"Sexo no reconocido «{text.strip()}»: use H/M (hombre/mujer), F/M "
        "(femenino/masculino) o las palabras completas."
    )


def _shown(seen: Mapping[str, int]) -> str:
    """ "«M» (12 filas), «MUJER» (1 fila)", the most frequent first."""
    ordered = sorted(seen.items(), key=lambda item: (-item[1], item[0]))
    return ", ".join(
        f"«{value}» ({rows} {'fila' if rows == 1 else 'filas'})" for value, rows in ordered
    )
