"""The register of issued constancias: filter, reprint from the snapshot, annul (supervisor,
with confirmation and a reason).  Every query runs in the background."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from functools import partial

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from cla_desktop.domain.constancia import ConstanciaState
from cla_desktop.domain.lima_time import LIMA, format_moment
from cla_desktop.domain.roles import Role
from cla_desktop.domain.wording import count_phrase
from cla_desktop.services.constancias.register import RegisterEntry
from cla_desktop.services.workbench import Workbench
from cla_desktop.ui.annul_dialog import AnnulDialog
from cla_desktop.ui.constancia_flow import STATE_WORDS, ConstanciaFlow
from cla_desktop.ui.dialogs import open_focused
from cla_desktop.ui.forms.ui_register_view import Ui_RegisterView
from cla_desktop.ui.operations import Failure, OperationRunner

COLUMNS = ("N.°", "Código", "Emitida", "Usuario", "Estudiante", "Documento", "Nivel", "Estado")


class RegisterView(QWidget):
    """Filters, the table and Reimprimir / Anular."""

    def __init__(
        self,
        workbench: Workbench,
        runner: OperationRunner,
        flow: ConstanciaFlow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.runner = runner
        self.flow = flow
        self.ui = Ui_RegisterView()
        self.ui.setupUi(self)
        today = QDate.currentDate()
        self.ui.sinceEdit.setDate(today.addDays(-30))
        self.ui.untilEdit.setDate(today)
        self.ui.stateCombo.addItem(self.tr("Todos"), None)
        for state in ConstanciaState:
            self.ui.stateCombo.addItem(STATE_WORDS[state.value].capitalize(), state.value)
        self.ui.table.setColumnCount(len(COLUMNS))
        self.ui.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.ui.table.verticalHeader().setVisible(False)
        self.ui.table.setWordWrap(False)  # one line a row; long names end in "…" (tooltip)
        self.entries: list[RegisterEntry] = []
        self._sequence = 0
        self.annul_dialog: AnnulDialog | None = None
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.reprintButton.clicked.connect(self.on_reprint_clicked)
        self.ui.annulButton.clicked.connect(self.on_annul_clicked)
        if not workbench.actor.role.allows(Role.SUPERVISOR):
            self.ui.annulButton.setEnabled(False)
            self.ui.annulButton.setToolTip(self.tr("Solo un supervisor puede anular."))

    @Slot()
    def refresh(self, note: str = "") -> None:
        since = datetime.combine(self.ui.sinceEdit.date().toPython(), time(), LIMA)
        until = datetime.combine(self.ui.untilEdit.date().toPython(), time(), LIMA)
        state = self.ui.stateCombo.currentData()
        self._sequence += 1
        self.ui.statusLabel.setText(self.tr("Cargando…"))
        self.runner.run(
            partial(
                self.workbench.register,
                since=since,
                until=until + timedelta(days=1),
                clerk=self.ui.clerkEdit.text().strip() or None,
                state=ConstanciaState(state) if state else None,
            ),
            partial(self.on_loaded, self._sequence, note),
            self.on_failed,
            owner=self,
        )

    def on_loaded(self, sequence: int, note: str, entries: list[RegisterEntry]) -> None:
        if sequence != self._sequence:
            return
        self.entries = entries
        table = self.ui.table
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = (
                f"{entry.correlativo:08d}",
                entry.codigo_virtual,
                format_moment(entry.issued_at),
                entry.issued_by,
                entry.student,
                entry.document or "-",
                entry.nivel.capitalize(),
                STATE_WORDS.get(entry.state, entry.state.lower()).capitalize(),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 4:
                    item.setToolTip(value)
                table.setItem(row, column, item)
        count = count_phrase(len(entries), self.tr("constancia"), self.tr("constancias"))
        self.ui.statusLabel.setText(f"{note} · {count}" if note else count)

    def on_failed(self, failure: Failure) -> None:
        self.ui.statusLabel.setText(failure.message)

    def selected(self) -> RegisterEntry | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    @Slot()
    def on_reprint_clicked(self) -> None:
        entry = self.selected()
        if entry is None:
            self.ui.statusLabel.setText(self.tr("Elija una constancia de la lista."))
            return
        self.flow.reprint(entry.codigo_virtual, self.ui.statusLabel.setText)

    @Slot()
    def on_annul_clicked(self) -> None:
        entry = self.selected()
        if entry is None:
            self.ui.statusLabel.setText(self.tr("Elija una constancia de la lista."))
            return
        dialog = AnnulDialog(entry, self)
        dialog.finished.connect(partial(self.on_annul_answered, dialog, entry.codigo_virtual))
        self.annul_dialog = dialog
        open_focused(dialog)

    def on_annul_answered(self, dialog: AnnulDialog, code: str, result: int) -> None:
        reason = dialog.reason()
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.annul(code, reason)

    def annul(self, code: str, reason: str) -> None:
        self.runner.run(
            partial(self.workbench.annul, code, reason),
            partial(self.on_annulled, code),
            self.on_failed,
            owner=self,
        )

    def on_annulled(self, code: str, _result: None) -> None:
        self.refresh(self.tr("Constancia {code} anulada").format(code=code))
