"""Which year of each grade a constancia prints, and why the others are left out.

The statement says «registra calificativos correspondientes a …»: only a year whose acta is
closed and that holds calificativos may be a column, or the paper claims grades that do not
exist (#15, point 1).  A year still in progress, a RETIRADO year without results and the earlier
of two years of a repeated grade are not columns; they are named in the observaciones, so the
reader knows they were seen and why they are not printed.
"""

from __future__ import annotations

from dataclasses import dataclass

from cla_desktop.domain.grading import BLANK
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.situacion_final import Outcome, outcome_of
from cla_desktop.domain.trajectory import ACTA_APPROVED, ACTA_RECTIFICATION, YearRecord


@dataclass(frozen=True)
class PrintedYears:
    by_grado: dict[int, YearRecord]  # the record each grade's column prints
    notes: tuple[str, ...]  # the years left out, one line each, by year


def is_closed(record: YearRecord) -> bool:
    """The acta of that year is closed: APROBADA, or — actas imported without the ESTADO_ACTA
    column (it is optional, and the official acta form has none) — a situación final recorded.
    A year in progress has neither; an acta in rectificación is never closed."""
    if record.acta_estado == ACTA_RECTIFICATION:
        return False
    return record.acta_estado == ACTA_APPROVED or bool((record.situacion_final or "").strip())


def has_results(record: YearRecord) -> bool:
    """At least one calificativo written (a blank one, allowed in 2020-2021, is not one)."""
    return any(line.calificativo != BLANK for line in record.results)


def _left_out(record: YearRecord, latest_year: int) -> str:
    """Why a closed-or-not year is not a column, in the words the observaciones print."""
    if not is_closed(record):
        if record.year >= latest_year:
            return f"{record.year}: año lectivo en curso, sin acta cerrada"
        return f"{record.year}: {record.grado_label}, sin acta cerrada ni situación final"
    situacion = (record.situacion_final or "").strip() or record.grado_label
    return f"{record.year}: {situacion}, sin calificativos"


def printed_years(records: tuple[YearRecord, ...], nivel: Nivel) -> PrintedYears:
    """Per grade, the latest year whose acta is closed and holds calificativos.

    `records` come by year (Trajectory order).  The first school of a mid-year transfer
    (TRASLADADO) is skipped without a note: the school where the year ended is printed.  "The
    year in progress" is the latest year of the whole trajectory without a closed acta: the
    domain has no clock, and the snapshot must not depend on one."""
    mine = [r for r in records if r.nivel is nivel and r.covered]
    if not mine:
        return PrintedYears({}, ())
    latest_year = max(r.year for r in records)
    chosen: dict[int, YearRecord] = {}
    left_out: list[tuple[int, str]] = []
    for record in mine:
        if outcome_of(record.situacion_final) is Outcome.TRANSFER:
            continue
        if not (is_closed(record) and has_results(record)):
            left_out.append((record.year, _left_out(record, latest_year)))
            continue
        earlier = chosen.get(record.grado)
        if earlier is not None:
            left_out.append((earlier.year, _repeated(earlier, record)))
        chosen[record.grado] = record
    left_out.sort(key=lambda pair: pair[0])
    return PrintedYears(chosen, tuple(note for _year, note in left_out))


def _repeated(earlier: YearRecord, later: YearRecord) -> str:
    situacion = (earlier.situacion_final or "").strip()
    what = f"{earlier.grado_label} {situacion}".strip()
    return f"{earlier.year}: {what}; el grado se cursó de nuevo en {later.year}"
