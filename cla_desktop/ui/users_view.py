"""The administrator's accounts list: new account, role, password reset, (de)activation."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from cla_desktop.domain.lima_time import format_moment
from cla_desktop.domain.roles import Role
from cla_desktop.services.accounts.accounts import AccountRow
from cla_desktop.services.oversight import Oversight
from cla_desktop.ui.forms.ui_users_view import Ui_UsersView
from cla_desktop.ui.operations import Failure, OperationRunner
from cla_desktop.ui.password_dialog import PasswordDialog
from cla_desktop.ui.table_fill import fill_table
from cla_desktop.ui.user_dialog import ROLE_LABELS, UserDialog

HEADERS = ("Usuario", "Nombres y apellidos", "Rol", "Estado", "Último ingreso")


class UsersView(QWidget):
    """Accounts of this office's database."""

    def __init__(
        self, oversight: Oversight, runner: OperationRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.oversight = oversight
        self.runner = runner
        self.accounts: list[AccountRow] = []
        self.ui = Ui_UsersView()
        self.ui.setupUi(self)
        self.ui.addButton.clicked.connect(self.on_add_clicked)
        self.ui.roleButton.clicked.connect(self.on_role_clicked)
        self.ui.resetButton.clicked.connect(self.on_reset_clicked)
        self.ui.toggleButton.clicked.connect(self.on_toggle_clicked)
        self.ui.table.itemSelectionChanged.connect(self.on_selection_changed)

    @Slot()
    def refresh(self, select: str | None = None) -> None:
        self.runner.run(
            self.oversight.users, partial(self.on_loaded, select), self.on_failed, owner=self
        )

    def on_failed(self, failure: Failure) -> None:
        QMessageBox.warning(self, self.tr("Usuarios"), failure.message)

    def on_loaded(self, select: str | None, accounts: list[AccountRow]) -> None:
        self.accounts = accounts
        fill_table(
            self.ui.table,
            [self.tr(h) for h in HEADERS],
            [
                (
                    a.username,
                    a.full_name,
                    a.role.label,
                    self.tr("activa") if a.active else self.tr("desactivada"),
                    format_moment(a.last_login_at) if a.last_login_at else "-",
                )
                for a in self.accounts
            ],
        )
        if select:
            self.select(select)
        self.on_selection_changed()

    def selected(self) -> AccountRow | None:
        rows = self.ui.table.selectionModel().selectedRows() if self.ui.table.model() else []
        return self.accounts[rows[0].row()] if rows else None

    def select(self, username: str) -> None:
        for index, account in enumerate(self.accounts):
            if account.username == username:
                self.ui.table.selectRow(index)

    @Slot()
    def on_selection_changed(self) -> None:
        account = self.selected()
        for button in (self.ui.roleButton, self.ui.resetButton, self.ui.toggleButton):
            button.setEnabled(account is not None)
        if account is not None:
            text = self.tr("&Reactivar") if not account.active else self.tr("&Desactivar")
            self.ui.toggleButton.setText(text)

    def _run(self, action, username: str) -> None:
        self.runner.run(action, partial(self.on_changed, username), self.on_failed, owner=self)

    def on_changed(self, username: str, _result: object) -> None:
        self.refresh(select=username)

    @Slot()
    def on_add_clicked(self) -> None:
        if UserDialog(self.oversight.add_user, self.runner, self).exec():
            self.refresh()

    @Slot()
    def on_role_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        labels = [self.tr(ROLE_LABELS[role]) for role in Role]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Cambiar rol"),
            self.tr("Rol de {user}:").format(user=account.username),
            labels,
            list(Role).index(account.role),
            False,
        )
        if ok:
            role = list(Role)[labels.index(label)]
            self._run(partial(self.oversight.set_role, account.username, role), account.username)

    @Slot()
    def on_reset_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = PasswordDialog(
            partial(self._reset, account.username),
            self.tr(
                "Contraseña nueva para {user}. También levanta un bloqueo por intentos fallidos."
            ).format(user=account.username),
            self.runner,
            ask_current=False,
            parent=self,
        )
        if dialog.exec():
            self.refresh()

    def _reset(self, username: str, _current: str | None, new: str) -> None:
        self.oversight.reset_password(username, new)

    @Slot()
    def on_toggle_clicked(self) -> None:
        account = self.selected()
        if account is not None:
            action = partial(self.oversight.set_active, account.username, not account.active)
            self._run(action, account.username)
