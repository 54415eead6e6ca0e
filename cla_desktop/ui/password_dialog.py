"""'Cambiar contraseña' (one's own, with the current one) and the administrator's reset."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from cla_desktop.ui.dialog_action import submit
from cla_desktop.ui.form_message import repeated_correctly
from cla_desktop.ui.forms.ui_password_dialog import Ui_PasswordDialog
from cla_desktop.ui.operations import OperationRunner


class PasswordDialog(QDialog):
    """`change(current, new)`; with `ask_current=False` it is called with current=None."""

    def __init__(
        self,
        change: Callable[[str | None, str], None],
        intro: str,
        runner: OperationRunner,
        *,
        ask_current: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.change = change
        self.runner = runner
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(intro)
        self.ui.messageLabel.hide()
        if not ask_current:
            self.ui.currentEdit.hide()
            self.ui.currentEditLabel.hide()
            self.ui.newEdit.setFocus()
        self.ask_current = ask_current
        self.ui.buttons.accepted.connect(self.on_accepted)
        self.ui.buttons.rejected.connect(self.reject)

    @Slot()
    def on_accepted(self) -> None:
        if not repeated_correctly(self.ui.newEdit, self.ui.repeatEdit, self.ui.messageLabel):
            return
        current = self.ui.currentEdit.text() if self.ask_current else None
        work = partial(self.change, current, self.ui.newEdit.text())
        submit(self, self.runner, work, self.ui.buttons, self.ui.messageLabel)
