"""The one search box: results as the clerk types (debounced, off the GUI thread; a slow
earlier query never overwrites a newer one), Enter opens the trajectory.

Enter always means "the student whose name is in the box": pressed during the typing pause or
while a search runs, it waits for the search of what is typed now and opens its top hit (or
says there is none); a slower, older answer can never be opened in its place."""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget

from cla_desktop.domain.codes import CodigoModular
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.wording import count_phrase
from cla_desktop.services.search.filters import SearchFilters
from cla_desktop.services.search.matching import MatchKind
from cla_desktop.services.search.service import SearchOutcome
from cla_desktop.services.workbench import SearchPage, Workbench
from cla_desktop.ui.forms.ui_search_view import Ui_SearchView
from cla_desktop.ui.operations import Failure, OperationHandle, OperationRunner
from cla_desktop.ui.search_results_model import PAGE, SearchResultsModel

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250
_NIVELES = (None, Nivel.INICIAL, Nivel.PRIMARIA, Nivel.SECUNDARIA)


class SearchView(QWidget):
    """Search box, filters and the lazy results table."""

    student_opened = Signal(int)
    batch_requested = Signal(list)  # documents of the selected students
    search_finished = Signal(int)  # number of results, for tests and the status bar

    def __init__(
        self, workbench: Workbench, runner: OperationRunner, parent: QWidget | None = None
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
        # The name and the last school share what is left; long ones end in "…" (tooltip).
        for column in (0, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.resultsTable.verticalHeader().setVisible(False)
        self._fill_ugels()
        self._sequence = 0  # the newest search started
        self._shown = 0  # the search whose answer is on screen
        self._row_chosen = False  # the clerk moved to a row with the arrows since it arrived
        self._open_when_done: int | None = None  # Enter waits for this search
        self._search: OperationHandle | None = None
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
        self.ui.resultsTable.clicked.connect(self.on_result_clicked)
        # A long status (a partial list naming a long word) wraps: it never widens the window.
        self.ui.statusLabel.setWordWrap(True)
        self.batch_action = QAction(self.tr("Emitir constancias de los seleccionados (lote)"), self)
        self.batch_action.triggered.connect(self.on_batch_triggered)
        self.ui.resultsTable.addAction(self.batch_action)
        self.setFocusProxy(self.ui.queryEdit)

    def _fill_ugels(self) -> None:
        combo = self.ui.ugelCombo
        combo.addItem(self.tr("Todas"), None)
        for code, name in self.workbench.ugels():
            combo.addItem(f"{name} ({code})", code)

    def detach(self) -> None:
        """The window is going: the search box stops reporting keys to this view."""
        self.ui.queryEdit.removeEventFilter(self)

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
        self._open_when_done = None  # typing again after Enter: the clerk changed their mind
        self._debounce.start()

    @Slot()
    def on_debounce_timeout(self) -> None:
        self.run_search()

    @property
    def searching(self) -> bool:
        return self._sequence != self._shown

    def run_search(self, *, then_open: bool = False) -> bool:
        """Start a search for what is on screen; only the newest answer will be shown (and,
        with `then_open`, opened)."""
        self._debounce.stop()
        filters = self.filters()
        if filters is None:
            self._open_when_done = None
            return False
        if self._search is not None:
            self._search.abandon()  # its answer could only be stale now
        self._sequence += 1
        sequence = self._sequence
        if then_open:
            self._open_when_done = sequence
        query = self.ui.queryEdit.text()
        self.ui.statusLabel.setStyleSheet("")
        self.ui.statusLabel.setText(self.tr("Buscando…"))
        self._search = self.runner.run(
            partial(self.workbench.search_first_page, query, filters, PAGE),
            partial(self.on_search_done, sequence),
            partial(self.on_search_failed, sequence),
            owner=self,
        )
        return True

    def on_search_done(self, sequence: int, answer: SearchPage) -> None:
        if sequence != self._sequence:
            return  # a newer search was started: this answer is stale
        outcome = answer.outcome
        self._shown = sequence
        self._search = None
        self.model.reset(outcome.ranked, answer.hits)
        self._row_chosen = False
        if self.model.rowCount() and not outcome.partial:
            self.ui.resultsTable.selectRow(0)  # a partial row never looks chosen already
        self.ui.statusLabel.setText(self._status(outcome))
        self.search_finished.emit(len(outcome))
        if self._open_when_done == sequence:
            self._open_when_done = None
            self.open_selected()

    def on_search_failed(self, sequence: int, failure: Failure) -> None:
        if sequence != self._sequence:
            return
        self._shown = sequence
        self._search = None
        self._open_when_done = None
        self.model.reset(())
        self.ui.statusLabel.setText(
            self.tr("No se pudo buscar. {reason}").format(reason=failure.message)
        )

    def _status(self, outcome: SearchOutcome) -> str:
        if outcome.query.kind.value == "EMPTY":
            return self.tr("Escriba al menos dos letras de un nombre, o un DNI o código.")
        if not outcome.ranked:
            return self.tr("Sin resultados. Revise lo escrito o quite filtros.")
        if outcome.partial:
            return self._partial_status(outcome)
        text = count_phrase(len(outcome), self.tr("resultado"), self.tr("resultados"))
        if outcome.truncated:
            text += self.tr(" (hay más: agregue otro nombre o un filtro)")
        return text + self.tr(" · Intro abre la trayectoria")

    def _partial_status(self, outcome: SearchOutcome) -> str:
        """No name has every typed word: say which word is missing, and that Enter will not
        open a name the clerk did not type."""
        missing = sorted({r.unmatched for r in outcome.ranked if r.unmatched})
        count = count_phrase(
            len(outcome), self.tr("coincidencia parcial"), self.tr("coincidencias parciales")
        )
        if len(missing) == 1:
            return self.tr(
                "Ningún nombre tiene «{word}»: {count} con las demás palabras. Revise esa "
                "palabra; para abrir uno, selecciónelo en la lista y pulse Intro."
            ).format(word=missing[0], count=count)
        return self.tr(
            "Ningún nombre tiene todas las palabras: {count} con todas menos una (vea la "
            "columna Coincidencia). Para abrir uno, selecciónelo en la lista y pulse Intro."
        ).format(count=count)

    @Slot()
    def on_query_return_pressed(self) -> None:
        """Open what is typed now: wait for its search when it is not on screen yet."""
        if self._debounce.isActive() or (not self.searching and not self._shown):
            self.run_search(then_open=True)
            return
        if self.searching:
            self._open_when_done = self._sequence
            return
        self.open_selected()

    @Slot(QModelIndex)
    def on_result_clicked(self, _index: QModelIndex) -> None:
        self._row_chosen = True  # chosen with the mouse: Enter in the box opens it

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
        partial = self.model.rowCount() and self.model.hit(0).match_kind is MatchKind.PARTIAL
        if not self.model.rowCount() or (partial and not self._row_chosen):
            # Nothing to open, or only names that lack a typed word and no row chosen with the
            # arrows: Enter never opens a record the clerk did not name.
            # Say it where the eyes are (the status already explains why).
            QApplication.beep()
            self.ui.statusLabel.setStyleSheet("QLabel { color: #b91c1c; font-weight: bold; }")
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
                self._row_chosen = True
                return True
        return super().eventFilter(watched, event)
