"""Enter opens the student whose name is in the box — on the app's real thread pools, typing at
15 ms a key and pressing Enter at once (before the 250 ms pause, or while the search runs).

The first release opened the *previous* citizen's record here every time: an inline executor
answers before Enter is handled, so only the real executors can show that race."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlmodel import Session, select

from cla_desktop.store.models import Student
from cla_desktop.ui.main_window import MainWindow
from cla_desktop.ui.shell_info import ShellInfo

# What the clerk hears → the document of the student it must open (tests/services/people.py).
NAMES = (
    ("rosa de la cruz", "45678903"),
    ("jose luis nuñez", "45678902"),
    ("pedro chapoñan", "45678908"),
    ("maria huamani rojas", "45678907"),
    ("jhon del castillo", "001234567"),
)
KEY_MS = 15


def type_fast(qtbot, widget, text: str) -> None:
    """One key every 15 ms with the event loop running in between, as a real keyboard."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)
        qtbot.wait(KEY_MS)


def _ids(engine) -> dict[str, int]:
    with Session(engine) as session:
        return {s.document_number: s.id for s in session.exec(select(Student))}


def _window(qtbot, workbench, runner) -> MainWindow:
    info = ShellInfo(database="SQLite · prueba", office=None, students=8, demo=True)
    window = MainWindow(info, workbench, runner)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def wait_opened(qtbot, window: MainWindow, expected: int) -> None:
    """Until the trajectory on screen is the expected student's."""
    qtbot.waitUntil(
        lambda: (
            window.current_trajectory() is not None
            and window.current_trajectory().student.student_id == expected
        ),
        timeout=5000,
    )


@pytest.mark.parametrize("slow_search", [False, True], ids=["busqueda-rapida", "busqueda-lenta"])
def test_fast_typing_then_enter_opens_the_right_student(
    qtbot, workbench, real_runner, monkeypatch, slow_search
):
    if slow_search:  # Enter lands while the search of what was typed is still running
        search = workbench.search

        def slow(*args, **kwargs):
            time.sleep(0.3)
            return search(*args, **kwargs)

        monkeypatch.setattr(workbench, "search", slow)
    ids = _ids(workbench.engine)
    window = _window(qtbot, workbench, real_runner)
    view = window.search_view
    gui = threading.get_ident()
    opened_on = []
    window.events.student_opened.connect(lambda _id: opened_on.append(threading.get_ident()))
    rounds = 0
    for _round in range(3):
        for heard, document in NAMES:
            window.on_find_requested()  # Ctrl+F: back to the box, its text selected
            type_fast(qtbot, view.ui.queryEdit, heard)
            qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Return)  # at once
            expected = ids[document]
            wait_opened(qtbot, window, expected)
            # Nothing else arrives later and replaces it.
            qtbot.wait(400 if slow_search else 100)
            assert window.current_trajectory().student.student_id == expected, heard
            rounds += 1
    assert rounds == 3 * len(NAMES)
    assert set(opened_on) == {gui}  # every answer was delivered on the GUI thread


def test_enter_with_no_match_says_sin_resultados_on_real_pools(qtbot, workbench, real_runner):
    window = _window(qtbot, workbench, real_runner)
    view = window.search_view
    type_fast(qtbot, view.ui.queryEdit, "rosa de la cruz")
    qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_trajectory() is not None, timeout=5000)
    window.on_find_requested()
    type_fast(qtbot, view.ui.queryEdit, "xyzxyz wqwq")
    qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.ui.statusLabel.text().startswith("Sin resultados"), timeout=5000)
    qtbot.wait(200)
    # The previous student (Rosa) was not opened again: the search page stays.
    assert window.ui.searchStack.currentWidget() is view
