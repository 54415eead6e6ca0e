"""GUI bootstrap: logging, exception hook, open and migrate the database, then the window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from cla_desktop import APP_NAME, DESKTOP_ID, __version__, argparse_es
from cla_desktop.logging_setup import configure_logging
from cla_desktop.paths import resources_dir
from cla_desktop.services.actor import DEMO_SUPERVISOR
from cla_desktop.services.database_setup import (
    OpenedDatabase,
    office_label,
    open_database,
    student_count,
)
from cla_desktop.services.demo.generator import fill_demo
from cla_desktop.services.demo.guard import demo_fill_allowed, demo_session_allowed
from cla_desktop.services.settings.workstation import configured_database_url
from cla_desktop.store.errors import DatabaseError
from cla_desktop.ui.exception_hook import ExceptionHook
from cla_desktop.ui.peru_translator import PeruTranslator
from cla_desktop.ui.session_controller import SessionController
from cla_desktop.ui.shell_info import ShellInfo

log = logging.getLogger(__name__)
# bench/startup.py names a file here: written when the window is ready for typing.
STARTUP_MARK = "CLA_STARTUP_MARK"

FIRST_USE_DEMO_STUDENTS = 3000


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    argparse_es.install()
    parser = argparse.ArgumentParser(prog="cla-desktop", description=APP_NAME)
    parser.add_argument("--demo", action="store_true", help="usar la base de demostración")
    parser.add_argument("--database", metavar="URL", help="ruta SQLite o URL de PostgreSQL")
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help="muestra la versión del programa y termina",
    )
    args, _qt_args = parser.parse_known_args(argv)
    return args


def install_translations(app: QApplication) -> None:
    """Qt's own strings (standard buttons, file and print dialogs) in Peru's Spanish."""
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Peru))
    translator = PeruTranslator(app)
    if translator.loaded:
        app.installTranslator(translator)
    else:
        log.warning("No se encontró la traducción de Qt al español (qtbase_es.qm)")


def fill_first_use_demo(app: QApplication, opened: OpenedDatabase) -> None:
    dialog = QProgressDialog(
        app.translate("App", "Preparando la base de demostración…"), "", 0, 100
    )
    dialog.setWindowTitle(APP_NAME)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)

    def report(done: int, total: int) -> None:
        dialog.setValue(int(100 * done / max(total, 1)))
        app.processEvents()

    fill_demo(opened.engine, DEMO_SUPERVISOR, students=FIRST_USE_DEMO_STUDENTS, progress=report)
    dialog.close()


def gather_info(opened: OpenedDatabase, *, demo: bool, log_file=None) -> ShellInfo:
    return ShellInfo(
        database=opened.description,
        office=office_label(opened.engine),
        students=student_count(opened.engine),
        demo=demo,
        log_file=log_file,
    )


def open_for_use(app: QApplication, args: argparse.Namespace) -> OpenedDatabase:
    """The database the settings (or --database / --demo) name, migrated; the demo filled."""
    opened = open_database(configured_database_url(args.database, demo=args.demo))
    if args.demo and student_count(opened.engine) == 0 and demo_fill_allowed(opened.engine):
        fill_first_use_demo(app, opened)
    return opened


class Application:
    """Keeps the session controller alive and replaces it when the database changes."""

    def __init__(self, app: QApplication, args: argparse.Namespace, log_file) -> None:
        self.app = app
        self.args = args
        self.log_file = log_file
        self.controller: SessionController | None = None
        app.aboutToQuit.connect(self.on_about_to_quit)

    def open(self) -> bool:
        try:
            opened = open_for_use(self.app, self.args)
        except (DatabaseError, ValueError) as error:  # ValueError: a malformed settings file
            log.warning("No se abrió la base de datos: %s", error)
            QMessageBox.critical(None, APP_NAME, str(error))
            return False
        demo = self.args.demo and demo_session_allowed(opened.engine)
        if self.args.demo and not demo:  # --demo on an office's database: sign in as always
            log.warning("--demo pedido sobre una base que no es de demostración")
            QMessageBox.warning(
                None,
                APP_NAME,
                self.app.translate(
                    "App",
                    "Esta base de datos no es de demostración (tiene cuentas de usuario o datos "
                    "reales): ingrese con su usuario y contraseña.",
                ),
            )
        self.controller = SessionController(
            opened, partial(gather_info, demo=demo, log_file=self.log_file), demo=demo
        )
        self.controller.database_switch_requested.connect(self.on_database_switch_requested)
        mark = os.environ.get(STARTUP_MARK)
        if mark:
            self.controller.signed_in.connect(partial(mark_when_ready, Path(mark)))
        self.controller.start()
        return True

    def on_database_switch_requested(self) -> None:
        """Settings named another database: sign out, close this one, open that one."""
        old = self.controller
        old.end_session()
        old.engine.dispose()
        old.deleteLater()
        self.args.database = None  # from now on the settings file decides
        self.args.demo = False
        if not self.open():
            self.app.quit()

    def on_about_to_quit(self) -> None:
        if self.controller is not None and self.controller.actor is not None:
            self.controller.end_session()


def mark_when_ready(path: Path, _actor: object) -> None:
    """bench/startup.py: the main window is shown; the first turn of the event loop after it
    is the moment the clerk can type.  Writes the wall-clock time to the file then."""
    QTimer.singleShot(0, partial(_write_mark, path))


def _write_mark(path: Path) -> None:
    path.write_text(f"{time.time():.6f}", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    log_file = configure_logging()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "cla-escritorio.svg")))
    install_translations(app)
    ExceptionHook(log_file).install()
    application = Application(app, args, log_file)
    if not application.open():
        return 2
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
