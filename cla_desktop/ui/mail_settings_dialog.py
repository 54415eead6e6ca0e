"""Mail settings for consultas: SMTP and optional IMAP, 'Probar conexión', passwords to the
keyring (said plainly when there is none)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from cla_desktop.services.consultas.mail_config import (
    KeyringMissing,
    MailConfig,
    check_imap,
    check_smtp,
    imap_settings,
    smtp_settings,
)
from cla_desktop.services.settings.secrets import SecretPlace
from cla_desktop.services.workbench import Workbench
from cla_desktop.ui.forms.ui_mail_settings_dialog import Ui_MailSettingsDialog
from cla_desktop.ui.secret_choice import ask_secret_place

SECURITY = ("starttls", "ssl", "none")


class MailSettingsDialog(QDialog):
    """SMTP and IMAP of the office; without a keyring, asks where the passwords may go."""

    def __init__(
        self,
        workbench: Workbench,
        parent: QWidget | None = None,
        ask_place: Callable[[QWidget], SecretPlace | None] = ask_secret_place,
    ) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.ask_place = ask_place
        self.ui = Ui_MailSettingsDialog()
        self.ui.setupUi(self)
        for combo in (self.ui.smtpSecurityCombo, self.ui.imapSecurityCombo):
            combo.addItems(SECURITY)
        config = workbench.mail_config()
        self.ui.smtpHostEdit.setText(config.smtp_host)
        self.ui.smtpPortSpin.setValue(config.smtp_port)
        self.ui.smtpSecurityCombo.setCurrentText(config.smtp_security)
        self.ui.smtpUserEdit.setText(config.smtp_user)
        self.ui.digeEdit.setText(config.dige_mailbox)
        self.ui.officeEdit.setText(config.office_mailbox)
        self.ui.imapHostEdit.setText(config.imap_host)
        self.ui.imapPortSpin.setValue(config.imap_port)
        self.ui.imapSecurityCombo.setCurrentText(config.imap_security)
        self.ui.imapUserEdit.setText(config.imap_user)
        self.ui.smtpTestButton.clicked.connect(self.on_smtp_test)
        self.ui.imapTestButton.clicked.connect(self.on_imap_test)
        self.ui.buttons.accepted.connect(self.on_save)
        self.ui.buttons.rejected.connect(self.reject)

    def config(self) -> MailConfig:
        return MailConfig(
            smtp_host=self.ui.smtpHostEdit.text().strip(),
            smtp_port=self.ui.smtpPortSpin.value(),
            smtp_security=self.ui.smtpSecurityCombo.currentText(),
            smtp_user=self.ui.smtpUserEdit.text().strip(),
            dige_mailbox=self.ui.digeEdit.text().strip(),
            office_mailbox=self.ui.officeEdit.text().strip(),
            imap_host=self.ui.imapHostEdit.text().strip(),
            imap_port=self.ui.imapPortSpin.value(),
            imap_security=self.ui.imapSecurityCombo.currentText(),
            imap_user=self.ui.imapUserEdit.text().strip(),
        )

    @Slot()
    def on_smtp_test(self) -> None:
        settings = smtp_settings(self.config())
        typed = self.ui.smtpPasswordEdit.text()
        if typed:
            settings = type(settings)(**{**settings.__dict__, "password": typed})
        self.ui.messageLabel.setText(check_smtp(settings))

    @Slot()
    def on_imap_test(self) -> None:
        settings = imap_settings(self.config())
        if settings is None:
            self.ui.messageLabel.setText(self.tr("Escriba el servidor IMAP."))
            return
        typed = self.ui.imapPasswordEdit.text()
        if typed:
            settings = type(settings)(**{**settings.__dict__, "password": typed})
        self.ui.messageLabel.setText(check_imap(settings))

    @Slot()
    def on_save(self) -> None:
        place = SecretPlace.KEYRING
        while True:
            try:
                self.workbench.save_mail_config(
                    self.config(),
                    self.ui.smtpPasswordEdit.text() or None,
                    self.ui.imapPasswordEdit.text() or None,
                    place,
                )
            except KeyringMissing as error:
                chosen = self.ask_place(self) if place is SecretPlace.KEYRING else None
                if chosen is None:
                    self.ui.messageLabel.setText(str(error))
                    return
                place = chosen
                continue
            except (ValueError, PermissionError) as error:
                self.ui.messageLabel.setText(str(error))
                return
            break
        self.accept()
