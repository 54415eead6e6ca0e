"""Reports as a bar chart with its table beside it (QtCharts), exportable as CSV."""

from __future__ import annotations

import math
from functools import partial
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QDate, QMargins, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QMessageBox, QWidget

from cla_desktop.atomic_files import write_text_atomically
from cla_desktop.services.oversight import Oversight
from cla_desktop.services.reports import Period, Report
from cla_desktop.ui.file_dialogs import ask_save_path
from cla_desktop.ui.forms.ui_reports_view import Ui_ReportsView
from cla_desktop.ui.operations import Failure, OperationRunner
from cla_desktop.ui.table_fill import fill_table

MAX_BARS = 31  # a month of days; longer reports keep their last bars in the chart
BAR_COLOR = QColor("#1f5f99")


class ReportsView(QWidget):
    """Period, Actualizar, the report to show, its chart and figures."""

    exported = Signal()  # the CSV was written

    def __init__(
        self, oversight: Oversight, runner: OperationRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.oversight = oversight
        self.runner = runner
        self.reports: list[Report] = []
        self.ui = Ui_ReportsView()
        self.ui.setupUi(self)
        today = QDate.currentDate()
        self.ui.sinceEdit.setDate(today.addDays(-30))
        self.ui.untilEdit.setDate(today)
        self.chart_view: QChartView | None = None  # made when a report is first shown
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.reportCombo.currentIndexChanged.connect(self.on_report_changed)
        self.ui.exportButton.clicked.connect(self.on_export_clicked)

    def period(self) -> Period:
        return Period(self.ui.sinceEdit.date().toPython(), self.ui.untilEdit.date().toPython())

    @Slot()
    def refresh(self) -> None:
        period = self.period()
        if period.since > period.until:
            QMessageBox.information(
                self, self.tr("Reportes"), self.tr("La fecha inicial es posterior a la final.")
            )
            return
        self.ui.refreshButton.setEnabled(False)
        self.runner.run(
            partial(self.oversight.reports, period), self.on_loaded, self.on_failed, owner=self
        )

    def on_failed(self, failure: Failure) -> None:
        self.ui.refreshButton.setEnabled(True)
        QMessageBox.warning(self, self.tr("Reportes"), failure.message)

    def on_loaded(self, reports: list[Report]) -> None:
        self.ui.refreshButton.setEnabled(True)
        self.reports = reports
        current = self.ui.reportCombo.currentIndex()
        self.ui.reportCombo.blockSignals(True)
        self.ui.reportCombo.clear()
        for report in self.reports:
            self.ui.reportCombo.addItem(f"{report.title} ({report.total})", report.key)
        self.ui.reportCombo.setCurrentIndex(max(current, 0))
        self.ui.reportCombo.blockSignals(False)
        self.on_report_changed()

    def current_report(self) -> Report | None:
        index = self.ui.reportCombo.currentIndex()
        return self.reports[index] if 0 <= index < len(self.reports) else None

    def show_report(self, key: str) -> None:
        self.ui.reportCombo.setCurrentIndex(self.ui.reportCombo.findData(key))

    @Slot()
    def on_report_changed(self) -> None:
        report = self.current_report()
        if report is None:
            return
        fill_table(
            self.ui.table,
            [report.label_header, self.tr("Cantidad")],
            [*report.rows, (self.tr("Total"), report.total)],
        )
        self._draw(report)

    @property
    def chart(self) -> QChart | None:
        return self.chart_view.chart() if self.chart_view is not None else None

    def _new_view(self) -> QChart:
        """A fresh view and chart per report (reusing one left the previous axes drawn).  Both
        belong to Qt from the start — the chart to its view, the view to the layout's widget —
        and the old view is deleted by Qt, never by Python's garbage collector."""
        if self.chart_view is not None:
            self.ui.chartLayout.removeWidget(self.chart_view)
            self.chart_view.deleteLater()
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(self.tr("Gráfico del reporte"))
        self.ui.chartLayout.addWidget(self.chart_view)
        chart = self.chart_view.chart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        return chart

    def _draw(self, report: Report) -> None:
        chart = self._new_view()
        chart.setTitle(report.title)
        rows = report.rows[-MAX_BARS:]
        bars = QBarSet(report.title)
        bars.setColor(BAR_COLOR)
        for _label, count in rows:
            bars.append(count)
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([label for label, _count in rows] or [self.tr("(sin datos)")])
        if len(rows) > 8:
            categories.setLabelsAngle(-60)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setLabelFormat("%d")
        top = max([count for _label, count in rows] + [1])
        step = max(1, math.ceil(top / 5))  # whole-number ticks: these are counts
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        values.setTickInterval(step)
        values.setRange(0, step * (top // step + 1))
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)

    @Slot()
    def on_export_clicked(self) -> None:
        report = self.current_report()
        if report is None:
            return
        path = ask_save_path(self, self.tr("Exportar reporte"), f"{report.key}.csv", "CSV (*.csv)")
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        report = self.current_report()
        if report is None:
            return False
        self.runner.run(
            partial(self._export, path, report, self.period()),
            self.on_exported,
            self.on_export_failed,
            owner=self,
        )
        return True

    def _export(self, path: Path, report: Report, period: Period) -> None:  # worker thread
        write_text_atomically(path, self.oversight.report_csv(report, period))

    def on_exported(self, _result: None) -> None:
        self.exported.emit()

    def on_export_failed(self, failure: Failure) -> None:
        QMessageBox.warning(
            self,
            self.tr("No se exportó"),
            self.tr("No se pudo exportar. {reason}").format(reason=failure.message),
        )
