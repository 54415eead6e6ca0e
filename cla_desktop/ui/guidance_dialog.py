"""Ayuda → Certificado de estudios y visado (F1): what MINEDU tells offices, on screen, and
printed as a one-page note for the citizen (each note given is audited and counted)."""

from __future__ import annotations

import html

from PySide6.QtCore import Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QWidget

from cla_desktop.services.guidance import guidance
from cla_desktop.services.workbench import Workbench
from cla_desktop.ui.constancia_flow import ConstanciaFlow
from cla_desktop.ui.forms.ui_guidance_dialog import Ui_GuidanceDialog
from cla_desktop.ui.operations import Failure, OperationRunner


class GuidanceDialog(QDialog):
    """The note as text; Enter prints it for the citizen."""

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
        self.ui = Ui_GuidanceDialog()
        self.ui.setupUi(self)
        note = guidance()
        self.note = note
        font = QFont(self.ui.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.ui.title.setFont(font)
        self.ui.title.setText(note.title)
        points = "".join(f"<li>{html.escape(point)}</li>" for point in note.points)
        sources = "".join(f"<li>{html.escape(source)}</li>" for source in note.sources)
        self.ui.text.setHtml(
            f"<p>{html.escape(note.intro)}</p><ul>{points}</ul>"
            f"<p>{html.escape(note.consulta)}</p>"
            f"<p><b>{self.tr('Base normativa')}</b></p><ul>{sources}</ul>"
            f"<p><i>{html.escape(note.disclaimer)}</i></p>"
        )
        self.ui.printButton.clicked.connect(self.on_print_clicked)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.printButton.setFocus()

    @Slot()
    def on_print_clicked(self) -> None:
        self.ui.printButton.setEnabled(False)
        self.ui.messageLabel.setText(self.tr("Preparando la nota…"))
        self.runner.run(
            self.workbench.guidance_note, self.on_note_ready, self.on_failed, owner=self
        )

    def on_note_ready(self, pdf: bytes) -> None:
        self.ui.printButton.setEnabled(True)
        self.ui.messageLabel.setText(self.tr("Nota lista para imprimir (queda en los reportes)."))
        self.flow.show_pdf(
            pdf,
            self.note.title,
            "certificado-y-visado.pdf",
            parent=self,
            window_title=self.note.title,
        )

    def on_failed(self, failure: Failure) -> None:
        self.ui.printButton.setEnabled(True)
        self.ui.messageLabel.setText(failure.message)
