"""Runs a callable off the GUI thread and delivers its result or error back on the GUI thread.

The pool is injected: tests pass `InlinePool`, which runs the task at once, so threaded views
are deterministic without sleeps (Picard's FakeThreadPool idea).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Pool(Protocol):
    def start(self, runnable: QRunnable) -> None: ...


class InlinePool:
    """Runs every task immediately on the calling thread."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


class _Relay(QObject):
    """Carries task outcomes from worker threads to the GUI thread.

    One for the whole process, created on the GUI thread and never deleted: a worker may finish
    after the window that started it is gone, and must never emit from (or be the last owner
    of) a deleted QObject.
    """

    finished = Signal(int, bool, object)  # task id, succeeded, result or error


_relay: _Relay | None = None
_task_ids = itertools.count(1)


def _shared_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class _Task(QRunnable):
    def __init__(self, task_id: int, function: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.task_id = task_id
        self.function = function
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.function()
        except Exception as error:  # delivered to the view, which shows a Spanish message
            log.exception("Falló una tarea en segundo plano")
            self.relay.finished.emit(self.task_id, False, error)
        else:
            self.relay.finished.emit(self.task_id, True, result)


class TaskRunner(QObject):
    """Starts tasks on a pool and calls back on the GUI thread.

    Callbacks are kept here and dispatched by this object's own slot: when the runner (and so
    the window that owns it) is gone, Qt drops the queued delivery instead of calling into
    deleted widgets.
    """

    def __init__(self, pool: Pool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool: Pool = pool or QThreadPool.globalInstance()
        self._relay = _shared_relay()
        self._relay.finished.connect(self._on_finished)
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None]]] = {}

    def run(
        self,
        function: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        task_id = next(_task_ids)
        self._callbacks[task_id] = (on_result, on_error)
        self.pool.start(_Task(task_id, function, self._relay))

    @Slot(int, bool, object)
    def _on_finished(self, task_id: int, succeeded: bool, value: Any) -> None:
        callbacks = self._callbacks.pop(task_id, None)
        if callbacks is None:  # another runner's task
            return
        on_result, on_error = callbacks
        if succeeded:
            on_result(value)
        else:
            on_error(value)
