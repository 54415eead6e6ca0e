"""What an import found and did: problems with file, row, column and reason, and the counts."""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from cla_desktop.domain.spreadsheet_safety import neutralised
from cla_desktop.domain.wording import count_phrase
from cla_desktop.paths import documents_dir
from cla_desktop.services.imports.conventions import FileConventions
from cla_desktop.services.imports.source_facts import FileFacts
from cla_desktop.services.imports.sources import KEPT_CLEANED as KEPT_CLEANED_ROWS

KEPT_PROBLEMS = 500  # shown in the wizard and the CLI; the rejects file holds them all
SHOWN_VALUE = 60  # characters of a cell quoted in a message


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
        value = self.value if len(self.value) <= SHOWN_VALUE else self.value[:SHOWN_VALUE] + "…"
        shown = f" («{value}»)" if value else ""
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
    stopped: str | None = None  # "interrumpida" (Ctrl+C, closed) / "fallida" (an error)
    rejects_file: Path | None = None
    conventions: FileConventions | None = None  # how coded columns were read
    notices: list[str] = field(default_factory=list)  # what was done to the file's text

    def note_cleaned(self, characters: int, rows: list[int]) -> None:
        """Control characters (NUL, …) removed from cells: said, with the rows."""
        if not characters:
            return
        named = ", ".join(str(row) for row in rows)
        where = f"de la fila {named}" if len(rows) == 1 else f"de las filas {named}"
        if len(rows) >= KEPT_CLEANED_ROWS:
            where += " y otras"
        removed = count_phrase(characters, "carácter de control", "caracteres de control")
        self.notices.append(
            f"Se quitaron {removed} (invisibles, como NUL) de las celdas {where}; revise esas "
            "filas en el archivo original."
        )

    def start_over(self) -> None:
        """Forget the rows of a pass that was rolled back (the notices stay)."""
        self.counts = Counts()
        self.problems = []
        self.reasons = Counter()

    def note(self, sentence: str) -> None:
        self.notices.append(sentence)

    def how_read(self) -> list[str]:
        """How the file was read and what was done to its text, for the summary."""
        lines = list(self.conventions.sentences()) if self.conventions else []
        return lines + self.notices

    def add(self, problem: Problem) -> None:
        """(The official acta form yields one row per área of a student: the same problem of
        the same sheet row is listed once.)"""
        if len(self.problems) < KEPT_PROBLEMS and (
            not self.problems or self.problems[-1] != problem
        ):
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
            created = (
                f"{_verb(counts.inserted, 'Se crearía', 'Se crearían')} {_tables(counts.inserted)}"
                if any(counts.inserted.values())
                else "No se crearía ningún registro nuevo"
            )
            updated = (
                f"{_verb(counts.updated, 'se actualizaría', 'se actualizarían')} "
                f"{_tables(counts.updated)}"
                if any(counts.updated.values())
                else "no se actualizaría ninguno"
            )
            return (
                f"Simulación: {_rows(counts.valid, 'válida', 'válidas')} y "
                f"{counts.rejected:,} con problemas de {counts.read:,}. {created}; {updated}. "
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
                self.stopped
                if self.stopped
                else "cancelada"
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
        if self.conventions is not None and (conventions := self.conventions.audit()):
            detail["convenciones"] = conventions
        if self.rejects_file is not None:
            detail["rechazos"] = str(self.rejects_file)
        if self.notices:
            detail["avisos"] = list(self.notices)
        return detail


def _verb(counter: Counter, one: str, many: str) -> str:
    """ "Se crearía 1 estudiante" / "Se crearían 2 estudiantes, 1 matrícula": the verb agrees
    with the first count named."""
    first = next((count for count in counter.values() if count), 0)
    return one if first == 1 else many


def _tables(counter: Counter) -> str:
    if not any(counter.values()):
        return "ninguno"
    return ", ".join(
        count_phrase(count, *TABLE_WORDS.get(table, (table, table)))
        for table, count in counter.items()
        if count
    )


TABLE_WORDS = {
    "school": ("institución", "instituciones"),
    "student": ("estudiante", "estudiantes"),
    "enrollment": ("matrícula", "matrículas"),
    "result": ("calificativo", "calificativos"),
}


def _reason_family(reason: str) -> str:
    """Group "El DNI 123 …" and "El DNI 456 …" under one line of the summary."""
    return reason.split(":")[0].split("«")[0].strip()


class RejectsUnwritable(ValueError):
    """The rejects file cannot be written where it was asked for (a Spanish sentence)."""


class RejectsWriter:
    """The rejected rows with their reasons, for a person to open in Excel (CSV, UTF-8 with BOM
    so that the accents show).  Written to a temporary name and renamed at the end, so a crash
    never leaves half a rejects file that looks complete; every cell that a spreadsheet would
    run as a formula is written as text.  When the folder beside the imported file cannot be
    written (a read-only share, a CD), the default file goes to the user's documents folder and
    the report says so."""

    def __init__(self, path: Path, header: list[str]) -> None:
        self.path = Path(path)
        self.tmp = self.path.with_name(self.path.name + ".tmp")
        self.handle = self.tmp.open("w", encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.handle)
        self.moved_from: Path | None = None
        self.header = header
        self._write_header()

    def _write_header(self) -> None:
        self.writer.writerow(
            [neutralised(cell) for cell in ("FILA", *self.header, "COLUMNA", "MOTIVO")]
        )

    def restart(self) -> None:
        """Empty again, for an import that reads the file a second time."""
        self.handle.seek(0)
        self.handle.truncate()
        self._write_header()

    @classmethod
    def open(
        cls, path: Path, header: list[str], fallback: bool, source: Path | None = None
    ) -> RejectsWriter:
        path = Path(path)
        _refuse_to_overwrite(path, source)
        try:
            return cls(path, header)
        except FileNotFoundError:
            if not fallback:
                said = "no existe" if not path.parent.is_dir() else "no permite crear archivos"
                raise RejectsUnwritable(
                    f"La carpeta «{path.parent}» {said}: indique otra carpeta para el archivo "
                    "de filas rechazadas."
                ) from None
            problem: OSError | None = None
        except OSError as error:  # read-only folder or medium, no permission
            if not fallback:
                raise RejectsUnwritable(
                    f"No se puede escribir el archivo de filas rechazadas en «{path.parent}» (la "
                    "carpeta no lo permite): indique otra carpeta."
                ) from error
            problem = error
        folder = documents_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            writer = cls(folder / path.name, header)
        except OSError as error:
            raise RejectsUnwritable(
                f"No se puede escribir el archivo de filas rechazadas ni junto al archivo "
                f"importado ({path.parent}) ni en la carpeta Documentos ({folder}): indique una "
                "carpeta donde se pueda escribir."
            ) from error or problem
        writer.moved_from = path.parent
        return writer

    def write(self, row: int, cells: list[str], problems: list[Problem]) -> None:
        cells = cells[:-1]  # not the reader's sentinel
        width = len(self.header)
        if len(cells) > width > 0:  # a row with a separator too many: its extra cells stay
            cells = [*cells[: width - 1], ",".join(cells[width - 1 :])]  # in its last column
        self.writer.writerow(
            [
                row,
                *(neutralised(cell) for cell in cells),
                *([""] * (width - len(cells))),
                neutralised("; ".join(p.column for p in problems if p.column)),
                neutralised(" / ".join(p.reason for p in problems)),
            ]
        )

    def finish(self) -> Path:
        self.handle.close()
        self.tmp.replace(self.path)
        return self.path

    def discard(self) -> None:
        self.handle.close()
        self.tmp.unlink(missing_ok=True)


REJECTS_MARK = "FILA,"  # how every rejects file this program writes begins (after its BOM)


def _refuse_to_overwrite(path: Path, source: Path | None) -> None:
    """The rejects file replaces only an earlier rejects file: never the file being imported,
    the database or any other file someone typed by mistake after --rejects."""
    if source is not None and path.resolve() == Path(source).resolve():
        raise RejectsUnwritable(
            "El archivo de filas rechazadas no puede ser el mismo archivo que se importa: "
            "indique otro nombre."
        )
    if path.is_dir():
        raise RejectsUnwritable(f"«{path}» es una carpeta: indique un nombre de archivo .csv.")
    if not path.exists():
        return
    try:
        with path.open("rb") as handle:
            start = handle.read(len(REJECTS_MARK) + 3).removeprefix(b"\xef\xbb\xbf")
    except OSError:
        start = b""
    if not start.startswith(REJECTS_MARK.encode()):
        raise RejectsUnwritable(
            f"«{path.name}» ya existe y no es un archivo de filas rechazadas de CLA Escritorio: "
            "indique otro nombre, para no borrarlo."
        )


def _rows(count: int, one: str, many: str) -> str:
    """'1 fila válida', '3 filas válidas'."""
    return count_phrase(count, f"fila {one}", f"filas {many}")
