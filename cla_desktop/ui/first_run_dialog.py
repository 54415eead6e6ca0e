"""First run on a database without accounts: the office's administrator and its DRE/UGEL."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from cla_desktop.services.actor import Actor
from cla_desktop.services.error_text import describe_error
from cla_desktop.services.settings.model import OfficeIdentity
from cla_desktop.store.errors import DatabaseError
from cla_desktop.ui.form_message import repeated_correctly, show_message
from cla_desktop.ui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from cla_desktop.ui.office_choice import OfficeChoice

# create(username, full_name, password, office_code) -> the signed-in administrator
CreateAdministrator = Callable[[str, str, str, str | None], Actor]


class FirstRunDialog(QDialog):
    """Creates the administrator (and the office) in one step; `actor` is set when accepted."""

    def __init__(
        self,
        create: CreateAdministrator,
        offices: list[tuple[str, str, str, str | None]],
        parent: QWidget | None = None,
        current: OfficeIdentity | None = None,
    ) -> None:
        super().__init__(parent)
        self.create = create
        self.actor: Actor | None = None
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.ui.messageLabel.hide()
        self.office = OfficeChoice(self.ui.dreCombo, self.ui.ugelCombo, offices, self)
        if current is not None:  # the database already says which office it serves
            self.office.select(current)
        self.ui.buttons.accepted.connect(self.on_accepted)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.fullNameEdit.setFocus()

    @Slot()
    def on_accepted(self) -> None:
        if not repeated_correctly(self.ui.passwordEdit, self.ui.repeatEdit, self.ui.messageLabel):
            return
        if not self.office.office_code():
            show_message(
                self.ui.messageLabel,
                self.tr(
                    "Elija la DRE y, si corresponde, la UGEL de esta oficina: su nombre va en el "
                    "encabezado de cada constancia y en cada consulta."
                ),
            )
            self.ui.dreCombo.setFocus()
            return
        try:
            self.actor = self.create(
                self.ui.usernameEdit.text(),
                self.ui.fullNameEdit.text(),
                self.ui.passwordEdit.text(),
                self.office.office_code() or None,
            )
        except (ValueError, PermissionError, DatabaseError) as error:
            show_message(self.ui.messageLabel, describe_error(error))
            return
        self.accept()
