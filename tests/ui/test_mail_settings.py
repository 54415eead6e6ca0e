"""Mail settings: saved to the database without any password (read back from the table),
passwords in the keyring, 'Probar conexión' against a real SMTP server and a closed port,
and a plain message when there is no keyring."""

from __future__ import annotations

import keyring
from keyring.backends.fail import Keyring as FailKeyring
from sqlmodel import Session, select

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.consultas.mail_config import load_config, route_from
from cla_desktop.services.settings.secrets import (
    KEYRING_SERVICE,
    SecretPlace,
    reset_secret_store,
    secret_store,
)
from cla_desktop.services.workbench import Workbench
from cla_desktop.store.models import AppSetting
from cla_desktop.ui.mail_settings_dialog import MailSettingsDialog
from tests.support import smtp_server


def _admin(workbench) -> Workbench:
    return Workbench(workbench.engine, Actor("it", Role.ADMINISTRADOR))


def test_settings_need_an_administrator(qtbot, workbench, memory_keyring, inline_runner):
    dialog = MailSettingsDialog(workbench, inline_runner)  # the demo supervisor
    qtbot.addWidget(dialog)
    dialog.ui.buttons.accepted.emit()
    assert "administrador" in dialog.ui.messageLabel.text()


def test_save_and_reload_without_secrets_in_the_database(
    qtbot, workbench, memory_keyring, inline_runner
):
    workbench = _admin(workbench)
    controller, _recorder = smtp_server.start()
    try:
        dialog = MailSettingsDialog(workbench, inline_runner)
        qtbot.addWidget(dialog)
        dialog.ui.smtpHostEdit.setText("127.0.0.1")
        dialog.ui.smtpPortSpin.setValue(controller.port)
        dialog.ui.smtpSecurityCombo.setCurrentIndex(dialog.ui.smtpSecurityCombo.findData("none"))
        dialog.ui.smtpUserEdit.setText("")
        dialog.ui.digeEdit.setText("dige@minedu.test")
        dialog.ui.officeEdit.setText("consultas@ugel03.test")
        dialog.ui.smtpTestButton.click()
        assert dialog.ui.messageLabel.text().startswith("Conexión correcta")
        dialog.ui.smtpPortSpin.setValue(smtp_server.free_port())
        dialog.ui.smtpTestButton.click()
        refused = dialog.ui.messageLabel.text()
        assert "no acepta conexiones" in refused and "Errno" not in refused
        dialog.ui.smtpPortSpin.setValue(controller.port)
        dialog.ui.smtpUserEdit.setText("consultas")
        dialog.ui.smtpPasswordEdit.setText("secreto-ñandú-123")
        dialog.ui.buttons.accepted.emit()
        assert dialog.result() == dialog.DialogCode.Accepted
    finally:
        controller.stop()
    with Session(workbench.engine) as session:
        stored = " ".join(row.value for row in session.exec(select(AppSetting)))
        config = load_config(session)
    assert "secreto" not in stored and "127.0.0.1" in stored
    assert memory_keyring.get_password(KEYRING_SERVICE, "smtp/consultas") == "secreto-ñandú-123"
    assert route_from(config, env={}).smtp.password == "secreto-ñandú-123"
    again = MailSettingsDialog(workbench, inline_runner)
    qtbot.addWidget(again)
    assert again.ui.smtpUserEdit.text() == "consultas" and again.ui.smtpPasswordEdit.text() == ""


def test_no_keyring_is_said_plainly(qtbot, workbench, inline_runner):
    workbench = _admin(workbench)
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        asked = []
        dialog = MailSettingsDialog(
            workbench, inline_runner, ask_place=lambda parent: asked.append(1)
        )
        qtbot.addWidget(dialog)
        _office_mail(dialog)
        dialog.ui.smtpUserEdit.setText("consultas")
        dialog.ui.smtpPasswordEdit.setText("secreto")
        dialog.ui.buttons.accepted.emit()
        assert asked == [1]  # the clerk was asked, and declined
        assert "llavero" in dialog.ui.messageLabel.text()
        assert dialog.result() != dialog.DialogCode.Accepted
        # "Solo esta sesión": kept in memory for this run, nowhere on disk.
        session_only = MailSettingsDialog(
            workbench, inline_runner, ask_place=lambda parent: SecretPlace.SESSION
        )
        qtbot.addWidget(session_only)
        _office_mail(session_only)
        session_only.ui.smtpUserEdit.setText("consultas")
        session_only.ui.smtpPasswordEdit.setText("secreto")
        session_only.ui.buttons.accepted.emit()
        assert session_only.result() == session_only.DialogCode.Accepted
        assert secret_store().get("smtp/consultas") == "secreto"
        reset_secret_store()
    finally:
        keyring.set_keyring(previous)
    with Session(workbench.engine) as session:
        assert "secreto" not in " ".join(r.value for r in session.exec(select(AppSetting)))


def _office_mail(dialog) -> None:
    dialog.ui.smtpHostEdit.setText("smtp.ugel03.gob.pe")
    dialog.ui.officeEdit.setText("consultas@ugel03.gob.pe")
