"""Signing in, the five-failure lockout, the idle lock, first run and sign-out, driven with
pytest-qt on a real (SQLite) database with real accounts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.accounts.authentication import login
from cla_desktop.services.database_setup import OpenedDatabase
from cla_desktop.services.settings.workstation import WorkstationSettings
from cla_desktop.store.models import AuditEntry
from cla_desktop.ui.first_run_dialog import FirstRunDialog
from cla_desktop.ui.lock_dialog import LockDialog
from cla_desktop.ui.login_dialog import LoginDialog
from cla_desktop.ui.session_controller import SessionController
from cla_desktop.ui.shell_info import ShellInfo
from tests.support.accounts import PASSWORD, add_account


@pytest.fixture
def office(request, tmp_path):
    from cla_desktop.store.database import make_engine
    from tests.conftest import new_database_url
    from tests.services.people import add_cast

    engine = make_engine(new_database_url("sqlite", request, tmp_path))
    with Session(engine) as session:
        add_cast(session)
    yield engine
    engine.dispose()


def _actions(engine) -> list[str]:
    with Session(engine) as session:
        return list(session.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())


def _info(opened: OpenedDatabase) -> ShellInfo:
    return ShellInfo(database=opened.description, office=None, students=8, demo=False)


def _controller(engine, tmp_path, inline_runner, idle_ms=60_000) -> SessionController:
    opened = OpenedDatabase(engine, "SQLite · prueba", None, None)
    return SessionController(
        opened,
        _info,
        demo=False,
        settings_file=WorkstationSettings(tmp_path / "config.toml"),
        runner=inline_runner,
        idle_ms=idle_ms,
    )


def _type_and_accept(qtbot, dialog: LoginDialog, user: str, password: str) -> None:
    dialog.ui.usernameEdit.clear()
    qtbot.keyClicks(dialog.ui.usernameEdit, user)
    dialog.ui.passwordEdit.clear()
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)


def test_login_dialog_locks_the_account_after_five_failures(qtbot, office, inline_runner):
    add_account(office, "ana", Role.ADMINISTRADOR)
    dialog = LoginDialog(
        lambda u, p: login(office, u, p, "ventanilla-1"), "SQLite · prueba", inline_runner
    )
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(4):
        _type_and_accept(qtbot, dialog, "ana", "equivocada")
        assert "incorrectos" in dialog.ui.messageLabel.text()
        assert dialog.isVisible() and dialog.ui.passwordEdit.text() == ""
    _type_and_accept(qtbot, dialog, "ana", "equivocada")
    assert "bloqueada por 5 intentos fallidos" in dialog.ui.messageLabel.text()
    _type_and_accept(qtbot, dialog, "ana", PASSWORD)  # right password, still locked
    assert "bloqueada" in dialog.ui.messageLabel.text() and dialog.actor is None
    assert dialog.isVisible()
    actions = _actions(office)
    assert actions.count("sesion.ingreso_fallido") == 6
    assert actions.count("sesion.cuenta_bloqueada") == 1


def test_sign_in_idle_lock_unlock_and_switch_user(qtbot, office, tmp_path, inline_runner):
    add_account(office, "jefa", Role.ADMINISTRADOR)
    add_account(office, "ana", Role.OPERADOR, "clave-de-ana-1")
    controller = _controller(office, tmp_path, inline_runner, idle_ms=300)
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, LoginDialog)
    _type_and_accept(qtbot, dialog, "ana", "clave-de-ana-1")
    window = controller.window
    qtbot.addWidget(window)
    assert controller.actor.username == "ana" and window.isVisible()
    assert "ana · Operador" in window.user_label.text()
    assert "operador" in window.ui.adminHelp.text()  # Administración says what it holds
    assert window.admin_area.count() == 0  # an operador sees no supervisor or admin tabs
    assert not window.ui.actionSettings.isEnabled()
    # Idle: the screen locks by itself and hides the student data.
    qtbot.waitUntil(lambda: controller.locked, timeout=5000)
    lock = controller.dialog
    assert isinstance(lock, LockDialog) and lock.isVisible()
    assert not window.centralWidget().isVisible()
    assert "ana (operador)" in lock.ui.whoLabel.text()
    assert "por inactividad" in lock.ui.whoLabel.text()
    lock.reject()  # Esc does not unlock
    assert controller.locked
    qtbot.keyClicks(lock.ui.passwordEdit, "mala")
    qtbot.mouseClick(lock.ui.unlockButton, Qt.LeftButton)
    assert "incorrectos" in lock.ui.messageLabel.text() and controller.locked
    qtbot.keyClicks(lock.ui.passwordEdit, "clave-de-ana-1")
    qtbot.mouseClick(lock.ui.unlockButton, Qt.LeftButton)
    assert not controller.locked and window.centralWidget().isVisible()
    # Ctrl+L locks at once; "Cambiar de usuario" signs out and asks who is next.
    controller.idle.pause()
    window.ui.actionLock.trigger()
    assert controller.locked
    assert "ana (operador) bloqueó la pantalla" in controller.dialog.ui.whoLabel.text()
    qtbot.mouseClick(controller.dialog.ui.switchUserButton, Qt.LeftButton)
    assert controller.window is None and isinstance(controller.dialog, LoginDialog)
    _type_and_accept(qtbot, controller.dialog, "jefa", PASSWORD)
    qtbot.addWidget(controller.window)
    tabs = [
        controller.window.admin_area.tabText(i) for i in range(controller.window.admin_area.count())
    ]
    assert tabs == ["Auditoría", "Reportes", "Usuarios", "Claves de firma"]
    controller.idle.pause()
    controller.end_session()
    actions = _actions(office)
    for action in (
        "sesion.ingreso",
        "sesion.pantalla_bloqueada",
        "sesion.ingreso_fallido",
        "sesion.pantalla_desbloqueada",
        "sesion.salida",
    ):
        assert action in actions
    assert actions.count("sesion.ingreso") == 2 and actions.count("sesion.salida") == 2


def test_idle_lock_ends_in_lockout_after_five_wrong_passwords(
    qtbot, office, tmp_path, inline_runner
):
    add_account(office, "jefa", Role.ADMINISTRADOR)
    controller = _controller(office, tmp_path, inline_runner)
    controller.start()
    _type_and_accept(qtbot, controller.dialog, "jefa", PASSWORD)
    qtbot.addWidget(controller.window)
    controller.lock()
    lock = controller.dialog
    for _ in range(5):
        qtbot.keyClicks(lock.ui.passwordEdit, "mala")
        qtbot.mouseClick(lock.ui.unlockButton, Qt.LeftButton)
    assert "bloqueada" in lock.ui.messageLabel.text()
    assert not lock.ui.unlockButton.isEnabled() and controller.locked
    qtbot.mouseClick(lock.ui.switchUserButton, Qt.LeftButton)
    assert isinstance(controller.dialog, LoginDialog)
    controller.dialog.reject()


def test_first_run_creates_the_administrator_and_the_office(qtbot, office, tmp_path, inline_runner):
    controller = _controller(office, tmp_path, inline_runner)
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, FirstRunDialog)
    dialog.ui.fullNameEdit.setText("Juana Pérez Ñahui")  # keyClicks cannot type Ñ offscreen
    qtbot.keyClicks(dialog.ui.usernameEdit, "jperez")
    qtbot.keyClicks(dialog.ui.passwordEdit, "clave-jefa-2026")
    qtbot.keyClicks(dialog.ui.repeatEdit, "otra-cosa-2026")
    dialog.ui.buttons.accepted.emit()
    assert "no coinciden" in dialog.ui.messageLabel.text()
    dialog.ui.repeatEdit.setText("clave-jefa-2026")
    dialog.ui.dreCombo.setCurrentIndex(dialog.ui.dreCombo.findData("150101"))
    dialog.ui.ugelCombo.setCurrentIndex(dialog.ui.ugelCombo.findData("150104"))
    dialog.ui.buttons.accepted.emit()
    window = controller.window
    qtbot.addWidget(window)
    assert controller.actor.username == "jperez" and controller.actor.role is Role.ADMINISTRADOR
    from cla_desktop.services.settings_store import current_office

    with Session(office) as session:
        assert current_office(session).code == "150104"
    controller.idle.pause()
    controller.end_session()


def test_first_run_preselects_the_office_the_database_names(qtbot, office, tmp_path, inline_runner):
    from cla_desktop.services.actor import SYSTEM
    from cla_desktop.services.settings_store import set_office

    with Session(office) as session:
        set_office(session, SYSTEM, "150104")
        session.commit()
    controller = _controller(office, tmp_path, inline_runner)
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, FirstRunDialog)
    assert dialog.ui.dreCombo.currentData() == "150101"
    assert dialog.ui.ugelCombo.currentData() == "150104"
    dialog.reject()


def test_switching_the_database_reopens_cleanly(qtbot, tmp_path, monkeypatch):
    """Saving settings that name another database: sign out, close this one, open that one and
    ask who works there (an empty database: its first-run dialog)."""
    import argparse

    from cla_desktop import app as app_module
    from cla_desktop.services.settings.model import DatabaseSettings, Settings
    from cla_desktop.services.settings.toml_file import save_settings
    from cla_desktop.store.database import make_engine

    first = tmp_path / "primera.sqlite3"
    second = tmp_path / "segunda.sqlite3"
    config = tmp_path / "config.toml"
    monkeypatch.setenv("CLA_CONFIG", str(config))
    monkeypatch.delenv("CLA_DATABASE_URL", raising=False)
    save_settings(Settings(database=DatabaseSettings("sqlite", str(first))), config)
    from PySide6.QtWidgets import QApplication

    application = app_module.Application(
        QApplication.instance(), argparse.Namespace(database=None, demo=False), None
    )
    assert application.open()
    controller = application.controller
    assert str(first) in controller.opened.description
    add_account(controller.engine, "jefa", Role.ADMINISTRADOR)
    controller.dialog.reject()  # the first-run dialog of the first database: cancelled...
    # ...so sign in through a fresh start, as after a sign-out
    controller.start()
    _type_and_accept(qtbot, controller.dialog, "jefa", PASSWORD)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=5000)  # real pools
    qtbot.addWidget(controller.window)
    controller.idle.pause()
    old_engine = controller.engine
    save_settings(Settings(database=DatabaseSettings("sqlite", str(second))), config)
    controller.window.database_switch_requested.emit()
    assert application.controller is not controller
    assert str(second) in application.controller.opened.description
    assert isinstance(application.controller.dialog, FirstRunDialog)
    with Session(make_engine(f"sqlite:///{first}")) as session:
        actions = list(session.execute(select(AuditEntry.action)).scalars())
    assert actions.count("sesion.salida") == 1  # the first database saw the sign-out
    assert old_engine.pool.checkedout() == 0
    application.controller.dialog.reject()


def test_a_broken_settings_file_is_a_sentence_not_a_traceback(
    qtbot, tmp_path, monkeypatch, message_boxes
):
    from cla_desktop import app as app_module

    config = tmp_path / "config.toml"
    config.write_text("[database]\nkind = 'mysql'\n", encoding="utf-8")
    monkeypatch.setenv("CLA_CONFIG", str(config))
    monkeypatch.delenv("CLA_DATABASE_URL", raising=False)
    assert app_module.main([]) == 2
    ((_title, text),) = message_boxes
    assert str(config) in text and "sqlite o postgresql" in text
