"""UI fixtures: dialogs are answered here, never by patching Qt globally for the whole run."""

from __future__ import annotations

import pytest


@pytest.fixture
def message_boxes(monkeypatch):
    """Record QMessageBox.critical calls instead of blocking on a modal dialog."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(_parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(record))
    return shown
