"""Verification at the counter: a USB scanner types the QR text into the box; or a typed code
and document.  The verdict is shown big, with the recorded data to compare with the paper.

After each verdict the box is selected, so the next scan replaces the text instead of being
appended to it; a verification already running takes the newest scan only."""

from __future__ import annotations

import html
from datetime import datetime
from functools import partial

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from cla_desktop.domain.constancia import format_date_es, format_time_es
from cla_desktop.domain.levels import grado_text
from cla_desktop.domain.lima_time import to_lima
from cla_desktop.services.constancias.verification import Verdict, Verification
from cla_desktop.services.workbench import Workbench
from cla_desktop.ui.forms.ui_verify_view import Ui_VerifyView
from cla_desktop.ui.operations import Failure, OperationRunner

COLOURS = {
    Verdict.VALIDA: "#166534",
    Verdict.REEMPLAZADA: "#b45309",
    Verdict.ANULADA: "#b91c1c",
    Verdict.NO_ENCONTRADA: "#374151",
    Verdict.FALSIFICADA: "#b91c1c",
    Verdict.NO_VERIFICABLE: "#b45309",
    Verdict.CLAVE_REVOCADA: "#b91c1c",
    Verdict.ILEGIBLE: "#374151",
}


class VerifyView(QWidget):
    """The scan box, the verdict in large colored letters and the data to compare."""

    def __init__(
        self, workbench: Workbench, runner: OperationRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.runner = runner
        self._sequence = 0
        self.ui = Ui_VerifyView()
        self.ui.setupUi(self)
        font = QFont(self.ui.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.title.setFont(font)
        self.ui.verifyButton.clicked.connect(self.on_verify_clicked)
        self.ui.codeEdit.returnPressed.connect(self.on_verify_clicked)
        self.ui.dniEdit.returnPressed.connect(self.on_verify_clicked)
        self.setFocusProxy(self.ui.codeEdit)
        self.last: Verification | None = None
        self._checking = ""

    def focus_code(self) -> None:
        self.ui.codeEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.codeEdit.selectAll()

    @Slot()
    def on_verify_clicked(self) -> None:
        text = self.ui.codeEdit.text().strip()
        if not text:
            self.ui.verdictLabel.setText(self.tr("Escanee el QR o escriba el código virtual."))
            return
        self._sequence += 1
        self._checking = self.ui.codeEdit.text()
        self.ui.verdictLabel.setText(self.tr("Verificando…"))
        self.ui.detailsLabel.setText("")
        self.runner.run(
            partial(self.workbench.verify, text, self.ui.dniEdit.text().strip() or None),
            partial(self.on_verified, self._sequence),
            partial(self.on_failed, self._sequence),
            owner=self,
        )
        self.focus_code()  # a scan arriving now replaces the text, never extends it

    def on_verified(self, sequence: int, result: Verification) -> None:
        if sequence == self._sequence:
            self.show_result(result)

    def on_failed(self, sequence: int, failure: Failure) -> None:
        if sequence == self._sequence:
            self.ui.verdictLabel.setText(
                self.tr("No se pudo verificar. {reason}").format(reason=failure.message)
            )
            self._select_for_next_scan()

    def _select_for_next_scan(self) -> None:
        """Select the box for the next scan — unless a next scan is already being typed
        (selecting then would cut it)."""
        if self.ui.codeEdit.text() == self._checking:
            self.focus_code()

    def show_result(self, result: Verification) -> None:
        self.last = result
        self._select_for_next_scan()
        colour = COLOURS[result.verdict]
        self.ui.trustLabel.setText(html.escape(result.trust))
        self.ui.trustLabel.setStyleSheet("color: #b91c1c;" if result.trust_expired else "")
        self.ui.verdictLabel.setText(
            f"<span style='font-size:20pt; font-weight:bold; color:{colour}'>"
            f"{result.verdict.value}</span><br/>{html.escape(result.message)}"
        )
        if not result.names or result.verdict in (Verdict.FALSIFICADA, Verdict.ILEGIBLE):
            self.ui.detailsLabel.setText("")  # a forged code's data are not the constancia's
            return
        issued = "-"
        if result.issued_at:
            moment = to_lima(datetime.fromisoformat(result.issued_at))
            issued = f"{format_date_es(moment.date())}, {format_time_es(moment)}"
        years = "<br/>".join(
            f"{year}: {grado_text(result.nivel, grado)} — {html.escape(situacion or '-')}"
            for year, grado, situacion in result.years
        )
        unchecked = result.verdict in (Verdict.NO_VERIFICABLE, Verdict.CLAVE_REVOCADA)
        self.ui.detailsLabel.setText(
            (self.tr("<i>Lo que dice el código (sin comprobar):</i><br/>") if unchecked else "")
            + f"<b>{html.escape(result.names)}</b> · {html.escape(result.document or '-')}<br/>"
            f"Nivel {html.escape(result.nivel or '-')} · "
            f"código {html.escape(result.codigo_virtual or '-')} · "
            f"N.° {html.escape(result.correlativo or '-')} · emitida el {issued} · "
            f"oficina {html.escape(result.office or '-')}<br/>{years}"
        )
