"""Background operations on real threads: results and failures arrive on the GUI thread by a
signal, exactly once; a result that arrives while the GUI thread is looking is never lost (the
old polling runner lost it); timeouts, cancellation, progress and lanes behave."""

from __future__ import annotations

import threading
import time
from concurrent.futures import Future

from cla_desktop.ui.operations import (
    Executors,
    Lane,
    OperationRunner,
    wait_for_tasks,
)


class RacingFuture(Future):
    """Finishes exactly while someone is checking it: on the third call to done() (between the
    two passes of a poll over pending futures), or after 0.2 s for code that never polls."""

    def __init__(self, value: object) -> None:
        super().__init__()
        self.value = value
        self.calls = 0
        self.lock = threading.Lock()
        threading.Timer(0.2, self.finish).start()

    def finish(self) -> None:
        with self.lock:
            if not super().done():
                self.set_result(self.value)

    def done(self) -> bool:
        with self.lock:
            self.calls += 1
            if self.calls == 3 and not super().done():
                self.set_result(self.value)
                return True
        return super().done()


class RacingExecutor:
    def submit(self, function) -> Future:
        return RacingFuture(function())


def test_a_result_finishing_mid_check_is_delivered(qtbot):
    """Fails on the old TaskRunner: its `_collect` checked done() in two passes, and a task
    finishing between them was in neither list — lost for good."""
    racing = RacingExecutor()
    runner = OperationRunner(Executors(racing, racing, racing))
    results = []
    runner.run(lambda: 42, results.append, results.append)
    qtbot.waitUntil(lambda: results == [42], timeout=2000)
    qtbot.wait(300)
    assert results == [42]


def test_thousands_of_results_each_delivered_once_on_the_gui_thread(qtbot, real_runner):
    gui = threading.get_ident()
    seen: list[int] = []
    threads: set[int] = set()
    failures = []

    def delivered(value: int) -> None:
        seen.append(value)
        threads.add(threading.get_ident())

    for number in range(2000):
        real_runner.run(
            lambda number=number: number,
            delivered,
            failures.append,
            lane=(Lane.INTERACTIVE, Lane.LONG, Lane.NETWORK)[number % 3],
        )
    qtbot.waitUntil(lambda: len(seen) == 2000, timeout=20_000)
    qtbot.wait(100)
    assert sorted(seen) == list(range(2000)) and not failures
    assert threads == {gui}


def test_failure_is_a_spanish_sentence_and_the_traceback_goes_to_the_log(
    qtbot, real_runner, caplog
):
    failures = []

    def broken():
        return {}["clave"]

    real_runner.run(broken, failures.append, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=3000)
    failure = failures[0]
    assert isinstance(failure.error, KeyError)
    assert "KeyError" not in failure.message and "clave" not in failure.message
    assert failure.message.startswith("Ocurrió un problema inesperado")
    assert "Traceback" in caplog.text or "KeyError" in caplog.text


def test_timeout_answers_once_and_drops_the_late_result(qtbot, real_runner):
    outcomes = []
    release = threading.Event()

    def stuck():
        release.wait(5)
        return "tarde"

    handle = real_runner.run(
        stuck, outcomes.append, outcomes.append, lane=Lane.NETWORK, timeout=0.2
    )
    qtbot.waitUntil(lambda: bool(outcomes), timeout=3000)
    release.set()
    assert wait_for_tasks(5)
    qtbot.wait(200)
    (failure,) = outcomes  # the late "tarde" was not delivered as well
    assert failure.timed_out and "segundos" in failure.message
    assert handle.finished and handle.context.cancelled


def test_progress_and_cooperative_cancel(qtbot, real_runner):
    progress = []
    results = []
    started = threading.Event()

    def work(context):
        done = 0
        for done in range(1, 1000):
            context.progress(done, 999)
            started.set()
            if context.cancelled:
                return ("detenido", done)
            time.sleep(0.002)
        return ("completo", done)

    handle = real_runner.run_reporting(
        work, results.append, results.append, progress=lambda d, t: progress.append((d, t))
    )
    qtbot.waitUntil(lambda: len(progress) >= 3, timeout=3000)
    handle.cancel()
    qtbot.waitUntil(lambda: bool(results), timeout=3000)
    outcome, done = results[0]
    assert outcome == "detenido" and done < 999
    assert all(total == 999 for _done, total in progress)
    counts = [d for d, _t in progress]
    assert counts == sorted(counts)  # latest counts win, never out of order


def test_abandoned_and_owner_gone_are_silent(qtbot, real_runner):
    from PySide6.QtWidgets import QWidget

    called = []

    def slow():
        time.sleep(0.2)
        return 1

    handle = real_runner.run(slow, called.append, called.append)
    handle.abandon()
    owner = QWidget()
    real_runner.run(slow, called.append, called.append, owner=owner)
    owner.deleteLater()
    qtbot.wait(20)
    assert wait_for_tasks(3)
    qtbot.wait(150)
    assert called == []


def test_a_long_job_does_not_starve_the_counter(qtbot, real_runner):
    """Every long-lane worker busy (imports, batches) and every network worker hung: a search
    still answers at once."""
    release = threading.Event()
    ignored: list = []
    for _ in range(4):
        real_runner.run(
            lambda: release.wait(10), ignored.append, ignored.append, lane=Lane.LONG, timeout=None
        )
        real_runner.run(
            lambda: release.wait(10),
            ignored.append,
            ignored.append,
            lane=Lane.NETWORK,
            timeout=None,
        )
    answers = []
    started = time.monotonic()
    real_runner.run(lambda: "resultado", answers.append, answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=2000)
    assert answers == ["resultado"] and time.monotonic() - started < 1.0
    release.set()
    assert wait_for_tasks(10)


def test_inline_executors_answer_before_run_returns(qapp):
    runner = OperationRunner(Executors.inline())
    results = []
    runner.run(lambda: 7, results.append, results.append)
    assert results == [7]


def test_timeouts_share_one_timer_and_fire_in_order(qtbot, real_runner):
    """No Qt connection is made per operation: a plain object's slot, collected on a worker
    thread, deadlocked the suite once (PySide disconnects it there, under Qt's lock, waiting for
    the GIL the GUI thread holds while connecting).  One timer serves every deadline."""
    from PySide6.QtCore import QTimer

    timers_before = len(real_runner.findChildren(QTimer))
    outcomes: list[tuple[str, object]] = []
    release = threading.Event()

    def stuck():
        release.wait(5)
        return "tarde"

    def answered(name: str):
        def record(outcome: object) -> None:
            outcomes.append((name, outcome))

        return record

    for name, seconds in (("lenta", 0.6), ("rápida", 0.2), ("media", 0.4)):
        real_runner.run(stuck, answered(name), answered(name), lane=Lane.NETWORK, timeout=seconds)
    done = real_runner.run(lambda: "ya", answered("pronta"), answered("pronta"), timeout=0.3)
    assert len(real_runner.findChildren(QTimer)) == timers_before
    qtbot.waitUntil(lambda: len(outcomes) == 4, timeout=5000)
    release.set()
    assert wait_for_tasks(5)
    assert [name for name, _ in outcomes] == ["pronta", "rápida", "media", "lenta"]
    assert outcomes[0][1] == "ya" and done.finished
    assert all(outcome.timed_out for _, outcome in outcomes[1:])
