"""What every reader reports about a file, and the one error that says a file cannot be read.

Kept apart from the readers so that the column matching (columns.py) and the readers can
both use them without importing each other."""

from __future__ import annotations

from dataclasses import dataclass


class SourceError(ValueError):
    """The file cannot be read at all (a Spanish sentence naming the file)."""


@dataclass(frozen=True)
class FileFacts:
    """What was detected, shown in the wizard's preview and recorded in the audit entry."""

    format: str  # CSV / XLSX / XLS / DBF / the official acta form
    encoding: str | None
    delimiter: str | None
    sha256: str
    size: int
    rows_hint: int | None  # data rows to expect, for the progress bar
