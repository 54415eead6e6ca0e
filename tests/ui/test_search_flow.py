"""The counter flow with pytest-qt: type a name (with accents), wait for the results, press
Enter, see the trajectory and its problems, go back with Esc, register a consulta."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlmodel import Session

from cla_desktop.services.search.hits import StudentHit
from cla_desktop.ui.main_window import MainWindow
from cla_desktop.ui.search_results_model import PAGE, SearchResultsModel
from cla_desktop.ui.search_view import SearchView
from cla_desktop.ui.shell_info import ShellInfo
from tests.services.people import enroll, school


def type_text(widget, text: str) -> None:
    """Qt's key simulation is ASCII-only (TOOLCHAIN.md): send one QKeyEvent per character."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def _window(qtbot, workbench, runner) -> MainWindow:
    info = ShellInfo(database="SQLite · prueba", office=None, students=8, demo=True)
    window = MainWindow(info, workbench, runner)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _prepare_rosa(workbench) -> None:
    with Session(workbench.engine) as session:
        prim = school(session, "PRIMARIA")
        student = 3  # Rosa De la Cruz Quispe, the third of the cast
        enroll(session, student, 2015, "PRIMARIA", 5, school_id=prim.id)
        enroll(
            session,
            student,
            2016,
            "PRIMARIA",
            6,
            school_id=prim.id,
            acta="EN_RECTIFICACION",
            results=(("Matemática", "AD"), ("Comunicación", "C")),
        )
        enroll(session, student, 2018, "SECUNDARIA", 1, school_id=school(session, "SECUNDARIA").id)
        session.commit()


def test_type_wait_enter_shows_trajectory_and_problems(qtbot, workbench, inline_runner):
    _prepare_rosa(workbench)
    window = _window(qtbot, workbench, inline_runner)
    view = window.search_view
    assert view.ui.queryEdit.hasFocus()
    with qtbot.waitSignal(view.search_finished, timeout=3000) as finished:
        type_text(view.ui.queryEdit, "Rosa de la Crúz")
    assert finished.args == [1]
    assert view.model.data(view.model.index(0, 0)) == "DE LA CRUZ QUISPE, ROSA"
    assert view.model.data(view.model.index(0, 1)) == "DNI 45678903"
    assert view.ui.statusLabel.text().startswith("1 resultado ·")
    qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Return)
    trajectory = window.trajectory_view
    assert window.ui.searchStack.currentWidget() is trajectory
    assert trajectory.name_text.full == "DE LA CRUZ QUISPE, ROSA"
    tabs = trajectory.ui.nivelTabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Primaria", "Secundaria"]
    primaria = trajectory.tables()[0]
    assert primaria.columnCount() == 2
    assert primaria.horizontalHeaderItem(0).text().startswith("2015\n5.°\n")
    rows = [primaria.verticalHeaderItem(r).text() for r in range(primaria.rowCount())]
    assert rows == ["Matemática", "Comunicación", "Situación final", "Acta", "Observaciones"]
    assert primaria.item(0, 1).text() == "AD" and primaria.item(3, 1).text() == "En rectificación"
    problems = trajectory.ui.problemsBox.title()
    assert problems.startswith("A revisar (")
    texts = [b.accessibleName() for b in trajectory.problem_buttons]
    assert any("rectificación" in t for t in texts)
    assert any("2017" in t for t in texts)  # the gap year between 2016 and 2018
    # Esc goes back to the search, with the query still there and focused.
    qtbot.keyClick(trajectory.ui.backButton, Qt.Key.Key_Escape)
    assert window.ui.searchStack.currentWidget() is view
    assert view.ui.queryEdit.hasFocus() and view.ui.queryEdit.text() == "Rosa de la Crúz"


def test_registrar_consulta_opens_the_consultas_area(qtbot, workbench, inline_runner):
    _prepare_rosa(workbench)
    window = _window(qtbot, workbench, inline_runner)
    window.events.student_opened.emit(3)
    button = next(
        b for b in window.trajectory_view.problem_buttons if "rectificación" in b.accessibleName()
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.ui.pages.currentIndex() == MainWindow.CONSULTAS
    _trajectory, problem = window.pending_consulta
    assert problem.category == "acta-rectificacion"
    assert "45678903" in window.consulta_form.ui.contextLabel.text()
    assert window.consulta_form.ui.categoryCombo.currentData() == "acta-rectificacion"


def test_a_stale_answer_never_overwrites_a_newer_one(qtbot, workbench, inline_runner):
    view = SearchView(workbench, inline_runner)
    qtbot.addWidget(view)
    old = workbench.search_first_page("quispe", None, PAGE)
    new = workbench.search_first_page("nunez", None, PAGE)
    view._sequence = 2
    view.on_search_done(2, new)
    view.on_search_done(1, old)  # the slow first query answers last
    assert view.model.total == 1
    assert view.model.data(view.model.index(0, 0)).startswith("NÚÑEZ")


def test_enter_on_an_empty_list_says_so(qtbot, workbench, inline_runner):
    view = SearchView(workbench, inline_runner)
    qtbot.addWidget(view)
    opened = []
    view.student_opened.connect(opened.append)
    type_text(view.ui.queryEdit, "zzzzzz")
    qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Return)
    assert opened == []
    assert view.ui.statusLabel.text().startswith("Sin resultados")
    assert "b91c1c" in view.ui.statusLabel.styleSheet()  # said where the eyes are


def test_no_results_and_bad_filter_messages(qtbot, workbench, inline_runner):
    view = SearchView(workbench, inline_runner)
    qtbot.addWidget(view)
    view.ui.queryEdit.setText("zzzzzz")
    view.run_search()
    assert view.ui.statusLabel.text().startswith("Sin resultados")
    view.ui.schoolEdit.setText("12")
    view.run_search()
    assert "código modular" in view.ui.statusLabel.text()


def test_results_model_loads_lazily_by_page(qtbot):
    from cla_desktop.services.search.ranking import RankedId

    loaded: list[int] = []

    def load(ranked):
        loaded.append(len(ranked))
        return [
            StudentHit(
                r.student_id,
                "DNI",
                f"{r.student_id:08d}",
                None,
                "QUISPE",
                "",
                "ANA",
                None,
                r.score,
                None,
                None,
                (),
            )
            for r in ranked
        ]

    model = SearchResultsModel(load)
    model.reset(tuple(RankedId(i, 50.0) for i in range(1, 131)))
    assert model.rowCount() == PAGE and model.total == 130 and loaded == [PAGE]
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 130 and loaded == [PAGE, PAGE, 30]
