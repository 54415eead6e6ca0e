"""A dialog's OK done in the background: a password hash (argon2, ~0.1 s by design) or a
database write never freezes the window; the buttons wait, an error stays in the dialog, and
success closes it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from cla_desktop.ui.form_message import show_message
from cla_desktop.ui.operations import Failure, OperationRunner


def submit(
    dialog: QDialog,
    runner: OperationRunner,
    work: Callable[[], object],
    buttons: QWidget,
    message: QLabel,
) -> None:
    buttons.setEnabled(False)
    runner.run(
        work,
        partial(_done, dialog, buttons),
        partial(_failed, buttons, message),
        owner=dialog,
    )


def _done(dialog: QDialog, buttons: QWidget, _result: object) -> None:
    buttons.setEnabled(True)
    dialog.accept()


def _failed(buttons: QWidget, message: QLabel, failure: Failure) -> None:
    buttons.setEnabled(True)
    show_message(message, failure.message)
