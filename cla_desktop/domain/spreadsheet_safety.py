"""Text written to a CSV that a clerk will open in Excel or LibreOffice.

OWASP's rule for CSV injection: a cell starting with one of these is a formula to a spreadsheet
(=HYPERLINK(…), +cmd|…, @SUM(…), -2+3); a leading apostrophe makes it text.  Every CSV the
program writes with text that came from outside (an imported file, a search a user typed, a
motivo written at the counter) goes through `safe_cells`.
"""

from __future__ import annotations

from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def safe_cells(cells: Iterable[object]) -> list[object]:
    """The row with its text cells neutralised (numbers stay numbers)."""
    return [neutralised(cell) if isinstance(cell, str) else cell for cell in cells]
