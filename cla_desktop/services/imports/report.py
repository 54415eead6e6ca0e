"""What an import found and did: problems with file, row, column and reason, and the counts."""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from cla_desktop.domain.wording import count_phrase
from cla_desktop.services.imports.sources import FileFacts

KEPT_PROBLEMS = 500  # shown in the wizard and the CLI; the rejects file holds them all


@dataclass(frozen=True)
class Problem:
    """One reason a row cannot be imported."""

    row: int
    column: str  # the header as the file spells it; "" for the whole row
    value: str
    reason: str  # a Spanish sentence

    def sentence(self, file_name: str) -> str:
        where = f"{file_name}, fila {self.row}"
        if self.column:
            where += f", columna {self.column}"
        shown = f" («{self.value}»)" if self.value else ""
        return f"{where}{shown}: {self.reason}"


@dataclass
class Counts:
    """Rows read and what became of them, plus rows written per table."""

    read: int = 0
    valid: int = 0
    rejected: int = 0
    inserted: Counter = field(default_factory=Counter)  # table -> rows
    updated: Counter = field(default_factory=Counter)
    unchanged: int = 0


@dataclass
class ImportReport:
    file_name: str
    kind: str
    facts: FileFacts | None = None
    counts: Counts = field(default_factory=Counts)
    problems: list[Problem] = field(default_factory=list)  # the first KEPT_PROBLEMS
    reasons: Counter = field(default_factory=Counter)  # reason -> rows, for the summary
    committed: bool = False
    dry_run: bool = False
    cancelled: bool = False
    rejects_file: Path | None = None

    def add(self, problem: Problem) -> None:
        if len(self.problems) < KEPT_PROBLEMS:
            self.problems.append(problem)
        self.reasons[_reason_family(problem.reason)] += 1

    @property
    def has_problems(self) -> bool:
        return self.counts.rejected > 0

    def outcome(self) -> str:
        """One sentence for the summary page and the CLI."""
        counts = self.counts
        if self.cancelled:
            return "Importación cancelada: no se guardó ningún cambio."
        if self.dry_run:
            return (
                f"Simulación: {_rows(counts.valid, 'válida', 'válidas')} y "
                f"{counts.rejected:,} con problemas de {counts.read:,}. Se crearían "
                f"{_tables(counts.inserted)}; se actualizarían {_tables(counts.updated)}. "
                "No se guardó nada."
            )
        if not self.committed:
            return (
                f"No se importó nada: {counts.rejected:,} de "
                f"{count_phrase(counts.read, 'fila', 'filas')} "
                f"{'tiene' if counts.rejected == 1 else 'tienen'} problemas. Corrija el archivo, "
                "o importe solo las filas válidas."
            )
        rejected = f" Filas rechazadas: {counts.rejected:,}." if counts.rejected else ""
        return (
            f"Filas importadas: {counts.valid:,} de {counts.read:,}. Nuevos: "
            f"{_tables(counts.inserted)}. Actualizados: {_tables(counts.updated)}. Filas sin "
            f"cambios: {counts.unchanged:,}.{rejected}"
        )

    def audit_detail(self) -> dict:
        counts = self.counts
        detail = {
            "archivo": self.file_name,
            "tipo": self.kind,
            "filas": counts.read,
            "validas": counts.valid,
            "rechazadas": counts.rejected,
            "nuevos": dict(counts.inserted),
            "actualizados": dict(counts.updated),
            "sin_cambios": counts.unchanged,
            "resultado": (
                "cancelada"
                if self.cancelled
                else "simulacion"
                if self.dry_run
                else "importada"
                if self.committed
                else "rechazada"
            ),
        }
        if self.facts is not None:
            detail["sha256"] = self.facts.sha256
            detail["formato"] = self.facts.format
        return detail


def _tables(counter: Counter) -> str:
    if not any(counter.values()):
        return "ninguno"
    return ", ".join(
        f"{count:,} {TABLE_WORDS.get(table, table)}" for table, count in counter.items() if count
    )


TABLE_WORDS = {
    "school": "instituciones",
    "student": "estudiantes",
    "enrollment": "matrículas",
    "result": "calificativos",
}


def _reason_family(reason: str) -> str:
    """Group "El DNI 123 …" and "El DNI 456 …" under one line of the summary."""
    return reason.split(":")[0].split("«")[0].strip()


class RejectsWriter:
    """The rejected rows with their reasons, written next to the import (CSV, UTF-8 with BOM
    so that Excel shows the accents).  Written to a temporary name and renamed at the end, so
    a crash never leaves half a rejects file that looks complete."""

    def __init__(self, path: Path, header: list[str]) -> None:
        self.path = Path(path)
        self.tmp = self.path.with_name(self.path.name + ".tmp")
        self.handle = self.tmp.open("w", encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.handle)
        self.writer.writerow(["FILA", *header, "COLUMNA", "MOTIVO"])

    def write(self, row: int, cells: list[str], problems: list[Problem]) -> None:
        self.writer.writerow(
            [
                row,
                *cells[:-1],  # without the reader's trailing sentinel
                "; ".join(p.column for p in problems if p.column),
                " / ".join(p.reason for p in problems),
            ]
        )

    def finish(self) -> None:
        self.handle.close()
        self.tmp.replace(self.path)

    def discard(self) -> None:
        self.handle.close()
        self.tmp.unlink(missing_ok=True)


def _rows(count: int, one: str, many: str) -> str:
    """'1 fila válida', '3 filas válidas'."""
    return count_phrase(count, f"fila {one}", f"filas {many}")
