"""Sign-in at start (and after 'Cerrar sesión'): the refusal, lockout included, is shown in
the dialog, which stays open for another try.  The password check (argon2, ~0.1 s by design)
runs in the background."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cla_desktop.services.actor import Actor
from cla_desktop.ui.forms.ui_login_dialog import Ui_LoginDialog
from cla_desktop.ui.operations import Failure, OperationRunner


class LoginDialog(QDialog):
    """Asks for user and password; `actor` is set when accepted."""

    def __init__(
        self,
        login: Callable[[str, str], Actor],
        database: str,
        runner: OperationRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.login = login
        self.runner = runner
        self.checking = False
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
        if self.checking:
            return
        if not username or not password:
            self.show_message(self.tr("Escriba su usuario y su contraseña."))
            return
        self._set_checking(True)
        self.runner.run(
            partial(self.login, username, password), self.on_signed_in, self.on_refused, owner=self
        )

    def _set_checking(self, checking: bool) -> None:
        self.checking = checking
        self.ui.buttons.setEnabled(not checking)
        if checking:
            self.show_message(self.tr("Comprobando…"))

    def on_signed_in(self, actor: Actor) -> None:
        self._set_checking(False)
        self.actor = actor
        self.accept()

    def on_refused(self, failure: Failure) -> None:
        self._set_checking(False)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()
        self.show_message(failure.message)
