"""The background helper on a real thread pool: results arrive on the GUI thread, errors are
delivered (not raised), and a runner destroyed mid-task is not called back."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread, QThreadPool

from cla_desktop.ui.background import TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot):
    runner = TaskRunner(QThreadPool())
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    def done(value):
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is runner.thread()

    runner.run(work, done, seen.setdefault)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42 and seen["gui"]
    assert seen["worker"] != threading.get_ident()


def test_errors_are_delivered(qtbot):
    runner = TaskRunner(QThreadPool())
    errors = []

    def fail():
        raise ValueError("dato inválido")

    runner.run(fail, errors.append, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_destroyed_runner_is_not_called_back(qtbot):
    pool = QThreadPool()
    runner = TaskRunner(pool)
    called = []

    def slow():
        time.sleep(0.2)
        return 1

    runner.run(slow, called.append, called.append)
    runner.deleteLater()
    qtbot.wait(50)
    assert pool.waitForDone(3000)
    qtbot.wait(50)
    assert called == []
