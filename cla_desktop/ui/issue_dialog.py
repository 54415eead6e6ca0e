"""Asks for the nivel, who requests the constancia and why (the service re-checks everything).

Keyboard first: for an adult the titular is preselected and Enter issues; for a minor the
mother is preselected and the cursor waits in the DNI field.  The dialog only collects the
request: the window issues it in the background and closes the dialog when it is done."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cla_desktop.domain.constancia import (
    RequesterType,
    default_motivo,
    motivos,
    requester_choices,
)
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.lima_time import today_lima
from cla_desktop.domain.names import full_name
from cla_desktop.domain.trajectory import Trajectory
from cla_desktop.services.constancias.issuance import IssueRequest
from cla_desktop.ui.forms.ui_issue_dialog import Ui_IssueDialog

_REQUESTER_LABELS = {
    RequesterType.TITULAR: "La o el titular (18 años o más)",
    RequesterType.MADRE: "La madre",
    RequesterType.PADRE: "El padre",
    RequesterType.APODERADO: "El apoderado",
}
OTHER = "Otros"


class IssueDialog(QDialog):
    """One form: Tab through, Enter issues, Esc cancels (except while issuing)."""

    submitted = Signal(object)  # IssueRequest: "Emitir"
    preview_requested = Signal(object)  # IssueRequest: "Vista previa"

    def __init__(
        self,
        trajectory: Trajectory,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_IssueDialog()
        self.ui.setupUi(self)
        self.busy = False
        student = trajectory.student
        self.ui.studentLabel.setText(
            "<b>"
            + full_name(student.apellido_paterno, student.apellido_materno, student.nombres)
            + "</b> · "
            + (student.document_number or student.codigo_estudiante or "-")
        )
        for nivel in reversed(list(trajectory.by_nivel())):  # the latest nivel first
            self.ui.nivelCombo.addItem(nivel.label, nivel)
        today = today or today_lima()
        choices = requester_choices(student.fecha_nacimiento, today)
        for requester in choices:
            self.ui.requesterCombo.addItem(self.tr(_REQUESTER_LABELS[requester]), requester)
        for motivo in motivos():
            self.ui.motivoCombo.addItem(motivo)
        self.ui.motivoCombo.setCurrentText(default_motivo(student.fecha_nacimiento, today))
        self.ui.requesterCombo.currentIndexChanged.connect(self.on_requester_changed)
        self.ui.motivoCombo.currentIndexChanged.connect(self.on_motivo_changed)
        self.ok_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Emitir"))
        self.ok_button.setDefault(True)
        self.ui.buttons.accepted.connect(self.on_accepted)
        self.preview_button = self.ui.buttons.addButton(
            self.tr("&Vista previa"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.setAutoDefault(False)
        self.preview_button.setToolTip(self.tr("Ver la constancia sin emitirla (marca de agua)"))
        self.preview_button.clicked.connect(self.on_preview_clicked)
        self.ui.buttons.rejected.connect(self.reject)
        self.on_requester_changed()
        self.on_motivo_changed()
        if choices[0] is RequesterType.TITULAR:
            self.ui.motivoCombo.setFocus()  # Enter issues; Tab and arrows change the motivo
        else:
            self.ui.requesterDocEdit.setFocus()  # the parent's DNI is the first thing to type

    def _requester(self) -> RequesterType:
        return RequesterType(self.ui.requesterCombo.currentData())

    @Slot()
    def on_requester_changed(self) -> None:
        titular = self._requester() is RequesterType.TITULAR
        for widget in (
            self.ui.requesterDocEdit,
            self.ui.requesterNameEdit,
            self.ui.requesterDocLabel,
            self.ui.requesterNameLabel,
        ):
            widget.setEnabled(not titular)

    @Slot()
    def on_motivo_changed(self) -> None:
        other = self.ui.motivoCombo.currentText() == OTHER
        self.ui.otherEdit.setEnabled(other)
        self.ui.otherLabel.setEnabled(other)

    def request(self) -> IssueRequest:
        motivo = self.ui.motivoCombo.currentText()
        if motivo == OTHER:
            motivo = f"{OTHER}: {self.ui.otherEdit.text().strip()}"
        titular = self._requester() is RequesterType.TITULAR
        return IssueRequest(
            nivel=Nivel(self.ui.nivelCombo.currentData()),  # Qt hands enums back as str
            requester_type=self._requester(),
            requester_document=None if titular else self.ui.requesterDocEdit.text().strip(),
            requester_name=None if titular else self.ui.requesterNameEdit.text().strip(),
            motivo=motivo,
        )

    def requester(self) -> tuple[str, str] | None:
        """(document, name) of a parent or apoderado who asked, when typed."""
        if self._requester() is RequesterType.TITULAR:
            return None
        document = self.ui.requesterDocEdit.text().strip()
        name = self.ui.requesterNameEdit.text().strip()
        return (document, name) if document or name else None

    def _ready(self) -> bool:
        if self.busy:
            return False
        if self.ui.nivelCombo.currentData() is None:
            self.show_error(self.tr("No hay matrículas desde 2013 en ningún nivel."))
            return False
        if self.ui.motivoCombo.currentText() == OTHER and not self.ui.otherEdit.text().strip():
            self.show_error(self.tr("Escriba el otro motivo."))
            self.ui.otherEdit.setFocus()
            return False
        return True

    @Slot()
    def on_accepted(self) -> None:
        if self._ready():
            self.show_error("")
            self.submitted.emit(self.request())

    @Slot()
    def on_preview_clicked(self) -> None:
        if self._ready():
            self.show_error("")
            self.preview_requested.emit(self.request())

    def set_busy(self, busy: bool, text: str = "") -> None:
        """While the constancia is being issued nothing can be changed, sent twice or closed."""
        self.busy = busy
        self.ui.buttons.setEnabled(not busy)
        for widget in (
            self.ui.nivelCombo,
            self.ui.requesterCombo,
            self.ui.motivoCombo,
        ):
            widget.setEnabled(not busy)
        self.ui.errorLabel.setStyleSheet("" if busy else "color: #b91c1c;")
        self.ui.errorLabel.setText(text)
        if not busy:
            self.on_requester_changed()
            self.on_motivo_changed()

    def reject(self) -> None:
        if not self.busy:  # closing mid-issue would hide a constancia that is being registered
            super().reject()

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setStyleSheet("color: #b91c1c;")
        self.ui.errorLabel.setText(message)
