"""Annulment asks before it acts: which constancia, that it cannot be undone, and why — the
reason is required (a stray Enter on an empty reason annuls nothing), and the button says
what it does.  Esc or Cancelar leave everything as it was."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from cla_desktop.services.constancias.register import RegisterEntry
from cla_desktop.ui.forms.ui_annul_dialog import Ui_AnnulDialog

MIN_REASON = 5  # the service's own rule, checked here first so the dialog can say it


class AnnulDialog(QDialog):
    """Accepted only with a reason; `reason()` is then what the clerk wrote."""

    def __init__(self, entry: RegisterEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AnnulDialog()
        self.ui.setupUi(self)
        self.ui.whatLabel.setText(
            self.tr(
                "Constancia N.° {number:08d}, código virtual <b>{code}</b>, de {student} ({nivel})."
            ).format(
                number=entry.correlativo,
                code=entry.codigo_virtual,
                student=entry.student,
                nivel=entry.nivel.lower(),
            )
        )
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.annulButton.clicked.connect(self.on_annul_clicked)
        self.ui.reasonEdit.setFocus()

    def reason(self) -> str:
        return " ".join(self.ui.reasonEdit.text().split())

    @Slot()
    def on_annul_clicked(self) -> None:
        if len(self.reason()) < MIN_REASON:
            self.ui.messageLabel.setText(
                self.tr("Escriba el motivo de la anulación (al menos {n} caracteres).").format(
                    n=MIN_REASON
                )
            )
            self.ui.reasonEdit.setFocus()
            return
        self.accept()
