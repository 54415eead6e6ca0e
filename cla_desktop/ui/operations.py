"""Background operations: work runs on a worker thread; success, failure, progress, cancel and
timeout come back to the GUI thread by a Qt signal, each operation answered exactly once.

Modelled on Anki's `QueryOp`/`CollectionOp` and its `TaskManager.run_on_main`: a worker never
touches a widget.  When it finishes, its future's done-callback appends a closure to a locked
queue and emits an argument-less signal of `Dispatcher`, a QObject living on the GUI thread;
Qt queues that signal across threads and the GUI thread runs the closures.  No Python object
crosses threads inside a signal (PySide6 has crashed doing that), and nothing polls.

Every outcome (result, failure, timeout, abandonment) goes through one state check on the GUI
thread, so an operation is answered once even when its result arrives after its timeout.

Work is sent to one of three lanes, each its own thread pool, so that a long import or a hung
mail server never delays a search: INTERACTIVE (search, trajectory, issue, verify…), LONG
(import, batch) and NETWORK (SMTP, IMAP, connection tests).  Tests can give every lane an
`InlineExecutor` (the work runs at once, on the calling thread: Picard's FakeThreadPool idea),
and run the counter flows on the real pools too.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

from cla_desktop.services.error_text import describe_error, is_expected
from cla_desktop.ui.busy_cue import BusyCue
from cla_desktop.ui.deadlines import Deadlines

log = logging.getLogger(__name__)

T = TypeVar("T")


class Lane(Enum):
    INTERACTIVE = "interactiva"
    LONG = "larga"
    NETWORK = "red"


# Workers per lane: searches overlap while the clerk types; two long jobs at most; mail
# sending and reply polling each get a thread, so a stuck IMAP poll does not stop sending.
LANE_WORKERS = {Lane.INTERACTIVE: 3, Lane.LONG: 2, Lane.NETWORK: 2}
# Give up waiting after this long (seconds; None: never).  The thread cannot be killed, but
# the clerk gets a sentence and the late answer is dropped.
LANE_TIMEOUTS: dict[Lane, float | None] = {
    Lane.INTERACTIVE: 90.0,
    Lane.LONG: None,
    Lane.NETWORK: 120.0,
}


class Executor(Protocol):
    def submit(self, function: Callable[[], Any]) -> Future: ...


class InlineExecutor:
    """Runs every task immediately on the calling thread (unit tests of views)."""

    def submit(self, function: Callable[[], Any]) -> Future:
        future: Future = Future()
        try:
            future.set_result(function())
        except BaseException as error:  # delivered as a failure, like a worker's
            future.set_exception(error)
        return future


class _TrackedPool:
    """A thread pool that remembers unfinished work, so tests and shutdown can wait for it."""

    def __init__(self, lane: Lane) -> None:
        self.pool = ThreadPoolExecutor(LANE_WORKERS[lane], thread_name_prefix=f"cla-{lane.value}")
        self._lock = threading.Lock()
        self._outstanding: set[Future] = set()

    def submit(self, function: Callable[[], Any]) -> Future:
        future = self.pool.submit(function)
        with self._lock:
            self._outstanding.add(future)
        future.add_done_callback(self._forget)
        return future

    def _forget(self, future: Future) -> None:
        with self._lock:
            self._outstanding.discard(future)

    def outstanding(self) -> set[Future]:
        with self._lock:
            return set(self._outstanding)


@dataclass(frozen=True)
class Executors:
    """One executor per lane."""

    interactive: Executor
    long: Executor
    network: Executor

    def lane(self, lane: Lane) -> Executor:
        return {
            Lane.INTERACTIVE: self.interactive,
            Lane.LONG: self.long,
            Lane.NETWORK: self.network,
        }[lane]

    @classmethod
    def inline(cls) -> Executors:
        executor = InlineExecutor()
        return cls(executor, executor, executor)

    @classmethod
    def shared(cls) -> Executors:
        """The process's thread pools (created on first use, shared by every window)."""
        global _shared
        with _shared_lock:
            if _shared is None:
                _shared = cls(*(_TrackedPool(lane) for lane in Lane))
            return _shared


_shared_lock = threading.Lock()
_shared: Executors | None = None


def wait_for_tasks(timeout: float = 10.0) -> bool:
    """Block until every task on the shared pools has finished (tests, shutdown)."""
    if _shared is None:
        return True
    pending: set[Future] = set()
    for lane in Lane:
        executor = _shared.lane(lane)
        if isinstance(executor, _TrackedPool):
            pending |= executor.outstanding()
    _done, not_done = wait(pending, timeout=timeout)
    return not not_done


class OperationCancelled(Exception):
    """Raised by `OperationContext.check()` in the worker when the clerk cancelled."""

    def __init__(self) -> None:
        super().__init__("Operación cancelada.")


class OperationContext:
    """Handed to work that reports progress or can stop early (thread-safe)."""

    def __init__(self, on_progress: Callable[[], None]) -> None:
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._progress: tuple[int, int | None] | None = None
        self._progress_posted = False
        self._on_progress = on_progress

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_cancelled(self) -> bool:
        """The same as `cancelled`, as a callable for services that poll it."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise OperationCancelled

    def progress(self, done: int, total: int | None = None) -> None:
        """Latest counts win: the GUI is told once per turn of its loop, never flooded."""
        with self._lock:
            self._progress = (done, total)
            post = not self._progress_posted
            self._progress_posted = True
        if post:
            self._on_progress()

    def take_progress(self) -> tuple[int, int | None] | None:
        with self._lock:
            self._progress_posted = False
            return self._progress


@dataclass(frozen=True)
class Failure:
    """What went wrong: the sentence for the clerk, and the exception (logged, never shown)."""

    message: str
    error: BaseException | None = None
    timed_out: bool = False


class Dispatcher(QObject):
    """Runs closures posted from any thread on the GUI thread, in order, each once."""

    _posted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._queue: deque[Callable[[], None]] = deque()
        self._posted.connect(self._drain, Qt.ConnectionType.AutoConnection)

    def post(self, closure: Callable[[], None]) -> None:
        with self._lock:
            self._queue.append(closure)
        self._posted.emit()

    @Slot()
    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    return
                closure = self._queue.popleft()
            try:
                closure()
            except Exception:  # a view's callback failed: log it, keep the queue going
                log.exception("Falló la respuesta de una operación en segundo plano")


class OperationHandle(Generic[T]):
    """One submitted operation: its outcome is delivered at most once, on the GUI thread."""

    def __init__(
        self,
        runner: OperationRunner,
        *,
        success: Callable[[T], None],
        failure: Callable[[Failure], None] | None,
        progress: Callable[[int, int | None], None] | None,
        owner: QObject | None,
        busy: BusyCue | None,
        busy_label: str,
        timeout: float | None,
    ) -> None:
        self._runner = runner
        self._timeout = timeout
        self._success = success
        self._failure = failure
        self._on_progress = progress
        self._owner = owner
        self._busy = busy
        self.finished = False
        self.context = OperationContext(self._post_progress)
        if busy is not None:
            busy.start(busy_label)

    # -- from the worker thread ------------------------------------------------------------
    def _post_progress(self) -> None:
        self._runner.dispatcher.post(self._deliver_progress)

    def _completed(self, future: Future) -> None:
        self._runner.dispatcher.post(lambda: self._deliver(future))

    # -- on the GUI thread -----------------------------------------------------------------
    def _owner_gone(self) -> bool:
        return self._owner is not None and not shiboken6.isValid(self._owner)

    def _finish(self) -> bool:
        """True exactly once: the first outcome wins, later ones are dropped."""
        if self.finished:
            return False
        self.finished = True
        self._runner.deadlines.unwatch(self)
        if self._busy is not None:
            self._busy.stop()
        self._runner.forget(self)
        return not self._owner_gone()

    def _deliver(self, future: Future) -> None:
        if not self._finish():
            return
        error = future.exception()
        if error is None:
            self._success(future.result())
            return
        message = describe_error(error)
        if is_expected(error):
            log.info("Operación rechazada: %s", message)
        else:
            log.error("Falló una operación en segundo plano", exc_info=error)
        self._fail(Failure(message, error))

    def _deliver_progress(self) -> None:
        counts = self.context.take_progress()
        if self.finished or counts is None or self._on_progress is None or self._owner_gone():
            return
        self._on_progress(*counts)

    def _fail(self, failure: Failure) -> None:
        if self._failure is not None:
            self._failure(failure)
        else:
            log.warning("Operación fallida sin quien la atienda: %s", failure.message)

    def _start_timeout(self) -> None:
        if not self._timeout or self.finished:
            return
        self._runner.deadlines.watch(self, self._timeout)

    def _on_timeout(self) -> None:
        self.context.cancel()
        if not self._finish():
            return
        seconds = self._timeout or 0.0
        log.error("Una operación en segundo plano no respondió en %s s", seconds)
        self._fail(
            Failure(
                f"La operación no terminó en {seconds:.0f} segundos y se dejó de esperar. "
                "Vuelva a intentarlo; si se repite, avise al soporte técnico.",
                None,
                timed_out=True,
            )
        )

    # -- for the view ----------------------------------------------------------------------
    def cancel(self) -> None:
        """Ask the work to stop (it sees `context.cancelled`); its outcome is still
        delivered, so a rolled-back import can say so."""
        self.context.cancel()

    def abandon(self) -> None:
        """Nobody wants the answer any more (a newer search was started)."""
        self.context.cancel()
        self._finish()


class OperationRunner(QObject):
    """Submits operations to the lanes' executors and delivers their outcomes."""

    def __init__(self, executors: Executors | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.executors = executors or Executors.shared()
        self.dispatcher = Dispatcher(self)
        self.deadlines = Deadlines(self)
        self._running: set[OperationHandle] = set()

    @property
    def inline(self) -> bool:
        return isinstance(self.executors.interactive, InlineExecutor)

    def run(
        self,
        work: Callable[[], T],
        success: Callable[[T], None],
        failure: Callable[[Failure], None] | None = None,
        *,
        lane: Lane = Lane.INTERACTIVE,
        owner: QObject | None = None,
        busy: BusyCue | None = None,
        busy_label: str = "",
        timeout: float | bool | None = True,
    ) -> OperationHandle[T]:
        """Run `work()` on the lane; `success(result)` or `failure(Failure)` on the GUI thread.

        `owner`: a QObject whose deletion silences the callbacks.  `timeout`: seconds, None for
        none, True for the lane's default."""
        return self._submit(
            lambda _context: work(), success, failure, None, lane, owner, busy, busy_label, timeout
        )

    def run_reporting(
        self,
        work: Callable[[OperationContext], T],
        success: Callable[[T], None],
        failure: Callable[[Failure], None] | None = None,
        *,
        progress: Callable[[int, int | None], None] | None = None,
        lane: Lane = Lane.LONG,
        owner: QObject | None = None,
        busy: BusyCue | None = None,
        busy_label: str = "",
        timeout: float | bool | None = True,
    ) -> OperationHandle[T]:
        """As `run`, for work that takes the context: progress counts and cancellation."""
        return self._submit(
            work, success, failure, progress, lane, owner, busy, busy_label, timeout
        )

    def _submit(
        self,
        work: Callable[[OperationContext], T],
        success: Callable[[T], None],
        failure: Callable[[Failure], None] | None,
        progress: Callable[[int, int | None], None] | None,
        lane: Lane,
        owner: QObject | None,
        busy: BusyCue | None,
        busy_label: str,
        timeout: float | bool | None,
    ) -> OperationHandle[T]:
        seconds = LANE_TIMEOUTS[lane] if timeout is True else (timeout or None)
        handle: OperationHandle[T] = OperationHandle(
            self,
            success=success,
            failure=failure,
            progress=progress,
            owner=owner,
            busy=busy,
            busy_label=busy_label,
            timeout=seconds,
        )
        self._running.add(handle)
        context = handle.context
        future = self.executors.lane(lane).submit(lambda: work(context))
        if not future.done():
            handle._start_timeout()
        future.add_done_callback(handle._completed)
        return handle

    def forget(self, handle: OperationHandle) -> None:
        self._running.discard(handle)

    @property
    def running(self) -> int:
        return len(self._running)
