"""How a file writes its coded columns, told from the whole file before a row is stored.

A value that means two things (the letter M in SEXO; 03/04/2010 in a file that may be
mm/dd) is never read by guessing: the importer reads the column once, sees what the other
values imply (an H means the H/M form, an F the F/M form; a 25 in the second place means
month first) and reads every row through that one convention.  When the file does not say,
the office states it (`cla import --sexo`, the wizard's choice) or the file is refused.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from cla_desktop.domain.names import fold
from cla_desktop.domain.sexo_codes import (
    SexoConvention,
    SexoConventionUnknown,
    conventions,
    tell_convention,
)
from cla_desktop.domain.spreadsheet_dates import (
    DAY_FIRST,
    MONTH_FIRST,
    SERIAL_PATTERN,
    order_evidence,
)
from cla_desktop.services.imports.source_facts import SourceError

SEXO, BIRTH = "SEXO", "FECHA_NACIMIENTO"
EVIDENCE_SHARE = 0.1  # of a file's dd/mm-shaped dates, to prove an order
SHOWN_VALUES = 12  # distinct values named in a message


class ConventionNeeded(SourceError):
    """The file does not say how to read a coded column; the office must state it."""

    def __init__(self, message: str, column: str, seen: dict[str, int]) -> None:
        super().__init__(message)
        self.column = column
        self.seen = seen


@dataclass(frozen=True)
class FileConventions:
    sexo: SexoConvention | None = None
    sexo_stated: bool = False  # chosen by the office, not told by the file
    sexo_seen: dict[str, int] = field(default_factory=dict)  # folded value -> rows
    month_first: bool = False

    def sentences(self) -> list[str]:
        """What the report and the wizard say about how the file was read."""
        lines = []
        if self.sexo is not None:
            how = (
                "indicada por la oficina"
                if self.sexo_stated
                else f"deducida de los valores {_values(self.sexo_seen)}"
            )
            lines.append(f"Sexo leído con la forma {self.sexo.label} ({how}).")
        if self.month_first:
            lines.append(
                "Fechas leídas como mes/día/año: el archivo tiene fechas que solo pueden leerse "
                "así."
            )
        return lines

    def audit(self) -> dict:
        detail = {}
        if self.sexo is not None:
            detail["sexo"] = self.sexo.code + (" (indicada)" if self.sexo_stated else "")
        if self.month_first:
            detail["fechas"] = "mes/dia/anio"
        return detail


def read_conventions(source, stated_sexo: str | None = None) -> FileConventions:
    """Reads the file's coded columns once (the rows are read again to import them)."""
    columns = source.columns
    if columns is None:
        return FileConventions()
    sexo_at = columns.index.get(SEXO)
    birth_at = columns.index.get(BIRTH)
    if sexo_at is None and birth_at is None:
        return FileConventions()
    seen: Counter[str] = Counter()
    day_first = month_first = None  # (row, text) of the first evidence of each order
    evidence_rows: Counter[str] = Counter()
    dated = 0  # rows with a dd/mm/aaaa-shaped date
    for row, cells in source.rows():
        if sexo_at is not None:
            value = fold(cells[sexo_at])
            if value and (value in seen or len(seen) < 64):
                seen[value] += 1
        if birth_at is not None and (text := cells[birth_at]):
            if SERIAL_PATTERN.match(text.strip()) and getattr(source, "date1904", False):
                raise SourceError(
                    f"{source.path.name}: el libro usa el sistema de fechas de 1904 (Excel antiguo "
                    f"de Mac) y la columna {columns.shown(BIRTH)} trae fechas como números sin "
                    f"formato (fila {row}: {text.strip()}), que no se pueden leer con seguridad. "
                    "Dé formato de fecha a la columna en Excel, o guárdela como dd/mm/aaaa, y "
                    "vuelva a importar el archivo."
                )
            evidence = order_evidence(text)
            if evidence is not None:
                dated += 1
                evidence_rows[evidence] += 1
            if evidence == DAY_FIRST and day_first is None:
                day_first = (row, text.strip())
            elif evidence == MONTH_FIRST and month_first is None:
                month_first = (row, text.strip())
    source.forget_cleaned()  # the import's own pass reports them
    header = columns.shown(BIRTH)
    # One order is proved by a share of the dates, not by one row: in a real mm/dd file about
    # half the dates have a day over 12, while one 03/25/2014 among 600 dd/mm dates is a typo,
    # rejected in its row, that must not turn the other 599 around.
    needed = max(1, math.ceil(EVIDENCE_SHARE * dated))
    if evidence_rows[DAY_FIRST] < needed:
        day_first = None
    if evidence_rows[MONTH_FIRST] < needed:
        month_first = None
    if day_first and month_first:
        raise SourceError(
            f"{source.path.name}: la columna {header} mezcla día/mes/año (fila {day_first[0]}: "
            f"{day_first[1]}) y mes/día/año (fila {month_first[0]}: {month_first[1]}); corrija "
            "las fechas para que usen un solo orden, dd/mm/aaaa."
        )
    sexo, stated = _sexo(source, columns.shown(SEXO), seen, stated_sexo)
    return FileConventions(sexo, stated, dict(seen), month_first is not None)


def _sexo(source, header: str, seen: Counter, stated: str | None):
    if stated:
        return conventions()[stated], True
    try:
        return tell_convention(seen, header), False
    except SexoConventionUnknown as unknown:
        raise ConventionNeeded(f"{source.path.name}: {unknown}", SEXO, dict(seen)) from None


def _values(seen: dict[str, int]) -> str:
    ordered = sorted(seen, key=lambda value: (-seen[value], value))[:SHOWN_VALUES]
    return ", ".join(ordered)
