"""The background helper with its real thread pool: results arrive on the GUI thread, errors
are delivered (not raised), and a runner destroyed mid-task is not called back."""

from __future__ import annotations

import threading
import time

from cla_desktop.ui.background import InlineExecutor, TaskRunner, wait_for_tasks


def test_result_arrives_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        time.sleep(0.05)
        return 42

    def done(value):
        seen["value"] = value
        seen["gui"] = threading.get_ident()

    runner.run(work, done, seen.setdefault)
    assert "value" not in seen  # not blocking the caller
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42 and seen["gui"] == threading.get_ident()
    assert seen["worker"] != threading.get_ident()


def test_errors_are_delivered_and_logged(qtbot, caplog):
    runner = TaskRunner()
    errors = []

    def fail():
        raise ValueError("dato inválido")

    runner.run(fail, errors.append, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)
    assert "Falló una tarea" in caplog.text


def test_destroyed_runner_is_not_called_back(qtbot):
    runner = TaskRunner()
    called = []

    def slow():
        time.sleep(0.2)
        return 1

    runner.run(slow, called.append, called.append)
    runner.deleteLater()
    qtbot.wait(20)
    assert wait_for_tasks(3.0)
    qtbot.wait(100)
    assert called == []


def test_inline_executor_calls_back_at_once():
    runner = TaskRunner(InlineExecutor())
    results = []
    runner.run(lambda: 7, results.append, results.append)
    assert results == [7]
