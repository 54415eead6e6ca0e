"""The consulta form: prefilled from a trajectory problem, or blank for a walk-in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from cla_desktop.domain.consulta import CATEGORIES
from cla_desktop.domain.names import full_name
from cla_desktop.domain.trajectory import Problem, Trajectory
from cla_desktop.services.consultas.consulta_service import NewConsulta
from cla_desktop.services.workbench import Workbench
from cla_desktop.store.errors import DatabaseError
from cla_desktop.ui.forms.ui_consulta_form import Ui_ConsultaForm


class ConsultaForm(QWidget):
    saved = Signal(str, str)  # ticket, state

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.ui = Ui_ConsultaForm()
        self.ui.setupUi(self)
        for code, label in CATEGORIES.items():
            self.ui.categoryCombo.addItem(self.tr(label), code)
        self.student_id: int | None = None
        self.attachments: list[Path] = []
        self.ui.attachButton.clicked.connect(self.on_attach_clicked)
        self.ui.draftButton.clicked.connect(self.on_draft_clicked)
        self.ui.sendButton.clicked.connect(self.on_send_clicked)

    def clear(self) -> None:
        self.student_id = None
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
        self.ui.contextLabel.setText(
            self.tr("Consulta sin estudiante (atención a un ciudadano sin registro).")
        )

    def prefill(self, trajectory: Trajectory, problem: Problem) -> None:
        self.clear()
        student = trajectory.student
        self.student_id = student.student_id
        name = full_name(student.apellido_paterno, student.apellido_materno, student.nombres)
        document = student.document_number or student.codigo_estudiante or "-"
        self.ui.contextLabel.setText(f"<b>{name}</b> · {document}")
        index = self.ui.categoryCombo.findData(problem.category)
        self.ui.categoryCombo.setCurrentIndex(max(index, 0))
        self.ui.nivelEdit.setText(problem.nivel.value if problem.nivel else "")
        self.ui.yearsEdit.setText(", ".join(str(y) for y in problem.years))
        self.ui.codmodEdit.setText(problem.codigo_modular or "")
        self.ui.descriptionEdit.setPlainText(problem.message)
        self.ui.messageLabel.setText("")

    @Slot()
    def on_attach_clicked(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Adjuntar"), "", self.tr("Documentos (*.pdf *.jpg *.jpeg *.png)")
        )
        for path in paths:
            self.add_attachment(Path(path))

    def add_attachment(self, path: Path) -> None:
        self.attachments.append(path)
        self.ui.attachmentsList.addItem(path.name)

    def request(self) -> NewConsulta:
        years_text = self.ui.yearsEdit.text().replace(";", ",")
        years = tuple(int(y) for y in years_text.split(",") if y.strip().isdigit())
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
        try:
            ticket, state = self.workbench.new_consulta(self.request(), send=send)
        except (ValueError, PermissionError, DatabaseError) as error:
            self.ui.messageLabel.setText(str(error))
            return
        self.ui.messageLabel.setText(
            self.tr("Consulta {ticket} guardada ({state}).").format(ticket=ticket, state=state)
        )
        self.saved.emit(ticket, state)

    @Slot()
    def on_draft_clicked(self) -> None:
        self._save(send=False)

    @Slot()
    def on_send_clicked(self) -> None:
        self._save(send=True)
