"""Configuración (administrador): office, database with 'Probar conexión', printer,
verification page, idle lock and audit retention — one typed file, secrets to the keyring.
The mail settings are only summarised here: «Correo…» opens the one dialog that edits them."""

from __future__ import annotations

import dataclasses
from functools import partial

from PySide6.QtCore import Signal, Slot
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from cla_desktop.services.error_text import describe_error
from cla_desktop.services.settings.model import (
    AuditSettings,
    DatabaseSettings,
    PrinterSettings,
    SessionSettings,
    Settings,
)
from cla_desktop.services.settings.secrets import KeyringMissing, SecretPlace, secret_store
from cla_desktop.store.errors import DatabaseError
from cla_desktop.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from cla_desktop.ui.office_choice import OfficeChoice
from cla_desktop.ui.operations import Failure, Lane, OperationRunner
from cla_desktop.ui.secret_choice import ask_secret_place

KINDS = (("sqlite", "SQLite (archivo en este equipo)"), ("postgresql", "PostgreSQL (servidor)"))
PAPERS = ("A4", "Carta", "Oficio")


class SettingsDialog(QDialog):
    """Loads the settings, saves them through Oversight; emits `database_changed` when the
    connection changed, so the app reopens on the new database."""

    database_changed = Signal()
    mail_requested = Signal()

    def __init__(self, oversight, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.oversight = oversight
        self.runner = runner
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.ui.messageLabel.hide()
        self.loaded = oversight.load_settings()
        self.office = OfficeChoice(self.ui.dreCombo, self.ui.ugelCombo, oversight.offices(), self)
        for value, label in KINDS:
            self.ui.kindCombo.addItem(self.tr(label), value)
        self.ui.printerCombo.addItem(self.tr("La predeterminada del sistema"), "")
        for name in QPrinterInfo.availablePrinterNames():
            self.ui.printerCombo.addItem(name, name)
        self.ui.paperCombo.addItems(PAPERS)
        self._show(self.loaded)
        self.ui.kindCombo.currentIndexChanged.connect(self.on_kind_changed)
        self.ui.testButton.clicked.connect(self.on_test_clicked)
        self.ui.mailButton.clicked.connect(self.mail_requested)
        self.ui.buttons.accepted.connect(self.on_save)
        self.ui.buttons.rejected.connect(self.reject)
        self.on_kind_changed()

    def _show(self, settings: Settings) -> None:
        self.office.select(settings.office)
        db = settings.database
        self.ui.kindCombo.setCurrentIndex(max(self.ui.kindCombo.findData(db.kind), 0))
        self.ui.sqlitePathEdit.setText(db.sqlite_path)
        self.ui.hostEdit.setText(db.host)
        self.ui.portSpin.setValue(db.port)
        self.ui.databaseEdit.setText(db.database)
        self.ui.userEdit.setText(db.user)
        self.show_mail_summary()
        printer = settings.printer
        index = self.ui.printerCombo.findData(printer.printer)
        if index < 0 and printer.printer:
            self.ui.printerCombo.addItem(
                self.tr("{name} (no disponible ahora)").format(name=printer.printer),
                printer.printer,
            )
            index = self.ui.printerCombo.count() - 1
        self.ui.printerCombo.setCurrentIndex(max(index, 0))
        self.ui.copiesSpin.setValue(printer.copies)
        self.ui.paperCombo.setCurrentText(printer.paper)
        self.ui.askCheck.setChecked(printer.ask_before_printing)
        self.ui.baseEdit.setText(settings.verification_base)
        self.ui.idleSpin.setValue(settings.session.idle_lock_minutes)
        self.ui.retentionSpin.setValue(settings.audit.retention_days)

    @Slot()
    def show_mail_summary(self) -> None:
        """What the office's senders use now (read again after «Correo…» closes)."""
        mail = self.oversight.mail_config()
        if not mail.smtp_host or not mail.office_mailbox:
            text = self.tr(
                "El correo para consultas aún no está configurado: use «Correo…». Hasta "
                "entonces las consultas solo pueden guardarse como borrador."
            )
        else:
            text = self.tr(
                "Consultas a {dige} desde {office}, por {host}:{port}. Las respuestas se leen "
                "de {imap}."
            ).format(
                dige=mail.dige_mailbox,
                office=mail.office_mailbox,
                host=mail.smtp_host,
                port=mail.smtp_port,
                imap=mail.imap_host or self.tr("(buzón IMAP sin configurar)"),
            )
        self.ui.mailSummaryLabel.setText(text)

    def settings(self) -> Settings:
        return dataclasses.replace(
            self.loaded,
            office=self.office.identity(),
            database=DatabaseSettings(
                kind=self.ui.kindCombo.currentData(),
                sqlite_path=self.ui.sqlitePathEdit.text().strip(),
                host=self.ui.hostEdit.text().strip(),
                port=self.ui.portSpin.value(),
                database=self.ui.databaseEdit.text().strip(),
                user=self.ui.userEdit.text().strip(),
            ),
            printer=PrinterSettings(
                printer=self.ui.printerCombo.currentData() or "",
                copies=self.ui.copiesSpin.value(),
                paper=self.ui.paperCombo.currentText(),
                ask_before_printing=self.ui.askCheck.isChecked(),
            ),
            verification_base=self.ui.baseEdit.text().strip(),
            session=SessionSettings(self.ui.idleSpin.value()),
            audit=AuditSettings(self.ui.retentionSpin.value()),
        )

    @Slot()
    def on_kind_changed(self) -> None:
        server = self.ui.kindCombo.currentData() == "postgresql"
        for widget in (
            self.ui.hostEdit,
            self.ui.portSpin,
            self.ui.databaseEdit,
            self.ui.userEdit,
            self.ui.dbPasswordEdit,
        ):
            widget.setEnabled(server)
        self.ui.sqlitePathEdit.setEnabled(not server)

    @Slot()
    def on_test_clicked(self) -> None:
        password = self.ui.dbPasswordEdit.text() or None
        settings = self.settings()
        if password is None and settings.database.kind == "postgresql":
            password = secret_store().get(settings.database.secret_name)
        self.ui.testButton.setEnabled(False)
        self.ui.testLabel.setText(self.tr("Probando la conexión…"))
        self.runner.run(
            partial(self.oversight.check_database, settings, password),
            self.on_tested,
            self.on_test_failed,
            lane=Lane.NETWORK,
            owner=self,
        )

    def on_tested(self, sentence: str) -> None:
        self.ui.testButton.setEnabled(True)
        self.ui.testLabel.setText(sentence)

    def on_test_failed(self, failure: Failure) -> None:
        self.on_tested(failure.message)

    def show_error(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.show()

    @Slot()
    def on_save(self) -> None:
        settings = self.settings()
        password = self.ui.dbPasswordEdit.text() or None
        place = SecretPlace.KEYRING
        while True:
            try:
                self.oversight.save_settings(settings, place, database_password=password)
            except KeyringMissing:
                chosen = ask_secret_place(self)
                if chosen is None:
                    self.show_error(self.tr("No se guardó: la contraseña necesita un lugar."))
                    return
                place = chosen
                continue
            except (ValueError, PermissionError, DatabaseError) as error:
                self.show_error(describe_error(error))
                return
            break
        if settings.database != self.loaded.database:
            self.database_changed.emit()
        self.accept()
