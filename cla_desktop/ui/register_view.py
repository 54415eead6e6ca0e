"""The register of issued constancias: filter, reprint from the snapshot, annul (supervisor)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QInputDialog, QTableWidgetItem, QWidget

from cla_desktop.domain.constancia import ConstanciaState
from cla_desktop.services.constancias.issuance import PERU
from cla_desktop.services.constancias.register import RegisterEntry
from cla_desktop.services.workbench import Workbench
from cla_desktop.ui.forms.ui_register_view import Ui_RegisterView

COLUMNS = ("N.°", "Código", "Emitida", "Usuario", "Estudiante", "Documento", "Nivel", "Estado")


class RegisterView(QWidget):
    reprint_ready = Signal(object, bytes)  # (StoredConstancia, pdf)

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.ui = Ui_RegisterView()
        self.ui.setupUi(self)
        today = QDate.currentDate()
        self.ui.sinceEdit.setDate(today.addDays(-30))
        self.ui.untilEdit.setDate(today)
        self.ui.stateCombo.addItem(self.tr("Todos"), None)
        for state in ConstanciaState:
            self.ui.stateCombo.addItem(state.value.capitalize(), state.value)
        self.ui.table.setColumnCount(len(COLUMNS))
        self.ui.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.ui.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.table.verticalHeader().setVisible(False)
        self.entries: list[RegisterEntry] = []
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.reprintButton.clicked.connect(self.on_reprint_clicked)
        self.ui.annulButton.clicked.connect(self.on_annul_clicked)

    @Slot()
    def refresh(self) -> None:
        since = datetime.combine(self.ui.sinceEdit.date().toPython(), time(), PERU)
        until = datetime.combine(self.ui.untilEdit.date().toPython(), time(), PERU)
        state = self.ui.stateCombo.currentData()
        self.entries = self.workbench.register(
            since=since,
            until=until + timedelta(days=1),
            clerk=self.ui.clerkEdit.text().strip() or None,
            state=ConstanciaState(state) if state else None,
        )
        table = self.ui.table
        table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            values = (
                f"{entry.correlativo:08d}",
                entry.codigo_virtual,
                entry.issued_at.astimezone(PERU).strftime("%d/%m/%Y %H:%M"),
                entry.issued_by,
                entry.student,
                entry.document or "-",
                entry.nivel.capitalize(),
                entry.state.capitalize(),
            )
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        self.ui.statusLabel.setText(self.tr("{count} constancias").format(count=len(self.entries)))

    def selected(self) -> RegisterEntry | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    @Slot()
    def on_reprint_clicked(self) -> None:
        entry = self.selected()
        if entry is None:
            self.ui.statusLabel.setText(self.tr("Elija una constancia de la lista."))
            return
        stored, pdf = self.workbench.reprint(entry.codigo_virtual)
        self.reprint_ready.emit(stored, pdf)

    @Slot()
    def on_annul_clicked(self) -> None:
        entry = self.selected()
        if entry is None:
            self.ui.statusLabel.setText(self.tr("Elija una constancia de la lista."))
            return
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Anular constancia"),
            self.tr("Motivo de la anulación de {code}:").format(code=entry.codigo_virtual),
        )
        if accepted:
            self.annul(entry.codigo_virtual, reason)

    def annul(self, code: str, reason: str) -> None:
        try:
            self.workbench.annul(code, reason)
        except (PermissionError, ValueError) as error:
            self.ui.statusLabel.setText(str(error))
            return
        self.refresh()
        self.ui.statusLabel.setText(self.tr("Constancia {code} anulada.").format(code=code))
