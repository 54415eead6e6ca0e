"""The idle lock's prompt: the same password (and the same lockout) as the login."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from cla_desktop.services.accounts.authentication import LoginRefused
from cla_desktop.store.errors import DatabaseError
from cla_desktop.ui.forms.ui_lock_dialog import Ui_LockDialog

SWITCH_USER = 2  # the dialog's result when the clerk chose "Cambiar de usuario"


class LockDialog(QDialog):
    """Accepted: unlocked.  SWITCH_USER: sign out and show the login.  Esc does nothing."""

    def __init__(
        self,
        unlock: Callable[[str], None] | None,
        user_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.unlock = unlock
        self.ui = Ui_LockDialog()
        self.ui.setupUi(self)
        self.ui.messageLabel.hide()
        self.ui.whoLabel.setText(
            self.tr(
                "Se bloqueó la pantalla por inactividad para proteger los datos de los "
                "estudiantes. Sesión de {user}."
            ).format(user=user_label)
        )
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
        try:
            self.unlock(self.ui.passwordEdit.text())
        except (LoginRefused, DatabaseError) as refusal:
            self.ui.passwordEdit.clear()
            self.ui.messageLabel.setText(str(refusal))
            self.ui.messageLabel.show()
            if "bloqueada" in str(refusal):
                self.ui.unlockButton.setEnabled(False)
                self.ui.passwordEdit.setEnabled(False)
                self.ui.switchUserButton.setFocus()
            return
        self.accept()
