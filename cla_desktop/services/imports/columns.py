"""The columns each kind of file must or may have, under the names offices actually use.

Headers are compared as folded tokens (no accents, case or punctuation), with the usual
abbreviations spelled out and the filler words dropped, on both sides: "Nro. DNI", "N° DNI",
"Número de DNI" and "DNI" are one column; "Ap. Paterno", "APE_PATERNO" and "Apellido Paterno"
another; "FechaNacimiento", "Fec. Nac." and "Fecha de Nacimiento" a third.  Each column also has
the aliases seen in SIAGIE and ESCALE exports.  A header cell that matches nothing is listed as
ignored, so that the office sees it before anything is written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from cla_desktop.domain.names import fold
from cla_desktop.services.imports.source_facts import SourceError

# Abbreviations in headers -> the word (after folding).  Bare "N"/"NO" come from "N°" and "Nº".
ABBREVIATIONS = {
    "AP": "APELLIDO",
    "APE": "APELLIDO",
    "APELL": "APELLIDO",
    "FEC": "FECHA",
    "FECH": "FECHA",
    "NAC": "NACIMIENTO",
    "NACIM": "NACIMIENTO",
    "COD": "CODIGO",
    "CODIG": "CODIGO",
    "DOC": "DOCUMENTO",
    "MOD": "MODULAR",
    "ANIO": "ANO",
    "NRO": "NUMERO",
    "NUM": "NUMERO",
    "NUMER": "NUMERO",
    "NO": "NUMERO",
    "N": "NUMERO",
    "EST": "ESTUDIANTE",
    "ALUM": "ALUMNO",
    "SEC": "SECCION",
}
# Words that never tell two columns apart ("Número de DNI" is the DNI).
FILLER = frozenset({"DE", "DEL", "LA", "LAS", "LOS", "EL", "Y", "E", "NUMERO"})
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


@lru_cache(maxsize=1024)
def header_key(text: str) -> str:
    """ "Código Modular" / "codigo.modular" / "COD_MOD" / "CodigoModular" -> "CODIGO_MODULAR";
    "Nro. DNI" -> "DNI"."""
    words = (ABBREVIATIONS.get(word, word) for word in _acronyms(fold(_CAMEL.sub(" ", text))))
    return "_".join(word for word in words if word not in FILLER)


def _acronyms(folded: str) -> list[str]:
    """ "D N I" (from "D.N.I.") -> ["DNI"]; a lone letter stays as it is ("N" of "N° DNI")."""
    words: list[str] = []
    letters = ""
    for word in folded.split():
        if len(word) == 1 and word.isalpha():
            letters += word
            continue
        if letters:
            words.append(letters)
            letters = ""
        words.append(word)
    if letters:
        words.append(letters)
    return words


@dataclass(frozen=True)
class Column:
    key: str  # the name docs/IMPORT.md uses
    aliases: tuple[str, ...]  # accepted headers, folded, most specific first
    required: bool = False
    label: str = ""  # what a person calls it, in messages

    @property
    def names(self) -> tuple[str, ...]:
        """Every accepted header in its compared form (most specific first, no repeats)."""
        return tuple(dict.fromkeys(header_key(name) for name in (self.key, *self.aliases)))

    @property
    def title(self) -> str:
        """How messages name it: "COD_MOD (código modular)"."""
        return f"{self.key} ({self.label})" if self.label else self.key


class ColumnMap:
    """A kind's column list, bound to one file's header (which cell holds which column)."""

    def __init__(self, columns: Sequence[Column]) -> None:
        self.columns = tuple(columns)
        self.index: dict[str, int] = {}
        self.header_name: dict[str, str] = {}  # key -> the header as the file writes it
        self.extra: list[str] = []
        self.alternatives: dict[str, list[tuple[str, int, str]]] = {}  # key -> (alias, pos, header)
        self.width = 0
        self._lookup = {name: column for column in self.columns for name in column.names}

    def count_known(self, cells: Sequence[str]) -> int:
        return sum(1 for cell in cells if header_key(cell) in self._lookup)

    def missing_required(self, cells: Sequence[str]) -> list[Column]:
        present = {header_key(cell) for cell in cells}
        return [
            column
            for column in self.columns
            if column.required and not present.intersection(column.names)
        ]

    def bind(self, header: Sequence[str], file_name: str) -> None:
        missing = self.missing_required(header)
        if missing:
            names = ", ".join(column.title for column in missing)
            raise SourceError(
                f"{file_name}: faltan columnas obligatorias: {names}. Revise que la fila de "
                "títulos tenga esas columnas, con ese nombre o uno de sus nombres habituales "
                "(la guía de importación los lista)."
            )
        keys = [header_key(cell) for cell in header]
        self.width = len(header)
        for column in self.columns:
            present = [(name, keys.index(name)) for name in column.names if name in keys]
            self.alternatives[column.key] = [(name, at, header[at]) for name, at in present]
            if present:  # the first name of the list that is present wins
                position = present[0][1]
                self.index[column.key] = position
                self.header_name[column.key] = header[position]
        used = {at for found in self.alternatives.values() for _, at, _ in found}
        self.extra = [
            cell for position, cell in enumerate(header) if position not in used and cell.strip()
        ]

    def recognised(self) -> list[tuple[Column, str]]:
        """(column, the file's header for it), in the kind's order: what will be read."""
        return [
            (column, self.header_name[column.key])
            for column in self.columns
            if column.key in self.header_name
        ]

    def filled(self, cells: Sequence[str], key: str) -> tuple[str, str, str]:
        """(alias, header, value) of the first of the key's columns that has a value in this
        row: a SIAGIE export may carry ID_GRADO and an empty DSC_GRADO side by side."""
        found = self.alternatives.get(key, [])
        for name, position, header in found:
            if position < len(cells) and cells[position].strip():
                return name, header, cells[position].strip()
        if found:
            return found[0][0], found[0][2], ""
        return "", key, ""

    def shown(self, key: str) -> str:
        """The column's header as the file spells it (for messages), else its key."""
        return self.header_name.get(key, key)


def find_header(
    candidates: Sequence[tuple[int, list[str]]], columns: ColumnMap
) -> tuple[int, list[str]] | None:
    """The first of a sheet's top rows that holds every required column."""
    for number, cells in candidates:
        if not columns.missing_required(cells):
            return number, cells
    return None
