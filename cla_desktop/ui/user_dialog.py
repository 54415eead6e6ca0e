"""'Nueva cuenta' for the administrator."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from cla_desktop.domain.roles import Role
from cla_desktop.ui.dialog_action import submit
from cla_desktop.ui.form_message import repeated_correctly
from cla_desktop.ui.forms.ui_user_dialog import Ui_UserDialog
from cla_desktop.ui.operations import OperationRunner

ROLE_LABELS = {
    Role.OPERADOR: "Operador (ventanilla)",
    Role.SUPERVISOR: "Supervisor (+ anulaciones, reportes, auditoría)",
    Role.ADMINISTRADOR: "Administrador (+ usuarios, configuración, claves)",
}


class UserDialog(QDialog):
    """Calls `create(username, role, password, full_name)`; errors stay in the dialog."""

    def __init__(
        self,
        create: Callable[[str, Role, str, str], None],
        runner: OperationRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.create = create
        self.runner = runner
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        self.ui.messageLabel.hide()
        for role in Role:
            self.ui.roleCombo.addItem(self.tr(ROLE_LABELS[role]), role.value)
        self.ui.buttons.accepted.connect(self.on_accepted)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.fullNameEdit.setFocus()

    @Slot()
    def on_accepted(self) -> None:
        if not repeated_correctly(self.ui.passwordEdit, self.ui.repeatEdit, self.ui.messageLabel):
            return
        work = partial(
            self.create,
            self.ui.usernameEdit.text(),
            Role(self.ui.roleCombo.currentData()),
            self.ui.passwordEdit.text(),
            self.ui.fullNameEdit.text(),
        )
        submit(self, self.runner, work, self.ui.buttons, self.ui.messageLabel)
