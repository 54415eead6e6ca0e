"""Reading the first sheet of an Excel workbook — .xlsx (openpyxl, streamed) or the legacy .xls
that SIAGIE reports still come as (xlrd, which reads only .xls) — as the rows a person sees.

Cells become the text Excel shows: whole numbers without ".0" (a DNI stored as a number), dates
as ISO text, merged cells read from their top-left cell; control characters are removed and
counted like in a CSV file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

from cla_desktop.services.imports.source_facts import SourceError
from cla_desktop.services.imports.text_table import clean_cells

_REOPEN = "ábralo en Excel o LibreOffice y guárdelo de nuevo como .xlsx o CSV."


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a person sees ("474494", "2010-03-04")."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "SI" if value else "NO"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat()
    return str(value).strip()


class XlsxTable:
    """The first sheet of an .xlsx, streamed (a 200,000-row nómina never sits in memory)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.date1904 = False  # an old Mac workbook: its plain date numbers count from 1904

    def records(self) -> Iterator[tuple[int, list[str], int]]:
        """(row as Excel numbers it, cells, control characters removed), blank rows skipped."""
        from openpyxl import load_workbook

        # Opened as a file object: openpyxl judges a path by its extension, and an .xlsx
        # renamed .csv is still a workbook (file_types.py tells it by content).
        with self.path.open("rb") as handle:
            try:
                book = load_workbook(handle, read_only=True, data_only=True)
            except Exception as error:  # zip or XML damage: openpyxl raises many kinds
                raise SourceError(
                    f"{self.path.name} no se puede abrir como libro de Excel: {_REOPEN}"
                ) from error
            try:
                self.date1904 = book.epoch.year == 1904
                sheet = book.worksheets[0]
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                    cells = [cell_text(value) for value in values]
                    if not any(cells):
                        continue
                    removed = 0 if "".join(cells).isprintable() else clean_cells(cells)
                    yield number, cells, removed
            finally:
                book.close()

    def rows_hint(self, header_row: int) -> int | None:
        from openpyxl import load_workbook

        with self.path.open("rb") as handle:
            book = load_workbook(handle, read_only=True)
            try:
                last = book.worksheets[0].max_row
            finally:
                book.close()
        return max(last - header_row, 0) if last else None

    def sheet_names(self) -> list[str]:
        from openpyxl import load_workbook

        with self.path.open("rb") as handle:
            book = load_workbook(handle, read_only=True)
            try:
                return list(book.sheetnames)
            finally:
                book.close()


class XlsTable:
    """The first sheet of a legacy .xls workbook (BIFF, Excel 97–2003)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._rows: list[list[str]] | None = None
        self._names: list[str] = []
        self.date1904 = False

    def sheet_names(self) -> list[str]:
        self._load()
        return self._names

    def _load(self) -> list[list[str]]:
        """xlrd reads the whole workbook at once (.xls files are at most 65,536 rows)."""
        if self._rows is not None:
            return self._rows
        import xlrd

        try:
            book = xlrd.open_workbook(str(self.path), formatting_info=True, on_demand=True)
        except Exception as error:  # xlrd raises XLRDError, CompDocError, struct errors…
            raise SourceError(
                f"{self.path.name} no se puede abrir como libro de Excel antiguo (.xls): {_REOPEN}"
            ) from error
        try:
            self._names = list(book.sheet_names())
            self.date1904 = book.datemode == 1
            sheet = book.sheet_by_index(0)
            rows = [
                [_xls_value(sheet.cell(r, c), book.datemode) for c in range(sheet.ncols)]
                for r in range(sheet.nrows)
            ]
        finally:
            book.release_resources()
        self._rows = rows
        return rows

    def records(self) -> Iterator[tuple[int, list[str], int]]:
        for number, cells in enumerate(self._load(), start=1):
            cells = list(cells)
            if not any(cells):
                continue
            removed = 0 if "".join(cells).isprintable() else clean_cells(cells)
            yield number, cells, removed

    def rows_hint(self, header_row: int) -> int | None:
        return max(len(self._load()) - header_row, 0)


def _xls_value(cell, datemode: int) -> str:
    import xlrd

    kind = cell.ctype
    if kind == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate_as_datetime(cell.value, datemode))
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell_text(cell.value)  # the serial number: the field's parser judges it
    if kind == xlrd.XL_CELL_BOOLEAN:
        return cell_text(bool(cell.value))
    if kind in (xlrd.XL_CELL_ERROR, xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    return cell_text(cell.value)
