"""Opening a dialog the way the counter needs: window-modal without a nested event loop, the
keyboard in the dialog at once (the clerk's next key is for it), and back in the window that
opened it when it closes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def open_focused(dialog: QDialog) -> None:
    parent = dialog.parentWidget()
    if parent is not None:
        dialog.finished.connect(parent.window().activateWindow)
    dialog.open()
    dialog.raise_()
    dialog.activateWindow()
