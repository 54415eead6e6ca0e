"""Reading a CSV/TXT file the way a spreadsheet shows it, or refusing it with the row named.

- Encoding by byte-order mark, then by content: UTF-8 (with or without BOM), UTF-16 (Excel's
  "Texto Unicode", with or without BOM), Windows' cp1252; Latin-1 as the last resort, so no
  byte ever stops an import halfway.
- The delimiter is the one that makes the header — found among the first rows — hold the most
  known columns: title lines above the header ("NÓMINA DE MATRÍCULA 2019") never decide it.
- Row numbers are the spreadsheet's: a cell with line breaks is one row, a blank line is a row.
- A quote that opens and never closes would make a spreadsheet swallow the rows after it into
  one cell; here the file is refused, naming the row where the quote starts.  No field-size
  limit stops a file midway.
- NUL and other control characters are removed from the cells, and the rows they came from are
  reported.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from cla_desktop.services.imports.file_types import utf16_without_bom
from cla_desktop.services.imports.source_facts import SourceError

CHUNK = 1 << 20
DELIMITERS = (",", ";", "\t", "|")
HEADER_SEARCH_ROWS = 30  # title rows a spreadsheet may carry above the header
MAX_CELL = 10_000  # characters: longer is rows swallowed by an open quote, not a cell
MAX_CELL_LINES = 20  # line breaks a real cell (observaciones) may hold
# Control characters a cell may not keep (tab and line breaks become spaces elsewhere).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WHITESPACE_CONTROLS = re.compile(r"[\t\r\n]+")

csv.field_size_limit(2**31 - 1)  # a long cell is judged below, not a crash at 128 KB


def detect_encoding(path: Path) -> tuple[str, str, int, int]:
    """(encoding, sha256, size, lines), in one pass over the whole file: a single accented
    name near the end of a cp1252 file must not turn into mojibake because only the start was
    looked at."""
    digest = hashlib.sha256()
    utf8 = codecs.getincrementaldecoder("utf-8")("strict")
    ansi = codecs.getincrementaldecoder("cp1252")("strict")
    is_utf8 = is_ansi = True
    size = lines = 0
    head = b""
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            if not head:
                head = chunk[:4096]
            digest.update(chunk)
            size += len(chunk)
            lines += chunk.count(b"\n")
            if is_utf8:
                try:
                    utf8.decode(chunk)
                except UnicodeDecodeError:
                    is_utf8 = False
            if is_ansi and not is_utf8:
                try:
                    ansi.decode(chunk)
                except UnicodeDecodeError:
                    is_ansi = False
    sha = digest.hexdigest()
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", sha, size, lines
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", sha, size, lines
    bare = utf16_without_bom(head)
    if bare is not None:
        return bare, sha, size, lines
    if is_utf8:
        try:
            utf8.decode(b"", final=True)
            return "utf-8", sha, size, lines
        except UnicodeDecodeError:
            pass
    return ("cp1252" if is_ansi else "latin-1"), sha, size, lines


def clean_cells(cells: list[str]) -> int:
    """Removes control characters in place (tabs and line breaks become spaces); returns how
    many characters were dropped (NUL padding, stray codes from another program)."""
    removed = 0
    for index, cell in enumerate(cells):
        if cell.isprintable():
            continue
        stripped = _CONTROLS.sub("", cell)
        removed += len(cell) - len(stripped)
        cells[index] = _WHITESPACE_CONTROLS.sub(" ", stripped)
    return removed


class TextTable:
    """A CSV file's records with the spreadsheet's row numbers."""

    def __init__(self, path: Path, encoding: str) -> None:
        self.path = path
        self.encoding = encoding
        self.delimiter = ","

    def records(self, delimiter: str, limit: int | None = None) -> Iterator[tuple[int, list[str]]]:
        """(row, cells) for every non-blank record; `limit` non-blank records at most."""
        with self.path.open(encoding=self.encoding, newline="") as handle:
            reader = csv.reader(handle, delimiter=delimiter)
            count = 0
            for row, cells in enumerate(reader, start=1):
                if not any(cells):
                    continue
                yield row, cells
                count += 1
                if limit is not None and count >= limit:
                    return

    def checked_records(
        self,
        delimiter: str,
        width: int,
        after: int = 0,
        cleaned: Callable[[int, int], None] | None = None,
        stray: Callable[[int, int, list[str]], None] | None = None,
        unnamed: tuple[int, ...] = (),
    ) -> Iterator[tuple[int, list[str]]]:
        """(row, cells) for the data after row `after`, padded to at least `width` cells and
        one more "" (a column the file lacks reads as -1); `cleaned(row, characters)` hears of
        control characters removed, `stray(row, cells in the row, cells with data outside the
        named columns)` of a row with another number of cells than the header, or with data
        under a blank header name (`unnamed` positions): a delimiter inside an unquoted cell
        ("ANA, MARIA") or a lost one shifts what follows, and the row must not be read as if
        it had not.  Raises SourceError at an open quote that swallows rows.

        A stray quote and a cell with line breaks look the same to a CSV reader; what tells
        them apart is what follows.  So a record over several lines is held as the suspect
        until the next record shows the header's width.  A suspect whose cell holds, after a
        line break, a delimiter (the start of a swallowed row), followed by a blank
        or short record or malformed quoting, is named (where the quote started) rather than
        the row where the damage showed; a plain multi-line cell leaves the blame on that
        row.

        One generator and no per-cell work on the common path: a million-row acta passes
        through here, and the row's joined text answers "a long cell?", "a control
        character?" and "blank?" at once."""
        threshold = max(2, (width - 1) // 2)  # delimiters that make a cell's line a row
        last: tuple[int, int, int] | None = None  # the last record: row, first and last line
        suspect = 0  # the row of the previous record if it spanned several lines
        row = previous_line = 0
        with self.path.open(encoding=self.encoding, newline="") as handle:
            # strict: a quote closed and followed by more text ("ab"c) is malformed quoting,
            # which is how a stray quote that swallowed rows usually ends.
            reader = csv.reader(handle, delimiter=delimiter, strict=True)
            try:
                for cells in reader:
                    row += 1
                    line = reader.line_num
                    first_line, previous_line = previous_line + 1, line
                    if suspect and row > after + 1 and len(cells) != width:
                        raise self._open_quote(suspect)
                    suspect = 0
                    if not cells:
                        continue
                    last = (row, first_line, line)
                    if row <= after:
                        continue
                    joined = "".join(cells)
                    if line != first_line or len(joined) > MAX_CELL:
                        spanned = line - first_line + 1
                        self._check_multiline(row, cells, delimiter, threshold, spanned, width)
                        suspect = row if spanned > 1 and _swallowed(cells, delimiter) else 0
                    if not joined.isprintable():
                        removed = clean_cells(cells)
                        if removed and cleaned is not None:
                            cleaned(row, removed)
                    elif not joined:
                        continue
                    count = len(cells)
                    if count != width and stray is not None:
                        # One separator too many or too few shifts every column after it
                        # ("ANA, MARIA" unquoted); spreadsheets write every row as wide as the
                        # header, so a row of another width is refused, empty or not.
                        stray(row, count, [cell for cell in cells[width:] if cell.strip()])
                    elif unnamed and stray is not None:
                        stray_cells(row, cells, width, unnamed, stray)
                    if count < width:
                        cells.extend([""] * (width - count))
                    cells.append("")
                    yield row, cells
            except csv.Error:  # malformed quoting in the record after `row`
                raise self._open_quote(suspect or row + 1) from None
            total_lines = previous_line
        if last is not None and self._last_record_open(delimiter, last, total_lines):
            raise self._open_quote(last[0])

    def _check_multiline(
        self, row: int, cells: list[str], delimiter: str, threshold: int, spanned: int, width: int
    ) -> None:
        """A record over several lines is a cell with line breaks (observaciones) — or a quote
        that opened and swallowed what follows.  Swallowing shows as too many lines, a line
        with a row's worth of delimiters inside a cell, or a record that no longer has the
        header's number of cells (the quote closed at the next row's quote)."""
        if spanned > MAX_CELL_LINES + 1:
            raise self._open_quote(row)
        if spanned > 1 and len(cells) != width:
            raise self._open_quote(row)
        for cell in cells:
            if len(cell) > MAX_CELL:
                if spanned > 1:
                    raise self._open_quote(row)
                raise SourceError(
                    f"{self.path.name}: la fila {row} tiene una celda de {len(cell):,} "
                    "caracteres, que no puede ser un dato de la tabla. Revise esa fila y vuelva "
                    "a importar el archivo; no se importó nada."
                )
            if "\n" in cell or "\r" in cell:
                for part in cell.splitlines():
                    if part.count(delimiter) >= threshold:
                        raise self._open_quote(row)

    def _open_quote(self, row: int) -> SourceError:
        return SourceError(
            f'{self.path.name}: la fila {row} abre comillas (") que no se cierran, así que las '
            "filas siguientes quedarían dentro de una sola celda. Corrija esa fila (cierre o "
            "quite la comilla) y vuelva a importar el archivo; no se importó nada."
        )

    def _last_record_open(
        self, delimiter: str, last: tuple[int, int, int], total_lines: int
    ) -> bool:
        """Whether the file's last record leaves a quoted field open: the reader then ends the
        field at the end of the file without a word.  Its lines are read back from the tail."""
        _row, first_line, last_line = last
        lines = _tail_lines(self.path, self.encoding, total_lines - first_line + 1)
        record = lines[: last_line - first_line + 1]
        return _open_at_end("\n".join(record), delimiter)

    def pick_delimiter(self, known: callable) -> str:
        """The delimiter whose header row (the one with the most known columns in the first
        rows) holds the most known columns; then the one that splits it into more cells."""
        best, best_score = ",", (-1, -1)
        for delimiter in DELIMITERS:
            score = (-1, -1)
            for _row, cells in self.records(delimiter, limit=HEADER_SEARCH_ROWS):
                score = max(score, (known(cells), len(cells)))
            if score > best_score:
                best, best_score = delimiter, score
        return best


def stray_cells(
    row: int,
    cells: list[str],
    width: int,
    unnamed: tuple[int, ...],
    stray: Callable[[int, int, list[str]], None],
) -> None:
    """Tells `stray` of the row's non-blank cells beyond `width` or at `unnamed` positions."""
    found = [cells[index] for index in unnamed if index < len(cells) and cells[index].strip()]
    found += [cell for cell in cells[width:] if cell.strip()]
    if found:
        stray(row, min(len(cells), width), found)


def _swallowed(cells: list[str], delimiter: str) -> bool:
    """Whether a multi-line cell carries, after a line break, what a row is made of."""
    for cell in cells:
        if "\n" in cell or "\r" in cell:
            tail = _NEWLINE.split(cell, maxsplit=1)[-1]
            if delimiter in tail:
                return True
    return False


_NEWLINE = re.compile(r"\r\n|\r|\n")
TAIL = 1 << 22  # 4 MB: a record of at most MAX_CELL_LINES lines of MAX_CELL characters


def _tail_lines(path: Path, encoding: str, count: int) -> list[str]:
    """The file's last `count` physical lines (as the CSV reader counts them)."""
    with path.open("rb") as handle:
        size = handle.seek(0, 2)
        start = max(0, size - TAIL)
        handle.seek(start)
        data = handle.read()
        if encoding == "utf-16":
            handle.seek(0)
            encoding = "utf-16-be" if handle.read(2) == codecs.BOM_UTF16_BE else "utf-16-le"
    if encoding.startswith("utf-16") and start % 2:
        data = data[1:]
    if encoding == "utf-8-sig":
        encoding = "utf-8"
    text = data.decode(encoding, errors="replace").lstrip("\ufeff")
    lines = _NEWLINE.split(text)
    if lines and lines[-1] == "":
        lines.pop()  # the text ended with a line break
    return lines[-count:] if count > 0 else []


def _open_at_end(text: str, delimiter: str) -> bool:
    """Runs the CSV quoting rules over one record's text: True if it ends inside quotes."""
    line = text
    quoted = False
    field_start = True
    index = 0
    while index < len(line):
        char = line[index]
        if quoted:
            if char == '"':
                if index + 1 < len(line) and line[index + 1] == '"':
                    index += 1  # an escaped quote
                else:
                    quoted = False
        elif char in (delimiter, "\n"):
            field_start = True
            index += 1
            continue
        elif char == '"' and field_start:
            quoted = True
        field_start = False
        index += 1
    return quoted
