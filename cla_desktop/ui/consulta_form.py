"""The consulta form: prefilled from a trajectory problem or a refusal, or blank for a walk-in.

Saving runs in the background with both buttons disabled, so a second click cannot register
the consulta twice; once saved (sent or as a draft) the form is cleared for the next citizen,
so one citizen's data never runs into the next one's, and a draft is sent from the queue.
Nothing typed is replaced without asking (`has_unsaved_text`)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from cla_desktop.domain.consulta import CATEGORIES, parse_years, state_label
from cla_desktop.domain.lima_time import today_lima
from cla_desktop.domain.names import full_name
from cla_desktop.domain.trajectory import Problem, Trajectory
from cla_desktop.services.consultas.consulta_service import NewConsulta
from cla_desktop.services.workbench import Workbench
from cla_desktop.ui.file_dialogs import ask_open_paths
from cla_desktop.ui.forms.ui_consulta_form import Ui_ConsultaForm
from cla_desktop.ui.operations import Failure, OperationRunner


class ConsultaForm(QWidget):
    """One consulta for DIGE: category, what it is about, the citizen, the description."""

    saved = Signal(str, str)  # ticket, state (as words)

    def __init__(
        self, workbench: Workbench, runner: OperationRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.runner = runner
        self.saving = False
        self.ui = Ui_ConsultaForm()
        self.ui.setupUi(self)
        for code, label in CATEGORIES.items():
            self.ui.categoryCombo.addItem(self.tr(label), code)
        self.ui.categoryCombo.setCurrentIndex(self.ui.categoryCombo.findData("otros"))
        self.student_id: int | None = None
        self.attachments: list[Path] = []
        self.prefilled = ""
        self.ui.attachButton.clicked.connect(self.on_attach_clicked)
        self.ui.draftButton.clicked.connect(self.on_draft_clicked)
        self.ui.sendButton.clicked.connect(self.on_send_clicked)

    def clear(self) -> None:
        self.student_id = None
        self.ui.categoryCombo.setCurrentIndex(self.ui.categoryCombo.findData("otros"))
        self.attachments = []
        self.ui.attachmentsList.clear()
        for edit in (
            self.ui.nivelEdit,
            self.ui.yearsEdit,
            self.ui.codmodEdit,
            self.ui.citizenDocEdit,
            self.ui.citizenNameEdit,
            self.ui.contactEdit,
        ):
            edit.clear()
        self.ui.descriptionEdit.clear()
        self.prefilled = ""
        self.ui.contextLabel.setText(
            self.tr("Consulta sin estudiante (atención a un ciudadano sin registro).")
        )

    def has_unsaved_text(self) -> bool:
        """Something the clerk typed that is not saved yet (not what a prefill put there)."""
        typed = [self.ui.citizenDocEdit, self.ui.citizenNameEdit, self.ui.contactEdit]
        if any(edit.text().strip() for edit in typed) or self.attachments:
            return True
        description = self.ui.descriptionEdit.toPlainText().strip()
        return bool(description) and description != self.prefilled

    def prefill(
        self,
        trajectory: Trajectory,
        problem: Problem,
        citizen: tuple[str, str] | None = None,
    ) -> None:
        """The student and the problem; `citizen` (document, name) when the clerk already
        typed who asks (a refused constancia)."""
        self.clear()
        student = trajectory.student
        self.student_id = student.student_id
        name = full_name(student.apellido_paterno, student.apellido_materno, student.nombres)
        document = student.document_number or student.codigo_estudiante or "-"
        self.ui.contextLabel.setText(f"<b>{name}</b> · {document}")
        index = self.ui.categoryCombo.findData(problem.category)
        self.ui.categoryCombo.setCurrentIndex(max(index, 0))
        self.ui.nivelEdit.setText(problem.nivel.label if problem.nivel else "")
        self.ui.yearsEdit.setText(", ".join(str(y) for y in problem.years))
        self.ui.codmodEdit.setText(problem.codigo_modular or "")
        self.ui.descriptionEdit.setPlainText(problem.consulta_text)
        self.prefilled = problem.consulta_text
        if citizen is not None:
            self.ui.citizenDocEdit.setText(citizen[0])
            self.ui.citizenNameEdit.setText(citizen[1])
        self.ui.messageLabel.setText("")

    def focus_first_empty(self) -> None:
        """Prefilled from the trajectory, what is left to type is who asks."""
        for edit in (self.ui.citizenDocEdit, self.ui.citizenNameEdit):
            if not edit.text().strip():
                edit.setFocus()
                return
        self.ui.descriptionEdit.setFocus()

    @Slot()
    def on_attach_clicked(self) -> None:
        paths = ask_open_paths(
            self, self.tr("Adjuntar"), self.tr("Documentos (*.pdf *.jpg *.jpeg *.png)"), many=True
        )
        for path in paths:
            self.add_attachment(Path(path))

    def add_attachment(self, path: Path) -> None:
        self.attachments.append(path)
        self.ui.attachmentsList.addItem(path.name)

    def request(self) -> NewConsulta:
        """What was typed; ValueError (in Spanish) for years that are not years."""
        years = parse_years(self.ui.yearsEdit.text(), today_lima().year)
        return NewConsulta(
            category=self.ui.categoryCombo.currentData(),
            description=self.ui.descriptionEdit.toPlainText(),
            student_id=self.student_id,
            nivel=self.ui.nivelEdit.text().strip().upper() or None,
            years=years,
            codigo_modular=self.ui.codmodEdit.text().strip() or None,
            citizen_document=self.ui.citizenDocEdit.text().strip() or None,
            citizen_name=self.ui.citizenNameEdit.text().strip() or None,
            citizen_contact=self.ui.contactEdit.text().strip() or None,
            attachments=tuple(self.attachments),
        )

    def _save(self, send: bool) -> None:
        if self.saving:
            return  # the first click is being saved; a second one must not duplicate it
        try:
            request = self.request()
        except ValueError as error:
            self.ui.messageLabel.setText(str(error))
            self.ui.yearsEdit.setFocus()
            return
        self._set_saving(True)
        self.ui.messageLabel.setText(self.tr("Guardando…"))
        self.runner.run(
            partial(self.workbench.new_consulta, request, send=send),
            partial(self.on_saved, send),
            self.on_failed,
            owner=self,
        )

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.ui.draftButton.setEnabled(not saving)
        self.ui.sendButton.setEnabled(not saving)

    def on_saved(self, sent: bool, result: tuple[str, str]) -> None:
        self._set_saving(False)
        ticket, state = result
        words = state_label(state).lower()
        self.clear()  # saved: the next citizen starts on an empty form
        if sent:
            text = self.tr("Consulta {ticket} registrada y {state} para DIGE.")
        else:
            text = self.tr(
                "Consulta {ticket} guardada como {state}; se envía desde «Cola y seguimiento»."
            )
        self.ui.messageLabel.setText(text.format(ticket=ticket, state=words))
        self.saved.emit(ticket, state_label(state))

    def on_failed(self, failure: Failure) -> None:
        self._set_saving(False)
        self.ui.messageLabel.setText(failure.message)

    @Slot()
    def on_draft_clicked(self) -> None:
        self._save(send=False)

    @Slot()
    def on_send_clicked(self) -> None:
        self._save(send=True)
