"""One file opened for import, whatever program saved it, as a stream of rows.

Offices receive these files from SIAGIE, from ESCALE and from each other, saved by whichever
program was at hand.  The type is told by the file's first bytes (file_types.py), then:
CSV/TXT (text_table.py: encodings, delimiters, quotes, row numbers), XLSX and the legacy XLS
(sheet_table.py), the padrón's dBase file (dbfread, cp850).  Readers never hold the file in
memory (xlrd's .xls, at most 65,536 rows, excepted); rows carry the number a person sees when
opening the file (the spreadsheet's row; the record number of a dBase file).  Control
characters are removed from every cell and the rows they came from are remembered
(`cleaned_rows`) for the report.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cla_desktop.services.imports.columns import ColumnMap, find_header
from cla_desktop.services.imports.file_types import CSV, DBF, XLS, XLSX, sniff_type
from cla_desktop.services.imports.sheet_table import XlsTable, XlsxTable, cell_text
from cla_desktop.services.imports.source_facts import FileFacts, SourceError
from cla_desktop.services.imports.text_table import (
    HEADER_SEARCH_ROWS,
    TextTable,
    clean_cells,
    detect_encoding,
    stray_cells,
)

__all__ = ["FileFacts", "SourceError", "TableSource", "file_digest"]
CHUNK = 1 << 20
KEPT_CLEANED = 50  # rows named in the report; the count covers them all


def file_digest(path: Path) -> tuple[str, int]:
    import hashlib

    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


class TableSource:
    """One file opened for import: its header (mapped to the kind's columns) and its rows."""

    def __init__(self, path: Path, columns: ColumnMap | None = None) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise SourceError(f"{self.path} es una carpeta: elija el archivo que quiere importar.")
        if not self.path.is_file():
            raise SourceError(f"No se encontró el archivo {self.path}.")
        try:
            self.format = sniff_type(self.path)
        except OSError as error:
            raise SourceError(f"No se pudo leer el archivo {self.path.name}.") from error
        self.columns = columns
        self.encoding: str | None = None
        self.delimiter: str | None = None
        self.header: list[str] = []
        self.header_row = 1
        self.cleaned_rows: list[int] = []  # rows whose control characters were removed
        self.cleaned_count = 0
        # row -> (its number of cells, its cells with data outside the named columns)
        self.stray: dict[int, tuple[int, list[str]]] = {}
        lines = 0
        if self.format == CSV:
            self.encoding, sha, size, lines = detect_encoding(self.path)
            self._text = TextTable(self.path, self.encoding)
        else:
            sha, size = file_digest(self.path)
        if self.format == XLSX:
            self._sheet: XlsxTable | XlsTable = XlsxTable(self.path)
        elif self.format == XLS:
            self._sheet = XlsTable(self.path)
        self._open_header()
        self.facts = FileFacts(
            self._format_name(), self.encoding, self.delimiter, sha, size, self._rows_hint(lines)
        )

    def _format_name(self) -> str:
        return {XLS: "XLS (Excel 97-2003)"}.get(self.format, self.format)

    # -- header ---------------------------------------------------------------------------
    def _open_header(self) -> None:
        if self.format == DBF:
            table = self._dbf()
            self.header = list(table.field_names)
            self.header_row = 0
            if self.columns is not None:
                self.columns.bind(self.header, self.path.name)
            return
        if self.format == CSV:
            known = self.columns.count_known if self.columns is not None else _no_known
            self.delimiter = self._text.pick_delimiter(known)
        candidates = list(self._top_rows())
        if not candidates:
            raise SourceError(f"{self.path.name} está vacío: no tiene encabezado ni filas.")
        if self.columns is None:
            self.header_row, self.header = candidates[0]
            return
        found = find_header(candidates, self.columns)
        if found is None:  # name what the likeliest header row lacks
            found = max(candidates, key=lambda candidate: self.columns.count_known(candidate[1]))
        self.header_row, self.header = found[0], [cell.strip() for cell in found[1]]
        try:
            self.columns.bind(self.header, self.path.name)
        except SourceError as error:
            names = self._sheet.sheet_names() if self.format in (XLSX, XLS) else []
            if len(names) < 2:
                raise
            raise SourceError(
                f"{error} Se lee solo la primera hoja del libro («{names[0]}»); si los datos "
                f"están en otra hoja, muévala al primer lugar y guarde el libro."
            ) from error

    def _top_rows(self) -> Iterator[tuple[int, list[str]]]:
        if self.format == CSV:
            for row, cells in self._text.records(self.delimiter or ",", HEADER_SEARCH_ROWS):
                clean_cells(cells)
                yield row, cells
            return
        for count, (row, cells, _removed) in enumerate(self._sheet.records(), start=1):
            yield row, cells
            if count >= HEADER_SEARCH_ROWS:
                return

    # -- rows -----------------------------------------------------------------------------
    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """Data rows after the header, as (row number, cells): at least one cell per header
        column (short rows are padded with ""), then one more "" that readers may index as
        -1 for a column the file does not have."""
        width = len(self.header)
        if self.format == DBF:
            return self._dbf_rows()
        unnamed = tuple(index for index, name in enumerate(self.header) if not name)
        if self.format == CSV:
            return self._text.checked_records(
                self.delimiter or ",",
                width,
                self.header_row,
                self._note_cleaned,
                self._note_stray,
                unnamed,
            )
        return self._padded(self._sheet_rows(), width, unnamed)

    def _sheet_rows(self) -> Iterator[tuple[int, list[str], int]]:
        header_row = self.header_row
        for row, cells, removed in self._sheet.records():
            if row > header_row:
                yield row, cells, removed

    def _padded(
        self, records: Iterator[tuple[int, list[str], int]], width: int, unnamed: tuple[int, ...]
    ) -> Iterator[tuple[int, list[str]]]:
        """(here, in the one generator the whole file goes through: a million rows pay for
        every layer)"""
        for row, cells, removed in records:
            if removed:
                self._note_cleaned(row, removed)
            if len(cells) < width:
                cells.extend([""] * (width - len(cells)))
            elif len(cells) > width or unnamed:
                stray_cells(row, cells, width, unnamed, self._note_stray)
            cells.append("")
            yield row, cells

    @property
    def date1904(self) -> bool:
        """Whether the workbook counts plain date numbers from 1904 (known once rows were read)."""
        return self.format in (XLSX, XLS) and self._sheet.date1904

    def _note_stray(self, row: int, count: int, outside: list[str]) -> None:
        self.stray[row] = (count, outside)

    def take_stray(self, row: int) -> tuple[int, list[str]] | None:
        """(cells in the row, its cells outside the named columns) once; None: a sound row."""
        return self.stray.pop(row, None)

    def _note_cleaned(self, row: int, removed: int) -> None:
        self.cleaned_count += removed
        if len(self.cleaned_rows) < KEPT_CLEANED:
            self.cleaned_rows.append(row)

    def forget_cleaned(self) -> None:
        """After a reading pass that is not the import's (the conventions' look at the file)."""
        self.cleaned_rows = []
        self.cleaned_count = 0
        self.stray = {}

    def _dbf(self):
        from dbfread import DBF as DbfTable

        try:
            return DbfTable(str(self.path), encoding="cp850", char_decode_errors="replace")
        except Exception as error:  # header damage: dbfread raises struct/value errors
            raise SourceError(
                f"{self.path.name} no es un archivo dBase (.dbf) que se pueda leer: vuelva a "
                "descargarlo de ESCALE o expórtelo como CSV."
            ) from error

    def _dbf_rows(self) -> Iterator[tuple[int, list[str]]]:
        names = self.header
        for number, record in enumerate(self._dbf(), start=1):
            cells = [cell_text(record.get(name)) for name in names]
            removed = 0 if "".join(cells).isprintable() else clean_cells(cells)
            if removed:
                self._note_cleaned(number, removed)
            yield number, [*cells, ""]

    def _rows_hint(self, lines: int) -> int | None:
        if self.format == DBF:
            return self._dbf().header.numrecords
        if self.format == CSV:
            return max(lines - self.header_row, 0)
        return self._sheet.rows_hint(self.header_row)


def _no_known(_cells: list[str]) -> int:
    return 0
