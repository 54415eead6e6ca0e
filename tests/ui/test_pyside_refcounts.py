"""Guards the Qt binding itself: PySide6 6.12.0 on Python 3.11 dropped a reference to None on
every call returning void, and the app aborted ("deallocating None") after a few thousand calls
(found by bench/app_memory.py).  pyproject.toml keeps that release out; this keeps it honest."""

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_calls_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        QApplication.processEvents()
        label.setText("x")
    assert sys.getrefcount(None) - before > -100
