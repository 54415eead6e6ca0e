"""The consultas queue: counts by state, filters, detail with history and the e-mail as sent,
'Enviar borrador', 'Enviar ahora' and 'Reintentar'.  Every query runs in the background."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from cla_desktop.domain.consulta import STATE_LABELS, ConsultaState, state_label
from cla_desktop.domain.lima_time import format_moment
from cla_desktop.services.consultas.queue import QueueRow, TicketDetail
from cla_desktop.services.workbench import Workbench
from cla_desktop.ui.forms.ui_consulta_queue import Ui_ConsultaQueue
from cla_desktop.ui.operations import Failure, OperationRunner

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
    """The office's consultas, newest first; the selected one in full below."""

    counts_changed = Signal(dict)
    send_requested = Signal()

    def __init__(
        self, workbench: Workbench, runner: OperationRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.runner = runner
        self.ui = Ui_ConsultaQueue()
        self.ui.setupUi(self)
        self.ui.stateCombo.addItem(self.tr("Todas"), None)
        for state in ConsultaState:
            self.ui.stateCombo.addItem(self.tr(state.label), state.value)
        self.ui.table.setColumnCount(len(COLUMNS))
        self.ui.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (4, 6):  # who and the last error share the rest ("…" and a tooltip)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.ui.table.verticalHeader().setVisible(False)
        self.ui.table.setWordWrap(False)  # one line a row; long names end in "…" (tooltip)
        self.rows: list[QueueRow] = []
        self._sequence = 0
        self.ui.stateCombo.currentIndexChanged.connect(self.refresh)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.retryButton.clicked.connect(self.on_retry_clicked)
        self.ui.retryOneButton.clicked.connect(self.on_retry_one_clicked)
        self.ui.sendDraftButton.clicked.connect(self.on_send_draft_clicked)
        self.ui.sendButton.clicked.connect(self.send_requested)
        self.ui.table.itemSelectionChanged.connect(self.on_selection_changed)

    @Slot()
    def refresh(self) -> None:
        state = self.ui.stateCombo.currentData()
        self._sequence += 1
        self.runner.run(
            partial(self.workbench.consultas, ConsultaState(state) if state else None),
            partial(self.on_loaded, self._sequence),
            self.on_failed,
            owner=self,
        )

    def on_loaded(self, sequence: int, answer: tuple[list[QueueRow], dict]) -> None:
        if sequence != self._sequence:
            return
        selected = self.selected_ticket()
        self.rows, counts = answer
        table = self.ui.table
        table.blockSignals(True)
        table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            values = (
                row.ticket,
                state_label(row.state),
                row.category,
                format_moment(row.created_at),
                row.student or "-",
                str(row.attempts),
                row.last_error or "",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (4, 6) and value:
                    item.setToolTip(value)
                table.setItem(index, column, item)
            if row.ticket == selected:
                table.selectRow(index)
        table.blockSignals(False)
        self.ui.countsLabel.setText(
            " · ".join(
                f"{state_label(state)}: {count}"
                for state, count in sorted(counts.items(), key=_state_order)
            )
        )
        self.counts_changed.emit(counts)

    def on_failed(self, failure: Failure) -> None:
        self.ui.detailEdit.setPlainText(failure.message)

    def selected_ticket(self) -> str | None:
        selected = self.ui.table.selectionModel().selectedRows()
        return self.rows[selected[0].row()].ticket if selected else None

    @Slot()
    def on_selection_changed(self) -> None:
        ticket = self.selected_ticket()
        if ticket is None:
            return
        row = next(r for r in self.rows if r.ticket == ticket)
        self.ui.sendDraftButton.setEnabled(row.state == ConsultaState.BORRADOR.value)
        self.runner.run(
            partial(self.workbench.consulta_detail, ticket),
            self.on_detail,
            self.on_failed,
            owner=self,
        )

    def on_detail(self, detail: TicketDetail) -> None:
        if detail.row.ticket != self.selected_ticket():
            return  # another row was chosen meanwhile
        parts = [
            f"{detail.row.ticket} · {state_label(detail.row.state)} · {detail.row.category}",
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
                self.tr("De: {sender} · Para: {to} · Responder a: {reply}").format(
                    sender=detail.email_from, to=detail.email_to, reply=detail.email_reply_to
                ),
                self.tr("Asunto: {subject}").format(subject=detail.email_subject),
                "",
                detail.email_text or "",
            ]
        if detail.reply_text:
            parts += ["", self.tr("Respuesta de DIGE:"), detail.reply_text]
        self.ui.detailEdit.setPlainText("\n".join(parts))

    @Slot()
    def on_send_draft_clicked(self) -> None:
        ticket = self.selected_ticket()
        if ticket is None:
            self.ui.detailEdit.setPlainText(self.tr("Elija un borrador de la lista."))
            return
        self.runner.run(
            partial(self.workbench.send_draft, ticket),
            self.on_changed,
            self.on_failed,
            owner=self,
        )

    @Slot()
    def on_retry_one_clicked(self) -> None:
        ticket = self.selected_ticket()
        if ticket is not None:
            self.runner.run(
                partial(self.workbench.retry_outbox, ticket),
                self.on_changed,
                self.on_failed,
                owner=self,
            )

    @Slot()
    def on_retry_clicked(self) -> None:
        self.runner.run(self.workbench.retry_outbox, self.on_changed, self.on_failed, owner=self)

    def on_changed(self, _result: object) -> None:
        self.refresh()
        self.send_requested.emit()


def _state_order(item: tuple[str, int]) -> int:
    order = list(STATE_LABELS)
    return order.index(item[0]) if item[0] in order else len(order)
