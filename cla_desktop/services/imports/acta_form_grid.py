"""The official acta form's first sheet as a grid of cells, read from .xlsx (openpyxl) or
.xls (xlrd), merged ranges resolved to their top-left value, and the cell addresses the form's
layout is written in ("AC12").  acta_form.py reads the form's meaning from this grid."""

from __future__ import annotations

import re
import warnings
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cla_desktop.services.imports.file_types import XLSX
from cla_desktop.services.imports.sheet_table import refuse_formulas_without_value
from cla_desktop.services.imports.source_facts import SourceError


def column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def column_letters(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def span(first: str, last: str) -> tuple[int, ...]:
    return tuple(range(column_number(first), column_number(last) + 1))


def cell_at(ref: str) -> tuple[int, int]:
    match = re.fullmatch(r"([A-Z]+)([0-9]+)", ref)
    assert match is not None, ref
    return int(match.group(2)), column_number(match.group(1))


# -- reading the first sheet ---------------------------------------------------------------
@dataclass(frozen=True)
class CellError:
    code: str  # "#DIV/0!" …


@dataclass
class Grid:
    """The first sheet's cells by (row, column), 1-based, and where merged cells read from."""

    values: dict[tuple[int, int], Any]
    origins: dict[tuple[int, int], tuple[int, int]]
    last_row: int
    cleaned: dict[int, int]  # row -> control characters removed from its texts

    def value(self, row: int, column: int) -> Any:
        return self.values.get(self.origins.get((row, column), (row, column)))


def clean_text(text: str) -> tuple[str, int]:
    """(single-spaced text, control characters taken out): a name typed with Alt+Enter keeps
    its words apart, a stray control character goes."""
    if text.isprintable():
        return " ".join(text.split()), 0
    removed = 0
    kept = []
    for character in text:
        if character.isprintable():
            kept.append(character)
        else:
            removed += 1
            if character.isspace():
                kept.append(" ")
    return " ".join("".join(kept).split()), removed


def store(grid: Grid, row: int, column: int, value: Any) -> None:
    if isinstance(value, str):
        value, removed = clean_text(value)
        if removed:
            grid.cleaned[row] = grid.cleaned.get(row, 0) + removed
        if not value:
            return
    grid.values[(row, column)] = value


def merge(grid: Grid, top: int, left: int, bottom: int, right: int) -> None:
    for row in range(top, bottom + 1):
        for column in range(left, right + 1):
            if (row, column) != (top, left):
                grid.origins[(row, column)] = (top, left)


def unreadable(name: str, error: Exception) -> SourceError:
    return SourceError(
        f"{name} no se puede abrir como libro de Excel ({error.__class__.__name__}); ábralo en "
        "Excel o LibreOffice y guárdelo de nuevo."
    )


def read_xlsx(path: Path) -> Grid:
    from openpyxl import load_workbook

    refuse_formulas_without_value(path)
    try:
        # Opened from a handle: openpyxl refuses a workbook by its name (an .xlsx saved as
        # "acta.xls"), and the extensions it does not know are not our data.
        with path.open("rb") as handle, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = load_workbook(handle, data_only=True)
    except Exception as error:  # zip or XML damage: openpyxl raises many kinds
        raise unreadable(path.name, error) from error
    try:
        sheet = book.worksheets[0]
        grid = Grid({}, {}, sheet.max_row or 0, {})
        for cells in sheet.iter_rows():
            for cell in cells:
                if cell.value is None:
                    continue
                value = CellError(str(cell.value)) if cell.data_type == "e" else cell.value
                store(grid, cell.row, cell.column, value)
        for merged in sheet.merged_cells.ranges:
            merge(grid, merged.min_row, merged.min_col, merged.max_row, merged.max_col)
        return grid
    finally:
        book.close()


def open_xls(path: Path, **options: Any):
    try:
        import xlrd
    except ImportError as error:
        raise SourceError(
            f"{path.name} es un libro de Excel 97-2003 (.xls) y falta el lector de ese formato "
            "(el paquete xlrd); guárdelo como «Libro de Excel (.xlsx)» y vuelva a importarlo."
        ) from error
    try:
        return xlrd.open_workbook(str(path), formatting_info=True, **options)
    except Exception:  # some writers' .xls lack what formatting_info reads: merges are lost
        try:
            return xlrd.open_workbook(str(path), **options)
        except Exception as error:  # xlrd raises XLRDError, struct and value errors
            raise unreadable(path.name, error) from error


def read_xls(path: Path) -> Grid:
    import xlrd

    book = open_xls(path)
    try:
        sheet = book.sheet_by_index(0)
        grid = Grid({}, {}, sheet.nrows, {})
        for row in range(sheet.nrows):
            for column, cell in enumerate(sheet.row(row)):
                value: Any = cell.value
                if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    continue
                if cell.ctype == xlrd.XL_CELL_DATE:
                    # not a date after all: the number stays as stored
                    with suppress(ValueError, OverflowError, xlrd.xldate.XLDateError):
                        value = xlrd.xldate_as_datetime(value, book.datemode)
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    value = bool(value)
                elif cell.ctype == xlrd.XL_CELL_ERROR:
                    value = CellError(xlrd.error_text_from_code.get(value, "#ERROR"))
                store(grid, row + 1, column + 1, value)
        for top, bottom, left, right in sheet.merged_cells:  # 0-based, bottom/right excluded
            merge(grid, top + 1, left + 1, bottom, right)
        return grid
    finally:
        book.release_resources()


def top_texts(path: Path, kind: str, rows: int) -> list[str]:
    """The texts of the first sheet's `rows` top rows, read without loading the whole book."""
    texts: list[str] = []
    if kind == XLSX:
        from openpyxl import load_workbook

        with path.open("rb") as handle, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = load_workbook(handle, read_only=True, data_only=True)
            try:
                for values in book.worksheets[0].iter_rows(max_row=rows, values_only=True):
                    texts.extend(value for value in values if isinstance(value, str))
            finally:
                book.close()
        return texts
    book = open_xls(path, on_demand=True)
    try:
        sheet = book.sheet_by_index(0)
        for row in range(min(sheet.nrows, rows)):
            texts.extend(value for value in sheet.row_values(row) if isinstance(value, str))
    finally:
        book.release_resources()
    return texts
