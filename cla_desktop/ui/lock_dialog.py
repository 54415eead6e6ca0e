"""The lock's prompt (idle or by the clerk): the same password (and the same lockout) as the
login, checked in the background."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from cla_desktop.services.accounts.authentication import LoginRefused
from cla_desktop.ui.forms.ui_lock_dialog import Ui_LockDialog
from cla_desktop.ui.operations import Failure, OperationRunner

SWITCH_USER = 2  # the dialog's result when the clerk chose "Cambiar de usuario"


class LockDialog(QDialog):
    """Accepted: unlocked.  SWITCH_USER: sign out and show the login.  Esc does nothing."""

    def __init__(
        self,
        unlock: Callable[[str], None] | None,
        user_label: str,
        runner: OperationRunner,
        parent: QWidget | None = None,
        *,
        by_clerk: bool = False,
    ) -> None:
        super().__init__(parent)
        self.unlock = unlock
        self.runner = runner
        self.checking = False
        self.ui = Ui_LockDialog()
        self.ui.setupUi(self)
        self.ui.messageLabel.hide()
        if by_clerk:
            why = self.tr(
                "{user} bloqueó la pantalla al dejar la ventanilla, para proteger los datos de "
                "los estudiantes."
            )
        else:
            why = self.tr(
                "Se bloqueó la pantalla por inactividad para proteger los datos de los "
                "estudiantes. Sesión de {user}."
            )
        self.ui.whoLabel.setText(why.format(user=user_label))
        if unlock is None:  # the demo database has no passwords
            self.ui.passwordEdit.hide()
            self.ui.passwordEditLabel.hide()
        self.ui.unlockButton.clicked.connect(self.on_unlock_clicked)
        self.ui.switchUserButton.clicked.connect(self.on_switch_clicked)
        self.ui.passwordEdit.setFocus()

    def reject(self) -> None:
        """Esc and the close button must not unlock."""

    @Slot()
    def on_switch_clicked(self) -> None:
        self.done(SWITCH_USER)

    @Slot()
    def on_unlock_clicked(self) -> None:
        if self.unlock is None:
            self.accept()
            return
        if self.checking:
            return
        self.checking = True
        self.ui.unlockButton.setEnabled(False)
        self.runner.run(
            partial(self.unlock, self.ui.passwordEdit.text()),
            self.on_unlocked,
            self.on_refused,
            owner=self,
        )

    def on_unlocked(self, _result: None) -> None:
        self.checking = False
        self.accept()

    def on_refused(self, failure: Failure) -> None:
        self.checking = False
        self.ui.unlockButton.setEnabled(True)
        self.ui.passwordEdit.clear()
        self.ui.messageLabel.setText(failure.message)
        self.ui.messageLabel.show()
        if isinstance(failure.error, LoginRefused) and "bloqueada" in failure.message:
            self.ui.unlockButton.setEnabled(False)
            self.ui.passwordEdit.setEnabled(False)
            self.ui.switchUserButton.setFocus()
