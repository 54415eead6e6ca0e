"""Fills a QTableWidget with one nivel of a trajectory: a column per school year (as on the
constancia), a row per área or competencia, then situación final and acta."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from cla_desktop.domain.grading import level_band
from cla_desktop.domain.trajectory import ACTA_RECTIFICATION, YearRecord

# Band 0 (AD / 18-20) .. 3 (C / 0-10): green to red, readable in black text.
BAND_COLOURS = ("#b7e4c7", "#d8f3dc", "#ffe8a3", "#f8b4b4")
RECTIFICATION_COLOUR = "#f8b4b4"
KIND_ORDER = {"AREA": 0, "TALLER": 1, "TRANSVERSAL": 2}
MAX_COLUMN_WIDTH = 120


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrajectoryTable", text)


def row_keys(records: tuple[YearRecord, ...]) -> list[tuple[str, str, str | None]]:
    """(kind, área, competencia) in display order, across every year of the nivel."""
    seen: dict[tuple[str, str, str | None], tuple[int, int, int]] = {}
    for column, record in enumerate(records):
        for line in record.results:
            key = (line.kind, line.area, line.competencia)
            if key not in seen:
                seen[key] = (KIND_ORDER.get(line.kind, 3), column, line.position)
    return sorted(seen, key=lambda key: seen[key])


def row_label(key: tuple[str, str, str | None]) -> str:
    _kind, area, competencia = key
    if competencia:
        return f"{area} · {competencia}"
    return area


def fill(table: QTableWidget, records: tuple[YearRecord, ...]) -> None:
    keys = row_keys(records)
    table.clear()
    table.setColumnCount(len(records))
    table.setRowCount(len(keys) + 3)
    for column, record in enumerate(records):
        head = f"{record.year}\n{record.grado_label}\n{record.school.codigo_modular}"
        item = QTableWidgetItem(head)
        item.setToolTip(
            f"{record.school.name}\n{record.school.ugel or ''}\n{record.school.gestion or ''}"
            + (f"\n{_tr('Sección')} {record.seccion}" if record.seccion else "")
        )
        table.setHorizontalHeaderItem(column, item)
    labels = [row_label(k) for k in keys] + [
        _tr("Situación final"),
        _tr("Acta"),
        _tr("Observaciones"),
    ]
    table.setVerticalHeaderLabels(labels)
    for row, key in enumerate(keys):
        table.verticalHeaderItem(row).setToolTip(row_label(key))
    values = [
        {(r.kind, r.area, r.competencia): r.calificativo for r in rec.results} for rec in records
    ]
    bold = QFont(table.font())
    bold.setBold(True)
    for column, record in enumerate(records):
        for row, key in enumerate(keys):
            text = values[column].get(key)
            item = QTableWidgetItem("-" if text is None else (text or _tr("(en blanco)")))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            band = level_band(text or "")
            if band is not None:
                item.setBackground(QBrush(QColor(BAND_COLOURS[band])))
            table.setItem(row, column, item)
        final = QTableWidgetItem(record.situacion_final or _tr("En curso"))
        final.setToolTip(record.situacion_final or "")
        final.setFont(bold)
        final.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        table.setItem(len(keys), column, final)
        in_rectification = record.acta_estado == ACTA_RECTIFICATION
        acta_text = {
            "APROBADA": _tr("Aprobada"),
            ACTA_RECTIFICATION: _tr("En rectificación"),
        }.get(record.acta_estado or "", _tr("Pendiente"))
        acta = QTableWidgetItem(acta_text)
        acta.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if in_rectification:
            acta.setBackground(QBrush(QColor(RECTIFICATION_COLOUR)))
        table.setItem(len(keys) + 1, column, acta)
        notes = QTableWidgetItem(_tr("Sí") if record.observations else "-")
        notes.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if record.observations:
            notes.setToolTip("\n".join(record.observations))
        table.setItem(len(keys) + 2, column, notes)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.resizeColumnsToContents()
    for column in range(table.columnCount()):  # long situación final texts elide (tooltip)
        table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))
    table.verticalHeader().setMaximumWidth(420)
