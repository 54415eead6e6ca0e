"""Asks for the nivel, who requests the constancia and why (the service re-checks everything)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cla_desktop.domain.constancia import RequesterType, motivos
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.names import full_name
from cla_desktop.domain.trajectory import Trajectory
from cla_desktop.services.constancias.issuance import IssueRequest
from cla_desktop.ui.forms.ui_issue_dialog import Ui_IssueDialog

_REQUESTERS = (
    (RequesterType.TITULAR, "La o el titular (18 años o más)"),
    (RequesterType.MADRE, "La madre"),
    (RequesterType.PADRE, "El padre"),
    (RequesterType.APODERADO, "El apoderado"),
)
OTHER = "Otros"


class IssueDialog(QDialog):
    """One form, keyboard first: Tab through, Enter issues, Esc cancels."""

    def __init__(
        self,
        trajectory: Trajectory,
        parent: QWidget | None = None,
        preview: Callable[[IssueDialog, IssueRequest], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._preview = preview
        self.ui = Ui_IssueDialog()
        self.ui.setupUi(self)
        student = trajectory.student
        self.ui.studentLabel.setText(
            "<b>"
            + full_name(student.apellido_paterno, student.apellido_materno, student.nombres)
            + "</b> · "
            + (student.document_number or student.codigo_estudiante or "-")
        )
        for nivel in reversed(list(trajectory.by_nivel())):  # the latest nivel first
            self.ui.nivelCombo.addItem(nivel.label, nivel)
        for requester, label in _REQUESTERS:
            self.ui.requesterCombo.addItem(self.tr(label), requester)
        for motivo in motivos():
            self.ui.motivoCombo.addItem(motivo)
        self.ui.requesterCombo.currentIndexChanged.connect(self.on_requester_changed)
        self.ui.motivoCombo.currentIndexChanged.connect(self.on_motivo_changed)
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Emitir"))
        self.ui.buttons.accepted.connect(self.on_accepted)
        self.preview_button = self.ui.buttons.addButton(
            self.tr("&Vista previa"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.setToolTip(self.tr("Ver la constancia sin emitirla (marca de agua)"))
        self.preview_button.clicked.connect(self.on_preview_clicked)
        self.preview_button.setEnabled(preview is not None)
        self.ui.buttons.rejected.connect(self.reject)
        self.on_requester_changed()
        self.on_motivo_changed()

    def _requester(self) -> RequesterType:
        return RequesterType(self.ui.requesterCombo.currentData())

    @Slot()
    def on_requester_changed(self) -> None:
        titular = self._requester() is RequesterType.TITULAR
        for widget in (self.ui.requesterDocEdit, self.ui.requesterNameEdit):
            widget.setEnabled(not titular)

    @Slot()
    def on_motivo_changed(self) -> None:
        self.ui.otherEdit.setEnabled(self.ui.motivoCombo.currentText() == OTHER)

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

    @Slot()
    def on_accepted(self) -> None:
        if self.ui.nivelCombo.currentData() is None:
            self.ui.errorLabel.setText(self.tr("No hay matrículas desde 2013 en ningún nivel."))
            return
        if self.ui.motivoCombo.currentText() == OTHER and not self.ui.otherEdit.text().strip():
            self.ui.errorLabel.setText(self.tr("Escriba el otro motivo."))
            self.ui.otherEdit.setFocus()
            return
        self.accept()

    @Slot()
    def on_preview_clicked(self) -> None:
        if self._preview is not None and self.ui.nivelCombo.currentData() is not None:
            self.ui.errorLabel.setText("")
            self._preview(self, self.request())

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
