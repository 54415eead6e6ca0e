"""Locks the screen after some minutes without keyboard or mouse (Ley 29733: a screen lock on
idle), by watching input events application-wide."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    """Emits `timed_out` once the user has been idle for the interval; input restarts it."""

    timed_out = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.timed_out)
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
