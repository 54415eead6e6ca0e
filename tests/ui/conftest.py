"""UI fixtures: dialogs are answered here, never by patching Qt globally for the whole run."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def _spanish_qt(qapp):
    """Qt's own texts (standard buttons, file and print dialogs) in Spanish, as in the app."""
    from cla_desktop.app import install_translations

    install_translations(qapp)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    """Background work a test started ends, and its answers are delivered, while the test's
    windows are still alive: a query still running on a worker when pytest-qt tore the windows
    down crashed a worker process now and then (a segmentation fault in processEvents)."""
    yield
    from PySide6.QtWidgets import QApplication

    from cla_desktop.ui.operations import wait_for_tasks

    wait_for_tasks(10)
    app = QApplication.instance()
    if app is not None:
        app.processEvents()


@pytest.fixture(autouse=True)
def _collect_windows(qapp):
    """Windows die at the end of their own test, not at a random garbage collection later,
    so a slot reached while Qt destroys a window fails the test that made it."""
    yield
    import gc

    qapp.processEvents()
    gc.collect()
    qapp.processEvents()


@pytest.fixture
def message_boxes(monkeypatch):
    """Record QMessageBox.critical calls instead of blocking on a modal dialog."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(_parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(record))
    return shown


@pytest.fixture
def workbench(request, tmp_path):
    """A Workbench on a fresh migrated SQLite database with the shared cast of students."""
    from sqlmodel import Session

    from cla_desktop.services.actor import DEMO_SUPERVISOR
    from cla_desktop.services.workbench import Workbench
    from cla_desktop.store.database import make_engine
    from tests.conftest import new_database_url
    from tests.services.people import add_cast

    engine = make_engine(new_database_url("sqlite", request, tmp_path))
    with Session(engine) as session:
        add_cast(session)
    workbench = Workbench(engine, DEMO_SUPERVISOR)
    yield workbench
    workbench.close()  # the audit writer's thread ends with the test
    engine.dispose()


@pytest.fixture
def inline_runner(qapp):
    """Every operation runs at once on the test's thread (deterministic unit tests)."""
    from cla_desktop.ui.operations import Executors, OperationRunner

    return OperationRunner(Executors.inline())


@pytest.fixture
def real_runner(qapp):
    """The app's own thread pools, lanes and signals: the counter flows run on these too."""
    from cla_desktop.ui.operations import Executors, OperationRunner

    return OperationRunner(Executors.shared())


@pytest.fixture(autouse=True)
def _no_task_outlives_its_test(qapp):
    """Background tasks started by a test finish before the next test begins."""
    yield
    from cla_desktop.ui.operations import wait_for_tasks

    wait_for_tasks(10.0)
    qapp.processEvents()
