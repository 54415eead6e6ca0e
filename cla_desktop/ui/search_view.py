"""The one search box: results as the clerk types (debounced, off the GUI thread; a slow
earlier query never overwrites a newer one), Enter opens the trajectory."""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QFont, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from cla_desktop.domain.codes import CodigoModular
from cla_desktop.domain.levels import Nivel
from cla_desktop.services.search.filters import SearchFilters
from cla_desktop.services.search.service import SearchOutcome
from cla_desktop.services.workbench import Workbench
from cla_desktop.store.errors import DatabaseError
from cla_desktop.ui.background import TaskRunner
from cla_desktop.ui.forms.ui_search_view import Ui_SearchView
from cla_desktop.ui.search_results_model import SearchResultsModel

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250
_NIVELES = (None, Nivel.INICIAL, Nivel.PRIMARIA, Nivel.SECUNDARIA)


class SearchView(QWidget):
    """Search box, filters and the lazy results table."""

    student_opened = Signal(int)
    batch_requested = Signal(list)  # documents of the selected students
    search_finished = Signal(int)  # number of results, for tests and the status bar

    def __init__(
        self, workbench: Workbench, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.runner = runner
        self.ui = Ui_SearchView()
        self.ui.setupUi(self)
        font = QFont(self.ui.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.title.setFont(font)
        query_font = QFont(self.ui.queryEdit.font())
        query_font.setPointSizeF(query_font.pointSizeF() * 1.4)
        self.ui.queryEdit.setFont(query_font)
        self.model = SearchResultsModel(workbench.load_hits, self)
        self.ui.resultsTable.setModel(self.model)
        header = self.ui.resultsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.resultsTable.verticalHeader().setVisible(False)
        self._fill_ugels()
        self._sequence = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.on_debounce_timeout)
        self.ui.queryEdit.textEdited.connect(self.on_input_changed)
        self.ui.queryEdit.returnPressed.connect(self.on_query_return_pressed)
        self.ui.queryEdit.installEventFilter(self)
        self.ui.birthYearSpin.valueChanged.connect(self.on_input_changed)
        self.ui.yearSpin.valueChanged.connect(self.on_input_changed)
        self.ui.nivelCombo.currentIndexChanged.connect(self.on_input_changed)
        self.ui.ugelCombo.currentIndexChanged.connect(self.on_input_changed)
        self.ui.schoolEdit.textEdited.connect(self.on_input_changed)
        self.ui.resultsTable.activated.connect(self.on_result_activated)
        self.batch_action = QAction(self.tr("Emitir constancias de los seleccionados (lote)"), self)
        self.batch_action.triggered.connect(self.on_batch_triggered)
        self.ui.resultsTable.addAction(self.batch_action)
        self.setFocusProxy(self.ui.queryEdit)

    def _fill_ugels(self) -> None:
        combo = self.ui.ugelCombo
        combo.addItem(self.tr("Todas"), None)
        for code, name in self.workbench.ugels():
            combo.addItem(f"{name} ({code})", code)

    def focus_query(self) -> None:
        self.ui.queryEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.queryEdit.selectAll()

    def filters(self) -> SearchFilters | None:
        """The filters on screen, or None (with a message) when one is not valid."""
        school_text = self.ui.schoolEdit.text().strip()
        school = None
        if school_text:
            try:
                school = CodigoModular.parse(school_text)
            except ValueError as error:
                self.ui.statusLabel.setText(str(error))
                return None
        birth_year = self.ui.birthYearSpin.value()
        year = self.ui.yearSpin.value()
        return SearchFilters(
            birth_year=None if birth_year == self.ui.birthYearSpin.minimum() else birth_year,
            ugel_code=self.ui.ugelCombo.currentData(),
            school=school,
            nivel=_NIVELES[self.ui.nivelCombo.currentIndex()],
            year=None if year == self.ui.yearSpin.minimum() else year,
        )

    @Slot()
    def on_input_changed(self) -> None:
        self._debounce.start()

    @Slot()
    def on_debounce_timeout(self) -> None:
        self.run_search()

    def run_search(self) -> None:
        """Start a search for what is on screen; only the newest answer will be shown."""
        self._debounce.stop()
        filters = self.filters()
        if filters is None:
            return
        self._sequence += 1
        query = self.ui.queryEdit.text()
        self.ui.statusLabel.setText(self.tr("Buscando…"))
        self.runner.run(
            partial(self.workbench.search, query, filters),
            partial(self.on_search_done, self._sequence),
            partial(self.on_search_failed, self._sequence),
        )

    def on_search_done(self, sequence: int, outcome: SearchOutcome) -> None:
        if sequence != self._sequence:
            return  # a newer search was started: this answer is stale
        self.model.reset(outcome.ranked)
        if self.model.rowCount():
            self.ui.resultsTable.selectRow(0)
        self.ui.statusLabel.setText(self._status(outcome))
        self.search_finished.emit(len(outcome))

    def on_search_failed(self, sequence: int, error: Exception) -> None:
        if sequence != self._sequence:
            return
        self.ui.statusLabel.setText(
            self.tr("No se pudo buscar: {reason}").format(reason=_reason(error))
        )

    def _status(self, outcome: SearchOutcome) -> str:
        if outcome.query.kind.value == "EMPTY":
            return self.tr("Escriba al menos dos letras de un nombre, o un DNI o código.")
        if not outcome.ranked:
            return self.tr("Sin resultados. Revise lo escrito o quite filtros.")
        text = self.tr("{count} resultados").format(count=len(outcome))
        if outcome.truncated:
            text += self.tr(" (hay más: agregue otro nombre o un filtro)")
        return text + self.tr(" · Intro abre la trayectoria")

    @Slot()
    def on_query_return_pressed(self) -> None:
        if self._debounce.isActive() or not self.model.rowCount():
            self.run_search()  # Enter before the pause: search now, then open
        self.open_selected()

    @Slot(QModelIndex)
    def on_result_activated(self, index: QModelIndex) -> None:
        self.student_opened.emit(self.model.hit(index.row()).student_id)

    def selected_documents(self) -> list[str]:
        rows = sorted(
            {index.row() for index in self.ui.resultsTable.selectionModel().selectedRows()}
        )
        hits = [self.model.hit(row) for row in rows]
        return [hit.document_number or hit.codigo_estudiante or "" for hit in hits]

    @Slot()
    def on_batch_triggered(self) -> None:
        documents = [d for d in self.selected_documents() if d]
        if documents:
            self.batch_requested.emit(documents)

    def open_selected(self) -> None:
        if not self.model.rowCount():
            return
        rows = self.ui.resultsTable.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        self.student_opened.emit(self.model.hit(row).student_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the search box move through the results without leaving it."""
        if watched is self.ui.queryEdit and isinstance(event, QKeyEvent):
            key = event.key()
            if (
                event.type() == QEvent.Type.KeyPress
                and key in (Qt.Key.Key_Down, Qt.Key.Key_Up)
                and self.model.rowCount()
            ):
                rows = self.ui.resultsTable.selectionModel().selectedRows()
                current = rows[0].row() if rows else -1
                step = 1 if key == Qt.Key.Key_Down else -1
                target = max(0, min(self.model.rowCount() - 1, current + step))
                self.ui.resultsTable.selectRow(target)
                return True
        return super().eventFilter(watched, event)


def _reason(error: Exception) -> str:
    if isinstance(error, PermissionError | ValueError | DatabaseError):
        return str(error)
    return QCoreApplication.translate(
        "SearchView", "ocurrió un error inesperado; el detalle quedó en el registro."
    )
