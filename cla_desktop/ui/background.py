"""Runs a callable off the GUI thread and delivers its result or error back on the GUI thread.

Work goes to a plain `concurrent.futures` thread pool; the GUI thread collects finished futures
with a short timer.  No Qt object is touched, emitted from or destroyed on a worker thread:
cross-thread signals carrying Python objects have crashed PySide6 6.8+ (PYSIDE-3124; seen here
as "deallocating None" and segfaults in the garbage collector), and polling a future every
15 ms costs nothing next to a 250 ms typing pause.

The executor is injected: tests pass `InlineExecutor`, which runs the task at once, so threaded
views are deterministic without sleeps (Picard's FakeThreadPool idea).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Slot

log = logging.getLogger(__name__)

POLL_MS = 15
WORKERS = 2


class Executor(Protocol):
    def submit(self, function: Callable[[], Any]) -> Future: ...


class InlineExecutor:
    """Runs every task immediately on the calling thread."""

    def submit(self, function: Callable[[], Any]) -> Future:
        future: Future = Future()
        try:
            future.set_result(function())
        except Exception as error:
            future.set_exception(error)
        return future


_lock = threading.Lock()
_executor: ThreadPoolExecutor | None = None
_outstanding: set[Future] = set()


def shared_executor() -> ThreadPoolExecutor:
    global _executor
    with _lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="cla-tarea")
        return _executor


def wait_for_tasks(timeout: float = 10.0) -> bool:
    """Block until every task started on the shared executor has finished (tests, shutdown)."""
    with _lock:
        pending = set(_outstanding)
    _done, not_done = wait(pending, timeout=timeout)
    return not not_done


class TaskRunner(QObject):
    """Starts tasks and calls back on the GUI thread; a destroyed runner calls nobody."""

    def __init__(self, executor: Executor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.executor = executor
        self._pending: list[tuple[Future, Callable[[Any], None], Callable[[Exception], None]]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._collect)

    def run(
        self,
        function: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        if self.executor is None:
            future = shared_executor().submit(function)
            with _lock:
                _outstanding.add(future)
            future.add_done_callback(_forget)
        else:
            future = self.executor.submit(function)
        if future.done():
            _deliver(future, on_result, on_error)
            return
        self._pending.append((future, on_result, on_error))
        self._timer.start()

    @Slot()
    def _collect(self) -> None:
        finished = [item for item in self._pending if item[0].done()]
        self._pending = [item for item in self._pending if not item[0].done()]
        if not self._pending:
            self._timer.stop()
        for future, on_result, on_error in finished:
            _deliver(future, on_result, on_error)


def _forget(future: Future) -> None:
    with _lock:
        _outstanding.discard(future)


def _deliver(
    future: Future, on_result: Callable[[Any], None], on_error: Callable[[Exception], None]
) -> None:
    error = future.exception()
    if error is None:
        on_result(future.result())
        return
    log.error("Falló una tarea en segundo plano", exc_info=error)
    on_error(error)  # type: ignore[arg-type]
