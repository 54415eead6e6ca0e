"""Reading CSV, XLSX and dBase files as a stream of rows, whatever their encoding.

Offices receive these files from SIAGIE, from ESCALE and from each other, saved by whichever
program was at hand: UTF-8 with or without BOM, Windows' cp1252, the padrón's cp850 dBase.  The
readers never hold the file in memory; they yield one row at a time with the row number a person
sees when opening the file (the header is row 1 of a CSV; a sheet's own row numbers; the record
number of a dBase file).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from cla_desktop.services.imports.columns import ColumnMap, find_header

CHUNK = 1 << 20
DELIMITERS = (",", ";", "\t", "|")
HEADER_SEARCH_ROWS = 30  # title rows a spreadsheet may carry above the header


class SourceError(ValueError):
    """The file cannot be read at all (Spanish sentence for the office)."""


@dataclass(frozen=True)
class FileFacts:
    """What was detected, shown in the wizard's preview and recorded in the audit entry."""

    format: str  # CSV / XLSX / DBF
    encoding: str | None
    delimiter: str | None
    sha256: str
    size: int
    rows_hint: int | None  # data rows to expect, for the progress bar


def sniff_encoding(path: Path) -> tuple[str, str, int, int]:
    """(encoding, sha256, size, lines): UTF-8 (BOM or not) if every byte decodes, else cp1252.

    One pass over the whole file, in chunks: a single accented name near the end of a
    cp1252 file must not turn into mojibake because only the start was looked at.
    """
    digest = hashlib.sha256()
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    utf8 = True
    size = 0
    lines = 0
    bom = False
    with path.open("rb") as handle:
        first = True
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            lines += chunk.count(b"\n")
            if first:
                bom = chunk.startswith(codecs.BOM_UTF8)
                first = False
            if utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
        if utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8 = False
    if utf8:
        return ("utf-8-sig" if bom else "utf-8"), digest.hexdigest(), size, lines
    return "cp1252", digest.hexdigest(), size, lines


def file_digest(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _cell_text(value: object) -> str:
    """Spreadsheet and dBase cells as the text a person sees ("474494", "04/03/2010")."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\x00", "").strip()
    if isinstance(value, bool):
        return "SI" if value else "NO"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


class TableSource:
    """One file opened for import: its header (mapped to the kind's columns) and its rows."""

    def __init__(self, path: Path, columns: ColumnMap | None = None) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise SourceError(f"No se encontró el archivo {self.path}.")
        suffix = self.path.suffix.lower()
        if suffix in (".csv", ".txt", ".tsv"):
            self.format = "CSV"
        elif suffix in (".xlsx", ".xlsm"):
            self.format = "XLSX"
        elif suffix == ".dbf":
            self.format = "DBF"
        elif suffix == ".xls":
            raise SourceError(
                f"{self.path.name} es un libro de Excel antiguo (.xls): ábralo y guárdelo como "
                "«Libro de Excel (.xlsx)» o como CSV, y vuelva a importarlo."
            )
        else:
            raise SourceError(f"{self.path.name}: solo se importan archivos CSV, TXT, XLSX o DBF.")
        self.columns = columns
        self.encoding: str | None = None
        self.delimiter: str | None = None
        self.header: list[str] = []
        self.header_row = 1
        lines = 0
        if self.format == "CSV":
            self.encoding, sha, size, lines = sniff_encoding(self.path)
        else:
            sha, size = file_digest(self.path)
        self._open_header()
        self.facts = FileFacts(
            self.format, self.encoding, self.delimiter, sha, size, self._rows_hint(lines)
        )

    # -- header ---------------------------------------------------------------------------
    def _open_header(self) -> None:
        if self.format == "DBF":
            table = self._dbf()
            self.header = list(table.field_names)
            self.header_row = 0
            if self.columns is not None:
                self.columns.bind(self.header, self.path.name)
            return
        candidates = []
        for number, cells in self._raw_rows(limit=HEADER_SEARCH_ROWS):
            candidates.append((number, cells))
        if not candidates:
            raise SourceError(f"{self.path.name} está vacío: no tiene encabezado ni filas.")
        if self.columns is None:
            self.header_row, self.header = candidates[0]
            return
        found = find_header(candidates, self.columns)
        if found is None:  # name what the likeliest header row lacks
            found = max(candidates, key=lambda candidate: self.columns.count_known(candidate[1]))
        self.header_row, self.header = found[0], [cell.strip() for cell in found[1]]
        self.columns.bind(self.header, self.path.name)

    def _pick_delimiter(self, first_line: str) -> str:
        """The delimiter that splits the header into the most known columns (then most cells)."""
        best, best_score = ",", (-1, -1)
        for delimiter in DELIMITERS:
            cells = next(csv.reader([first_line], delimiter=delimiter), [])
            known = self.columns.count_known(cells) if self.columns is not None else 0
            score = (known, len(cells))
            if score > best_score:
                best, best_score = delimiter, score
        return best

    # -- rows -----------------------------------------------------------------------------
    def _raw_rows(self, limit: int | None = None) -> Iterator[tuple[int, list[str]]]:
        if self.format == "CSV":
            yield from self._csv_rows(limit)
        elif self.format == "XLSX":
            yield from self._xlsx_rows(limit)

    def _csv_rows(
        self, limit: int | None, after: int = 0, width: int = 0
    ) -> Iterator[tuple[int, list[str]]]:
        """Rows after line `after`; with `width`, padded as rows() promises (here, in the one
        generator the whole file goes through: a million rows pay for every layer)."""
        with self.path.open(encoding=self.encoding, newline="") as handle:
            if self.delimiter is None:
                first = ""
                for line in handle:
                    if line.strip():
                        first = line
                        break
                self.delimiter = self._pick_delimiter(first)
                handle.seek(0)
            reader = csv.reader(handle, delimiter=self.delimiter)
            if limit is not None:  # the header search: the first non-blank rows as they are
                count = 0
                for cells in reader:
                    if any(cells):
                        yield reader.line_num, cells
                        count += 1
                        if count >= limit:
                            return
                return
            if after:
                for _ in reader:
                    if reader.line_num >= after:
                        break
            for cells in reader:  # cells keep their spaces: the parsers strip what they read
                if not any(cells):
                    continue
                if len(cells) < width:
                    cells.extend([""] * (width - len(cells)))
                cells.append("")
                yield reader.line_num, cells

    def _xlsx_rows(self, limit: int | None) -> Iterator[tuple[int, list[str]]]:
        from openpyxl import load_workbook

        try:
            book = load_workbook(self.path, read_only=True, data_only=True)
        except Exception as error:  # zip or XML damage: openpyxl raises many kinds
            raise SourceError(
                f"{self.path.name} no se puede abrir como libro de Excel "
                f"({error.__class__.__name__}); ábralo en Excel o LibreOffice y guárdelo de nuevo."
            ) from error
        try:
            sheet = book.worksheets[0]
            count = 0
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = [_cell_text(value) for value in values]
                if not any(cells):
                    continue
                count += 1
                yield number, cells
                if limit is not None and count >= limit:
                    return
        finally:
            book.close()

    def _dbf(self):
        from dbfread import DBF

        try:
            return DBF(str(self.path), encoding="cp850", char_decode_errors="replace")
        except Exception as error:  # header damage: dbfread raises struct/value errors
            raise SourceError(
                f"{self.path.name} no es un archivo dBase válido ({error.__class__.__name__})."
            ) from error

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """Data rows after the header, as (row number, cells): at least one cell per header
        column (short rows are padded with ""), then one more "" that readers may index as
        -1 for a column the file does not have."""
        width = len(self.header)
        if self.format == "DBF":
            return self._dbf_rows()
        if self.format == "CSV":
            return self._csv_rows(None, after=self.header_row, width=width)
        return self._other_rows(width)

    def _dbf_rows(self) -> Iterator[tuple[int, list[str]]]:
        names = self.header
        for number, record in enumerate(self._dbf(), start=1):
            yield number, [*(_cell_text(record.get(name)) for name in names), ""]

    def _other_rows(self, width: int) -> Iterator[tuple[int, list[str]]]:
        header_row = self.header_row
        for number, cells in self._raw_rows():
            if number <= header_row:
                continue
            if len(cells) < width:
                cells.extend([""] * (width - len(cells)))
            cells.append("")
            yield number, cells

    def _rows_hint(self, lines: int) -> int | None:
        if self.format == "DBF":
            return self._dbf().header.numrecords
        if self.format == "CSV":
            return max(lines - self.header_row, 0)
        from openpyxl import load_workbook

        book = load_workbook(self.path, read_only=True)
        try:
            last = book.worksheets[0].max_row
        finally:
            book.close()
        return max(last - self.header_row, 0) if last else None
