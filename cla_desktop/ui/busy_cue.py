"""The busy cue of the window while background work runs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QCursor, QGuiApplication

BUSY_DELAY_MS = 300  # quick work never flickers a busy cursor (Anki waits 600 ms)


class BusyCue(QObject):
    """A busy cursor (after a short delay) and an optional status text while work runs.

    A QObject, given the window as parent: its timer's slot is a QObject's, and both die with
    the window on the GUI thread (see Deadlines for what a plain object's slot can do)."""

    def __init__(
        self,
        show_text: Callable[[str], None] | None = None,
        delay_ms: int = BUSY_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._show_text = show_text
        self._count = 0
        self._cursor = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_delay)
        self._label = ""

    @property
    def active(self) -> bool:
        return self._count > 0

    def start(self, label: str = "") -> None:
        self._count += 1
        self._label = label or self._label
        if self._count == 1:
            self._timer.start()

    def stop(self) -> None:
        self._count = max(self._count - 1, 0)
        if self._count:
            return
        self._timer.stop()
        if self._cursor:
            QGuiApplication.restoreOverrideCursor()
            self._cursor = False
        if self._show_text is not None and self._label:
            self._show_text("")
        self._label = ""

    @Slot()
    def _on_delay(self) -> None:
        if not self._count:
            return
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
        self._cursor = True
        if self._show_text is not None and self._label:
            self._show_text(self._label)
