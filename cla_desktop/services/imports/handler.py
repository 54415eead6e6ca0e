"""What every kind of import shares: reading a row's cells, collecting problems, batching."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from cla_desktop.services.imports.columns import ColumnMap
from cla_desktop.services.imports.conventions import FileConventions
from cla_desktop.services.imports.report import ImportReport, Problem
from cla_desktop.services.imports.sql import Sql


@dataclass(slots=True)
class Parsed:
    """A row that passed the checks of its own cells, waiting for the database checks."""

    row: int
    cells: list[str]
    record: Any


Rejected = tuple[int, list[str], list[Problem]]  # row number, its cells, why


class RowProblems(Exception):
    """Raised while parsing one row; carries every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        self.problems = problems


class KindHandler:
    """Parses rows of one kind and writes a batch of them (subclasses per kind)."""

    conventions = FileConventions()  # how the file writes its coded columns (the importer's)

    def __init__(self, sql: Sql, report: ImportReport, columns: ColumnMap, today: date) -> None:
        self.sql = sql
        self.report = report
        self.columns = columns
        self.today = today
        self.index = columns.index
        # Whether rows that pass their own checks keep their cells until the database checks
        # (only a rejects file needs them; dropping them early keeps a million-row acta's
        # memory hot: ~0.5 s less on docs/PERFORMANCE.md's bench).
        self.keep_cells = True

    @staticmethod
    def column_map() -> ColumnMap:
        raise NotImplementedError

    def closing_notes(self) -> list[str]:
        """Sentences for the summary about what was changed that a person should look at."""
        return []

    def ambiguous(self) -> dict[int, int]:
        """Records whose rows disagree with each other ({marker: first row}): none of their
        rows may be stored, so the importer reads the file again with them excluded."""
        return {}

    def exclude(self, markers: dict[int, int]) -> None:
        """On the second reading: every row of these records is rejected."""

    def parse(self, row: int, cells: list[str]) -> Any:
        """The row's record; raises RowProblems."""
        raise NotImplementedError

    def apply(self, batch: list[Parsed]) -> dict[int, list[Problem]]:
        """Check the batch against the database and write the valid rows; returns the problems
        of the rows it rejected (by row number)."""
        raise NotImplementedError

    # -- what the importer calls, a chunk of rows at a time -------------------------------------
    def parse_rows(self, rows: list[tuple[int, list[str]]]) -> tuple[Any, int, list[Rejected]]:
        """(batch for apply_batch, rows in it, rows rejected with their problems)."""
        batch: list[Parsed] = []
        rejected: list[Rejected] = []
        for row, cells in rows:
            try:
                batch.append(Parsed(row, cells, self.parse(row, cells)))
            except RowProblems as problems:
                rejected.append((row, cells, problems.problems))
        return batch, len(batch), rejected

    def apply_batch(self, batch: Any) -> list[Rejected]:
        """The rows of a parsed batch that the database checks rejected."""
        found = self.apply(batch)
        if not found:
            return []
        return [(item.row, item.cells, found[item.row]) for item in batch if item.row in found]

    # -- helpers for subclasses ---------------------------------------------------------------
    def cell(self, cells: list[str], key: str) -> str:
        """A column's text; "" for a column the file lacks (the sources end every row with an
        empty sentinel cell, which -1 reads)."""
        return cells[self.index.get(key, -1)].strip()

    def problem(self, row: int, key: str, value: str, reason: str) -> Problem:
        return Problem(row, self.columns.shown(key) if key else "", value, reason)
