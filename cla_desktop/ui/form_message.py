"""The red sentence under a form, and the "type it twice" check the account dialogs share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.show()


def repeated_correctly(first: QLineEdit, second: QLineEdit, label: QLabel) -> bool:
    """False (and says so under the form) when the two password fields differ."""
    if first.text() == second.text():
        return True
    show_message(
        label, QCoreApplication.translate("Formulario", "Las dos contraseñas no coinciden.")
    )
    return False
