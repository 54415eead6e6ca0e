"""Sign-in at start (and after 'Cerrar sesión'): the refusal, lockout included, is shown in
the dialog, which stays open for another try."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cla_desktop.services.accounts.authentication import LoginRefused
from cla_desktop.services.actor import Actor
from cla_desktop.store.errors import DatabaseError
from cla_desktop.ui.forms.ui_login_dialog import Ui_LoginDialog


class LoginDialog(QDialog):
    """Asks for user and password; `actor` is set when accepted."""

    def __init__(
        self,
        login: Callable[[str, str], Actor],
        database: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.login = login
        self.actor: Actor | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.databaseLabel.setText(self.tr("Base de datos: {d}").format(d=database))
        self.ui.messageLabel.hide()
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Ingresar"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Salir"))
        self.ui.buttons.accepted.connect(self.on_accepted)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.usernameEdit.setFocus()

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.show()

    @Slot()
    def on_accepted(self) -> None:
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username or not password:
            self.show_message(self.tr("Escriba su usuario y su contraseña."))
            return
        try:
            self.actor = self.login(username, password)
        except (LoginRefused, DatabaseError) as refusal:
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            self.show_message(str(refusal))
            return
        self.accept()
