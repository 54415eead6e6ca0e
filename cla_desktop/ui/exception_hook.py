"""Uncaught exceptions: the traceback goes to the log, the clerk sees a Spanish sentence."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)


class ExceptionHook:
    """Installed as sys.excepthook while the GUI runs."""

    def __init__(self, log_file: Path, *, show_dialog: bool = True) -> None:
        self.log_file = log_file
        self.show_dialog = show_dialog
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self

    def message(self) -> str:
        return QApplication.translate(
            "ExceptionHook",
            "Ocurrió un error inesperado. Lo que estaba guardado no se perdió. Si el problema "
            "se repite, envíe al soporte técnico el archivo de registro:\n{path}",
        ).format(path=self.log_file)

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, traceback)
            return
        log.critical("Excepción no controlada", exc_info=(kind, error, traceback))
        if not self.show_dialog or self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            QMessageBox.critical(
                None, QApplication.translate("ExceptionHook", "Error"), self.message()
            )
        finally:
            self._showing = False
