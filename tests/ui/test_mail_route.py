"""Consultas really leave a configured office: the mail settings are typed into the dialog
(Administración → Configuración → Correo), then the window's background sender and the `cla`
command both send with them to a real SMTP server that demands a login — From, To and
Reply-To as configured.  Saving Configuración afterwards never writes the mail settings back.

The first release sent to localhost:25 from consultas@ugel.invalid whatever was saved, and its
tests set the settings by hand, so none could see it."""

from __future__ import annotations

import email
import os
import subprocess
import sys

import keyring
import pytest
from PySide6.QtCore import Qt
from sqlmodel import Session, select

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.consultas.mail_config import load_config
from cla_desktop.services.settings_store import set_office
from cla_desktop.services.workbench import Workbench
from cla_desktop.store.models import Consulta
from cla_desktop.ui.main_window import MainWindow
from cla_desktop.ui.shell_info import ShellInfo
from tests.support import smtp_server
from tests.support.accounts import add_account, signed_in_env
from tests.support.memory_keyring import FileKeyring

SMTP_USER, SMTP_PASSWORD = "consultas@ugel03.gob.pe", "Contraseña-Ñandú-2026"
OFFICE, DIGE = "consultas@ugel03.gob.pe", "mesa.dige@minedu.gob.pe"


@pytest.fixture
def file_keyring(tmp_path, monkeypatch):
    """The OS keyring as a file that a `cla` subprocess can read too."""
    monkeypatch.setenv("CLA_TEST_KEYRING_FILE", str(tmp_path / "llavero.json"))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield tmp_path / "llavero.json"
    keyring.set_keyring(previous)


@pytest.fixture
def no_mail_environment(monkeypatch):
    for name in list(os.environ):
        if name.startswith(("CLA_SMTP_", "CLA_IMAP_")) or name in (
            "CLA_DIGE_MAILBOX",
            "CLA_OFFICE_MAILBOX",
        ):
            monkeypatch.delenv(name)


def _visible(get):
    def check() -> bool:
        try:
            widget = get()
            return widget is not None and widget.isVisible()
        except (RuntimeError, AttributeError):
            return False

    return check


def _headers(envelope) -> email.message.Message:
    return email.message_from_bytes(envelope.original_content)


def test_saved_in_the_dialog_is_what_the_window_and_cla_send_with(
    qtbot, workbench, real_runner, file_keyring, no_mail_environment, tmp_path, monkeypatch
):
    monkeypatch.setenv("CLA_CONFIG", str(tmp_path / "config.toml"))
    engine = workbench.engine
    with Session(engine) as session:
        set_office(session, SYSTEM, "150104")
        session.commit()
    admin = Workbench(engine, Actor("it", Role.ADMINISTRADOR, "ventanilla-1"))
    controller, recorder = smtp_server.start(credentials=(SMTP_USER, SMTP_PASSWORD))
    try:
        info = ShellInfo(database="SQLite · prueba", office="UGEL 03", students=8, demo=False)
        window = MainWindow(info, admin, real_runner)
        qtbot.addWidget(window)
        window.show()
        # Configuración → Correo…: the one place where mail is edited.
        window.ui.actionSettings.trigger()
        qtbot.waitUntil(_visible(lambda: window.settings_dialog), timeout=3000)
        settings = window.settings_dialog
        assert "no está configurado" in settings.ui.mailSummaryLabel.text()
        settings.ui.idleSpin.setValue(7)  # something else changed in the same dialog
        qtbot.mouseClick(settings.ui.mailButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(_visible(lambda: window.mail_dialog), timeout=3000)
        mail = window.mail_dialog
        mail.ui.smtpHostEdit.setText("127.0.0.1")
        mail.ui.smtpPortSpin.setValue(controller.port)
        mail.ui.smtpSecurityCombo.setCurrentIndex(mail.ui.smtpSecurityCombo.findData("none"))
        mail.ui.smtpUserEdit.setText(SMTP_USER)
        mail.ui.smtpPasswordEdit.setText(SMTP_PASSWORD)
        mail.ui.digeEdit.setText(DIGE)
        mail.ui.officeEdit.setText(OFFICE)
        qtbot.mouseClick(mail.ui.smtpTestButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: mail.ui.messageLabel.text().startswith("Conexión correcta"), timeout=10_000
        )
        mail.ui.buttons.accepted.emit()
        qtbot.waitUntil(lambda: OFFICE in settings.ui.mailSummaryLabel.text(), timeout=3000)
        settings.ui.buttons.accepted.emit()  # Configuración saved after the mail
        with Session(engine) as session:
            stored = load_config(session)
        assert stored.smtp_host == "127.0.0.1" and stored.smtp_port == controller.port
        assert stored.office_mailbox == OFFICE and stored.dige_mailbox == DIGE
        assert SMTP_PASSWORD not in (tmp_path / "config.toml").read_text(encoding="utf-8")
        assert "[mail]" not in (tmp_path / "config.toml").read_text(encoding="utf-8")
        assert FileKeyring().get_password("cla-desktop", f"smtp/{SMTP_USER}") == SMTP_PASSWORD

        # The window: "Enviar a DIGE", clicked twice at once, on the real pools.
        window.show_area(MainWindow.CONSULTAS)
        form = window.consulta_form
        form.ui.citizenNameEdit.setText("Rosa Quispe Ñahui")
        form.ui.descriptionEdit.setPlainText("Pide la constancia de secundaria de su hija.")
        form.ui.sendButton.click()
        form.ui.sendButton.click()
        qtbot.waitUntil(lambda: len(recorder.messages) == 1, timeout=15_000)
        qtbot.waitUntil(lambda: form.ui.descriptionEdit.toPlainText() == "", timeout=3000)
        assert form.ui.citizenNameEdit.text() == ""  # cleared for the next citizen
        with Session(engine) as session:
            assert len(session.exec(select(Consulta)).all()) == 1  # not two
        sent = _headers(recorder.messages[0])
        assert sent["From"] == OFFICE and sent["Reply-To"] == OFFICE and sent["To"] == DIGE
        assert recorder.messages[0].rcpt_tos == [DIGE]
        assert recorder.logins == [SMTP_USER]
        queue = window.consulta_queue
        window.consulta_tabs.setCurrentWidget(queue)
        qtbot.waitUntil(lambda: queue.ui.table.rowCount() == 1, timeout=5000)
        qtbot.waitUntil(lambda: queue.ui.table.item(0, 1).text() == "Enviada", timeout=5000)
        queue.ui.table.selectRow(0)
        qtbot.waitUntil(lambda: "Correo enviado:" in queue.ui.detailEdit.toPlainText())
        detail = queue.ui.detailEdit.toPlainText()
        assert "En cola → Enviada" in detail and "EN_COLA" not in detail

        # The command line: the same settings, read from the database and the keyring.
        add_account(engine, "jefa", Role.ADMINISTRADOR)
        add_account(engine, "ana", Role.OPERADOR)
        url = str(engine.url)
        env = {
            **os.environ,
            **signed_in_env(),
            "PYTHON_KEYRING_BACKEND": "tests.support.memory_keyring.FileKeyring",
        }
        new = subprocess.run(
            [sys.executable, "-m", "cla_desktop.cli", "--database", url, "consulta", "new",
             "--category", "otros", "--description", "Consulta registrada por línea de comandos.",
             "--citizen-name", "Juan Pérez"],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        assert new.returncode == 0, new.stderr
        assert DIGE in new.stdout
        send = subprocess.run(
            [sys.executable, "-m", "cla_desktop.cli", "--database", url, "outbox", "send",
             "--once"],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        assert send.returncode == 0, send.stderr
        assert len(recorder.messages) == 2
        by_cla = _headers(recorder.messages[1])
        assert by_cla["From"] == OFFICE and by_cla["Reply-To"] == OFFICE and by_cla["To"] == DIGE
        assert recorder.logins == [SMTP_USER, SMTP_USER]
    finally:
        controller.stop()
        admin.close()


def test_an_office_without_mail_keeps_the_consulta_and_says_why(
    qtbot, workbench, inline_runner, no_mail_environment
):
    with Session(workbench.engine) as session:
        set_office(session, SYSTEM, "150104")
        session.commit()
    info = ShellInfo(database="SQLite · prueba", office="UGEL 03", students=8, demo=True)
    window = MainWindow(info, workbench, inline_runner)
    qtbot.addWidget(window)
    form = window.consulta_form
    form.ui.descriptionEdit.setPlainText("Ciudadano sin registro pide orientación.")
    form.ui.sendButton.click()
    assert "no está configurado" in form.ui.messageLabel.text()
    assert form.ui.descriptionEdit.toPlainText()  # nothing typed was lost
    with Session(workbench.engine) as session:
        assert session.exec(select(Consulta)).all() == []
    form.ui.draftButton.click()
    assert "borrador" in form.ui.messageLabel.text()
