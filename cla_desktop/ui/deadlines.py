"""Timeouts of background operations, kept on one timer (see Deadlines)."""

from __future__ import annotations

import math
import time
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Slot


class TimesOut(Protocol):
    def _on_timeout(self) -> None: ...


class Deadlines(QObject):
    """The timeouts of every running operation, on one timer of the runner's.

    One QTimer per operation, connected to a method of a plain Python object, deadlocked the
    program: when such an object was garbage-collected on a worker thread, PySide disconnected
    its slot there, holding Qt's connection lock while waiting for the GIL that the GUI thread
    held while connecting the next operation's timer.  Here nothing is connected per operation:
    one timer, created and fired on the GUI thread, is re-armed for the earliest deadline."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._due: dict[TimesOut, float] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_due)

    def watch(self, handle: TimesOut, seconds: float) -> None:
        self._due[handle] = time.monotonic() + seconds
        self._arm()

    def unwatch(self, handle: TimesOut) -> None:
        if self._due.pop(handle, None) is not None and not self._due:
            self._timer.stop()

    def _arm(self) -> None:
        if not self._due:
            self._timer.stop()
            return
        wait_ms = max(0, math.ceil((min(self._due.values()) - time.monotonic()) * 1000))
        self._timer.start(wait_ms)

    @Slot()
    def _on_due(self) -> None:
        now = time.monotonic()
        expired = [handle for handle, due in self._due.items() if due <= now]
        for handle in expired:
            del self._due[handle]
        for handle in expired:
            handle._on_timeout()
        self._arm()
