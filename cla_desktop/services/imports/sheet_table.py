"""Reading the first sheet of an Excel workbook — .xlsx (openpyxl, streamed) or the legacy .xls
that SIAGIE reports still come as (xlrd, which reads only .xls) — as the rows a person sees.

Cells become the text Excel shows: whole numbers without ".0" (a DNI stored as a number), dates
as ISO text, merged cells read from their top-left cell; control characters are removed and
counted like in a CSV file."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from xml.etree import ElementTree

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


_FORMULA_WITHOUT_VALUE = re.compile(
    rb'<c r="([A-Z]{1,3}[0-9]+)"[^>]*>\s*<f[^>]*(?:/>|>[^<]*</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>'
)
_SCAN_CHUNK = 1 << 20
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def formula_without_value(path: Path) -> str | None:
    """The first cell of the workbook's first sheet holding a formula with no value saved,
    or None.  openpyxl reads such a cell as empty (it cannot calculate): a DNI written
    =A1+0 by a program that saved no results would be stored as no DNI at all.  Excel and
    LibreOffice always save the results; this catches the files other programs make."""
    try:
        with zipfile.ZipFile(path) as archive:
            sheet = _first_sheet_path(archive)
            if sheet is None:
                return None
            with archive.open(sheet) as stream:
                tail = b""
                while chunk := stream.read(_SCAN_CHUNK):
                    text = tail + chunk
                    if b"<f" in text and (found := _FORMULA_WITHOUT_VALUE.search(text)):
                        return found.group(1).decode("ascii")
                    tail = text[-4096:]
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return None  # a damaged workbook is openpyxl's to refuse, with its own sentence
    return None


def _first_sheet_path(archive: zipfile.ZipFile) -> str | None:
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    first = next((e for e in book.iter() if e.tag.endswith("}sheet")), None)
    if first is None:
        return None
    wanted = first.get(_RELATIONSHIPS)
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for relation in rels:
        if relation.get("Id") == wanted:
            target = relation.get("Target", "").lstrip("/")
            return target if target.startswith("xl/") else f"xl/{target}"
    return None


def refuse_formulas_without_value(path: Path) -> None:
    cell = formula_without_value(path)
    if cell is not None:
        raise SourceError(
            f"{path.name}: la celda {cell} tiene una fórmula sin su valor calculado (el libro "
            "lo guardó un programa que no calcula), y se leería vacía. Ábralo en Excel o "
            "LibreOffice, guárdelo (así se guardan los valores) y vuelva a importarlo."
        )


class XlsxTable:
    """The first sheet of an .xlsx, streamed (a 200,000-row nómina never sits in memory)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.date1904 = False  # an old Mac workbook: its plain date numbers count from 1904
        self._formulas_checked = False

    def records(self) -> Iterator[tuple[int, list[str], int]]:
        """(row as Excel numbers it, cells, control characters removed), blank rows skipped."""
        from openpyxl import load_workbook

        if not self._formulas_checked:
            refuse_formulas_without_value(self.path)
            self._formulas_checked = True
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
