"""The consultas queue: counts by state, filters, detail with history and the e-mail as sent,
'Enviar ahora' and 'Reintentar todos'."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from cla_desktop.domain.consulta import ConsultaState
from cla_desktop.services.workbench import Workbench
from cla_desktop.ui.forms.ui_consulta_queue import Ui_ConsultaQueue

COLUMNS = (
    "Ticket",
    "Estado",
    "Categoría",
    "Registrada",
    "Estudiante o ciudadano",
    "Intentos",
    "Último error",
)


class ConsultaQueue(QWidget):
    counts_changed = Signal(dict)
    send_requested = Signal()

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.ui = Ui_ConsultaQueue()
        self.ui.setupUi(self)
        self.ui.stateCombo.addItem(self.tr("Todas"), None)
        for state in ConsultaState:
            self.ui.stateCombo.addItem(state.value.replace("_", " ").capitalize(), state.value)
        self.ui.table.setColumnCount(len(COLUMNS))
        self.ui.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.ui.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.table.verticalHeader().setVisible(False)
        self.rows = []
        self.ui.stateCombo.currentIndexChanged.connect(self.refresh)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.retryButton.clicked.connect(self.on_retry_clicked)
        self.ui.retryOneButton.clicked.connect(self.on_retry_one_clicked)
        self.ui.sendButton.clicked.connect(self.send_requested)
        self.ui.table.itemSelectionChanged.connect(self.on_selection_changed)

    @Slot()
    def refresh(self) -> None:
        state = self.ui.stateCombo.currentData()
        self.rows, counts = self.workbench.consultas(ConsultaState(state) if state else None)
        table = self.ui.table
        table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            values = (
                row.ticket,
                row.state,
                row.category,
                row.created_at.strftime("%d/%m/%Y %H:%M"),
                row.student or "-",
                str(row.attempts),
                row.last_error or "",
            )
            for column, value in enumerate(values):
                table.setItem(index, column, QTableWidgetItem(value))
        self.ui.countsLabel.setText(
            " · ".join(
                f"{state.replace('_', ' ').lower()}: {count}"
                for state, count in sorted(counts.items())
            )
        )
        self.counts_changed.emit(counts)

    @Slot()
    def on_selection_changed(self) -> None:
        selected = self.ui.table.selectionModel().selectedRows()
        if not selected:
            return
        detail = self.workbench.consulta_detail(self.rows[selected[0].row()].ticket)
        parts = [
            f"{detail.row.ticket} · {detail.row.state} · {detail.row.category}",
            "",
            detail.description,
            "",
            self.tr("Historial:"),
            *detail.history,
        ]
        if detail.email_subject:
            parts += [
                "",
                self.tr("Correo enviado:"),
                detail.email_subject,
                "",
                detail.email_text or "",
            ]
        if detail.reply_text:
            parts += ["", self.tr("Respuesta de DIGE:"), detail.reply_text]
        self.ui.detailEdit.setPlainText("\n".join(parts))

    @Slot()
    def on_retry_one_clicked(self) -> None:
        selected = self.ui.table.selectionModel().selectedRows()
        if selected:
            self.workbench.retry_outbox(self.rows[selected[0].row()].ticket)
            self.send_requested.emit()

    @Slot()
    def on_retry_clicked(self) -> None:
        self.workbench.retry_outbox()
        self.send_requested.emit()
