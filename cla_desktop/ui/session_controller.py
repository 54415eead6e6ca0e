"""One signed-in session at a time: sign in (first run, login, or the demo supervisor), the
main window, the idle lock, sign out, and reopening on another database."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from cla_desktop import APP_NAME
from cla_desktop.services.accounts.authentication import login, note_session_event, unlock
from cla_desktop.services.accounts.first_run import create_office_administrator
from cla_desktop.services.accounts.sign_in import has_accounts
from cla_desktop.services.actor import DEMO_SUPERVISOR, SYSTEM, Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.retention import apply_retention_at_sign_in
from cla_desktop.services.database_setup import OpenedDatabase
from cla_desktop.services.error_text import describe_error
from cla_desktop.services.oversight import Oversight
from cla_desktop.services.settings.model import Settings
from cla_desktop.services.settings.workstation import WorkstationSettings
from cla_desktop.services.workbench import Workbench
from cla_desktop.store.errors import DatabaseError
from cla_desktop.ui.first_run_dialog import FirstRunDialog
from cla_desktop.ui.idle_lock import IdleLock
from cla_desktop.ui.lock_dialog import SWITCH_USER, LockDialog
from cla_desktop.ui.login_dialog import LoginDialog
from cla_desktop.ui.main_window import MainWindow
from cla_desktop.ui.operations import OperationRunner
from cla_desktop.ui.shell_info import ShellInfo

log = logging.getLogger(__name__)
MINUTE_MS = 60_000


class SessionController(QObject):
    """Owns the open database and whoever is signed in to it."""

    signed_in = Signal(object)  # Actor
    signed_out = Signal()
    database_switch_requested = Signal()

    def __init__(
        self,
        opened: OpenedDatabase,
        gather_info: Callable[[OpenedDatabase], ShellInfo],
        *,
        demo: bool,
        settings_file: WorkstationSettings | None = None,
        runner: OperationRunner | None = None,
        idle_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.opened = opened
        self.gather_info = gather_info
        self.demo = demo
        self.settings_file = settings_file or WorkstationSettings()
        self.runner = runner or OperationRunner(parent=self)
        self.idle_ms = idle_ms  # tests shorten the idle lock; otherwise the setting decides
        self.actor: Actor | None = None
        self.window: MainWindow | None = None
        self.idle: IdleLock | None = None
        self.dialog: QDialog | None = None
        self.locked = False
        self.hidden: list[QWidget] = []

    @property
    def engine(self):
        return self.opened.engine

    def start(self) -> None:
        """Ask who is working (non-blocking: the answer arrives through a dialog's signal)."""
        if self.demo:
            note_session_event(self.engine, DEMO_SUPERVISOR, AuditAction.LOGIN)
            self.show_main(DEMO_SUPERVISOR)
            return
        if not has_accounts(self.engine):
            reference = Oversight(self.engine, SYSTEM)
            create = partial(create_office_administrator, self.engine)
            dialog: QDialog = FirstRunDialog(
                create, reference.offices(), current=reference.office_identity()
            )
        else:
            dialog = LoginDialog(partial(login, self.engine), self.opened.description, self.runner)
        dialog.setWindowTitle(f"{dialog.windowTitle()} — {APP_NAME}")
        dialog.finished.connect(self.on_sign_in_finished)
        self.dialog = dialog
        dialog.open()

    @Slot(int)
    def on_sign_in_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        actor = getattr(dialog, "actor", None)
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or actor is None:
            QApplication.instance().quit()
            return
        self.show_main(actor)

    def _settings(self) -> Settings:
        try:
            return self.settings_file.load(self.engine)
        except (ValueError, DatabaseError) as error:
            log.warning("Configuración no válida: %s", error)
            QMessageBox.warning(None, APP_NAME, describe_error(error))
            return Settings()

    def _apply_retention(self, days: int) -> None:
        """Old audit entries go at sign-in, on the office's retention setting."""
        try:
            apply_retention_at_sign_in(self.engine, days)
        except (ValueError, DatabaseError) as error:
            log.warning("No se aplicó la retención de auditoría: %s", error)

    def show_main(self, actor: Actor) -> None:
        self.actor = actor
        settings = self._settings()
        self._apply_retention(settings.audit.retention_days)
        workbench = Workbench(self.engine, actor)
        oversight = Oversight(self.engine, actor, self.settings_file)
        self.window = MainWindow(
            self.gather_info(self.opened),
            workbench,
            runner=self.runner,
            oversight=oversight,
            printer=settings.printer,
        )
        self.window.lock_requested.connect(self.lock_by_clerk)
        self.window.logout_requested.connect(self.logout)
        self.window.database_switch_requested.connect(self.database_switch_requested)
        self.window.show()
        interval = self.idle_ms or settings.session.idle_lock_minutes * MINUTE_MS
        self.idle = IdleLock(interval, self)
        self.idle.timed_out.connect(self.lock)
        self.signed_in.emit(actor)

    @Slot()
    def lock(self) -> None:
        """Idle for too long: lock (the clerk's own lock is `lock_by_clerk`)."""
        self._lock(by_clerk=False)

    @Slot()
    def lock_by_clerk(self) -> None:
        self._lock(by_clerk=True)

    def _lock(self, *, by_clerk: bool) -> None:
        if self.locked or self.window is None or self.actor is None:
            return
        self.locked = True
        self.idle.pause()
        note_session_event(self.engine, self.actor, AuditAction.SCREEN_LOCKED)
        self.window.centralWidget().hide()  # no student data on an unattended screen...
        self.window.menuBar().setEnabled(False)
        self.window.statusBar().clearMessage()
        self.hidden = [  # ...nor in a dialog left open (a constancia, a consulta)
            widget
            for widget in QApplication.topLevelWidgets()
            if widget is not self.window and widget.isVisible() and _belongs_to(widget, self.window)
        ]
        for widget in self.hidden:
            widget.hide()
        unlocker = None if self.demo else partial(unlock, self.engine, self.actor)
        dialog = LockDialog(
            unlocker,
            f"{self.actor.username} ({self.actor.role.label.lower()})",
            self.runner,
            self.window,
            by_clerk=by_clerk,
        )
        dialog.finished.connect(self.on_lock_finished)
        self.dialog = dialog
        dialog.open()

    @Slot(int)
    def on_lock_finished(self, result: int) -> None:
        self.dialog.deleteLater()
        self.dialog = None
        self.locked = False
        if result == SWITCH_USER:
            self.logout()
            return
        self.window.centralWidget().show()
        self.window.menuBar().setEnabled(True)
        for widget in self.hidden:
            with contextlib.suppress(RuntimeError):  # closed meanwhile
                widget.show()
        self.hidden = []
        self.idle.resume()

    @Slot()
    def logout(self) -> None:
        self.end_session()
        self.start()

    def end_session(self) -> None:
        """Record the sign-out and close the window (the database stays open)."""
        if self.actor is not None:
            try:
                note_session_event(self.engine, self.actor, AuditAction.LOGOUT)
            except DatabaseError as error:
                log.warning("No se registró la salida: %s", error)
        self.actor = None
        if self.idle is not None:
            self.idle.stop()
            self.idle.deleteLater()
            self.idle = None
        if self.window is not None:
            window, self.window = self.window, None
            window.shut_down()
            window.workbench.close()  # queued search entries are committed before sign-out
            window.hide()
            window.deleteLater()
        self.signed_out.emit()


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False
