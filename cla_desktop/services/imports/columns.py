"""The columns each kind of file must or may have, under the names offices actually use.

Headers are compared folded (no accents, case, spaces or dots: "Código Modular" and
"CODIGO_MODULAR" are the same), and each column has the aliases seen in SIAGIE and ESCALE
exports (docs/IMPORT.md lists them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cla_desktop.domain.names import fold


def header_key(text: str) -> str:
    """ "Código Modular" / "codigo.modular" / "CODIGO_MODULAR" -> "CODIGO_MODULAR"."""
    return "_".join(fold(text).split())


@dataclass(frozen=True)
class Column:
    key: str  # the name docs/IMPORT.md uses
    aliases: tuple[str, ...]  # accepted headers, folded, most specific first
    required: bool = False
    label: str = ""  # what a person calls it, in messages

    @property
    def names(self) -> tuple[str, ...]:
        return (self.key, *self.aliases)


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
        from cla_desktop.services.imports.sources import SourceError

        missing = self.missing_required(header)
        if missing:
            names = ", ".join(
                f"{column.key} ({column.label})" if column.label else column.key
                for column in missing
            )
            raise SourceError(
                f"{file_name}: faltan columnas obligatorias: {names}. Revise el encabezado "
                "(docs/IMPORT.md lista los nombres aceptados)."
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
        self.extra = [cell for position, cell in enumerate(header) if position not in used]

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
