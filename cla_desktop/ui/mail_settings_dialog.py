"""Mail settings for consultas — the one place where they are edited: SMTP and optional IMAP,
'Probar conexión' (in the background), passwords to the keyring (said plainly when there is
none).  What is saved here is what every sender of the office uses."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from cla_desktop.services.consultas.mail_config import KeyringMissing, MailConfig
from cla_desktop.services.error_text import describe_error
from cla_desktop.services.settings.secrets import SecretPlace
from cla_desktop.services.workbench import Workbench
from cla_desktop.ui.forms.ui_mail_settings_dialog import Ui_MailSettingsDialog
from cla_desktop.ui.operations import Failure, Lane, OperationRunner
from cla_desktop.ui.secret_choice import ask_secret_place

SECURITY = (
    ("starttls", "STARTTLS (por lo general, puerto 587)"),
    ("ssl", "SSL/TLS (por lo general, puerto 465 o 993)"),
    ("none", "Ninguna (solo dentro de la red de la oficina)"),
)


class MailSettingsDialog(QDialog):
    """SMTP and IMAP of the office; without a keyring, asks where the passwords may go."""

    def __init__(
        self,
        workbench: Workbench,
        runner: OperationRunner,
        parent: QWidget | None = None,
        ask_place: Callable[[QWidget], SecretPlace | None] = ask_secret_place,
    ) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.runner = runner
        self.ask_place = ask_place
        self.ui = Ui_MailSettingsDialog()
        self.ui.setupUi(self)
        for combo in (self.ui.smtpSecurityCombo, self.ui.imapSecurityCombo):
            for value, label in SECURITY:
                combo.addItem(self.tr(label), value)
        config = workbench.mail_config()
        self.ui.smtpHostEdit.setText(config.smtp_host)
        self.ui.smtpPortSpin.setValue(config.smtp_port)
        _select(self.ui.smtpSecurityCombo, config.smtp_security)
        self.ui.smtpUserEdit.setText(config.smtp_user)
        self.ui.digeEdit.setText(config.dige_mailbox)
        self.ui.officeEdit.setText(config.office_mailbox)
        self.ui.imapHostEdit.setText(config.imap_host)
        self.ui.imapPortSpin.setValue(config.imap_port)
        _select(self.ui.imapSecurityCombo, config.imap_security)
        self.ui.imapUserEdit.setText(config.imap_user)
        self.ui.smtpTestButton.clicked.connect(self.on_smtp_test)
        self.ui.imapTestButton.clicked.connect(self.on_imap_test)
        self.ui.buttons.accepted.connect(self.on_save)
        self.ui.buttons.rejected.connect(self.reject)

    def config(self) -> MailConfig:
        return MailConfig(
            smtp_host=self.ui.smtpHostEdit.text().strip(),
            smtp_port=self.ui.smtpPortSpin.value(),
            smtp_security=self.ui.smtpSecurityCombo.currentData(),
            smtp_user=self.ui.smtpUserEdit.text().strip(),
            dige_mailbox=self.ui.digeEdit.text().strip(),
            office_mailbox=self.ui.officeEdit.text().strip(),
            imap_host=self.ui.imapHostEdit.text().strip(),
            imap_port=self.ui.imapPortSpin.value(),
            imap_security=self.ui.imapSecurityCombo.currentData(),
            imap_user=self.ui.imapUserEdit.text().strip(),
        )

    @Slot()
    def on_smtp_test(self) -> None:
        self._test(self.workbench.check_smtp, self.ui.smtpPasswordEdit.text() or None)

    @Slot()
    def on_imap_test(self) -> None:
        self._test(self.workbench.check_imap, self.ui.imapPasswordEdit.text() or None)

    def _test(self, check: Callable[[MailConfig, str | None], str], typed: str | None) -> None:
        """A server that does not answer takes seconds: the dialog stays responsive."""
        for button in (self.ui.smtpTestButton, self.ui.imapTestButton):
            button.setEnabled(False)
        self.ui.messageLabel.setText(self.tr("Probando la conexión…"))
        self.runner.run(
            partial(check, self.config(), typed),
            self.on_tested,
            self.on_test_failed,
            lane=Lane.NETWORK,
            owner=self,
        )

    def on_tested(self, sentence: str) -> None:
        for button in (self.ui.smtpTestButton, self.ui.imapTestButton):
            button.setEnabled(True)
        self.ui.messageLabel.setText(sentence)

    def on_test_failed(self, failure: Failure) -> None:
        self.on_tested(failure.message)

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
                    self.ui.messageLabel.setText(describe_error(error))
                    return
                place = chosen
                continue
            except (ValueError, PermissionError) as error:
                self.ui.messageLabel.setText(describe_error(error))
                return
            break
        self.accept()


def _select(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))
