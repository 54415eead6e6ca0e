"""Names as heard and one word off, at the counter's speed on the app's real thread pools
(issue #16): a respelled name opens its student with Enter; a partial list names the missing
word and Enter in the box never opens a name the clerk did not type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import Session, select

from cla_desktop.store.models import Student
from cla_desktop.ui.search_results_model import SearchResultsModel
from tests.ui.test_fast_enter import _window, type_fast, wait_opened

HEARD = (  # what the clerk writes on hearing it → the document of the student to open
    ("rosa de la crus kispe", "45678903"),
    ("jose luis nunes", "45678902"),
    ("maria wamani rojas", "45678907"),
    ("jon del castiyo", "001234567"),
    ("pedro chaponan sanches", "45678908"),
)


def _ids(engine) -> dict[str, int]:
    with Session(engine) as session:
        return {s.document_number: s.id for s in session.exec(select(Student))}


def test_a_name_as_heard_opens_its_student_with_enter(qtbot, workbench, real_runner):
    ids = _ids(workbench.engine)
    window = _window(qtbot, workbench, real_runner)
    view = window.search_view
    for heard, document in HEARD:
        window.on_find_requested()
        type_fast(qtbot, view.ui.queryEdit, heard)
        qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Return)  # at once
        wait_opened(qtbot, window, ids[document])
        column = SearchResultsModel.MATCH_COLUMN
        assert view.model.data(view.model.index(0, column)) == "Por sonido", heard


def test_one_word_off_shows_a_partial_list_and_enter_does_not_open(qtbot, workbench, real_runner):
    ids = _ids(workbench.engine)
    window = _window(qtbot, workbench, real_runner)
    view = window.search_view
    type_fast(qtbot, view.ui.queryEdit, "rosa de la cruz zacarias")
    qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Return)  # at once
    qtbot.waitUntil(lambda: view.ui.statusLabel.text().startswith("Ningún nombre"), timeout=5000)
    qtbot.wait(200)
    status = view.ui.statusLabel.text()
    assert "«ZACARIAS»" in status and "coincidencia" in status
    assert window.ui.searchStack.currentWidget() is view  # nobody was opened
    assert "b91c1c" in view.ui.statusLabel.styleSheet()  # Enter refused, said in red
    column = SearchResultsModel.MATCH_COLUMN
    assert view.model.data(view.model.index(0, column)) == "Parcial: falta «ZACARIAS»"
    tip = view.model.data(view.model.index(0, column), Qt.ItemDataRole.ToolTipRole)
    assert "todas menos «ZACARIAS»" in tip
    assert view.model.hit(0).student_id == ids["45678903"]
    assert not view.ui.resultsTable.selectionModel().selectedRows()  # nothing looks chosen
    # Chosen on purpose with the arrows (without leaving the box), Enter opens it.
    qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Down)
    qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Up)
    qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_trajectory() is not None, timeout=5000)
    assert window.current_trajectory().student.student_id == ids["45678903"]


def test_a_long_partial_status_never_widens_the_window(qtbot, workbench, inline_runner):
    """A 1024-pixel screen: the status of a partial list wraps instead of widening the window."""
    window = _window(qtbot, workbench, inline_runner)
    view = window.search_view
    window.resize(1024, 740)
    view.ui.queryEdit.setText("rosa de la cruz " + "zacarias" * 30)
    view.run_search()
    qtbot.waitUntil(lambda: view.ui.statusLabel.text().startswith("Ningún nombre"), timeout=5000)
    assert window.minimumSizeHint().width() <= 1024
    assert window.width() <= 1024
