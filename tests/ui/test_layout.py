"""Office screens are 1024 or 1366 pixels wide: at both, maximised or not, every area fits,
no label or filter is cut, long names end in "…" with the whole name in the tooltip, and an
empty "A revisar" panel leaves its height to the grades."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QPushButton
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.oversight import Oversight
from cla_desktop.services.students import add_student
from cla_desktop.services.workbench import Workbench
from cla_desktop.ui.main_window import MainWindow
from cla_desktop.ui.shell_info import ShellInfo
from tests.services.people import enroll, school

SCREENS = [(1024, 728), (1366, 728), (1100, 700), (1024, 660)]  # maximised, then windows
LONG = dict(
    apellido_paterno="Huamanchumo Ccahuana de la Santísima Trinidad",
    apellido_materno="Quispe Mamani Condorcanqui",
    nombres="María de los Ángeles Guadalupe Esperanza",
    document_number="45999001",
)


def _clipped(window) -> list[str]:
    """Visible widgets narrower than what they need to show (labels that wrap or elide by
    design are judged by their tooltip instead)."""
    found = []
    for widget in window.findChildren(QLabel):
        if not widget.isVisible() or widget.wordWrap() or not widget.text():
            continue
        if widget.sizeHint().width() > widget.width() + 1:
            found.append(f"QLabel {widget.objectName()!r}: {widget.text()[:40]!r}")
    for kind in (QComboBox, QLineEdit, QAbstractSpinBox, QPushButton):
        for widget in window.findChildren(kind):
            if widget.isVisible() and widget.minimumSizeHint().width() > widget.width() + 1:
                found.append(f"{kind.__name__} {widget.objectName()!r}")
    return found


@pytest.fixture
def admin_window(qtbot, workbench, inline_runner, memory_keyring):
    admin = Workbench(workbench.engine, Actor("it", Role.ADMINISTRADOR))
    _some_work(admin)
    info = ShellInfo(database="SQLite · /ruta/larga/de/la/base/cla.sqlite3", office="UGEL 03 "
                     "BREÑA (150104)", students=8, demo=True)  # fmt: skip
    window = MainWindow(
        info, admin, inline_runner, oversight=Oversight(workbench.engine, admin.actor)
    )
    qtbot.addWidget(window)
    window.show()
    yield window
    admin.close()


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_area_fits_without_cutting(qtbot, admin_window, size):
    window = admin_window
    assert window.minimumSizeHint().width() <= 1024
    window.resize(*size)
    qtbot.wait(20)
    assert window.width() == size[0]
    window.register_view.refresh()
    window.consulta_queue.refresh()
    for area in range(4):
        window.show_area(area)
        for tabs in (window.constancia_tabs, window.consulta_tabs, window.admin_area):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(10)
                assert _clipped(window) == [], (area, tabs.tabText(index))


@pytest.mark.parametrize("size", SCREENS[:2], ids=lambda s: f"{s[0]}x{s[1]}")
def test_long_names_are_elided_with_a_tooltip_and_rows_keep_the_height(
    qtbot, admin_window, workbench, size
):
    window = admin_window
    window.resize(*size)
    with Session(workbench.engine) as session:
        student = add_student(session, SYSTEM, **LONG).id
        for year, grado in ((2020, 1), (2021, 2)):
            enroll(
                session, student, year, "PRIMARIA", grado, school_id=school(session, "PRIMARIA").id
            )
        session.commit()
    window.events.student_opened.emit(student)
    view = window.trajectory_view
    qtbot.wait(20)
    full = view.name_text.full
    assert "GUADALUPE" in full
    shown = view.ui.nameLabel.text()
    if size[0] == 1024:
        assert shown.endswith("…") and view.ui.nameLabel.toolTip() == full
    assert _clipped(window) == []
    # Nothing to review (but an age to check, maybe): the panel is at most its title and a row.
    panel = view.ui.problemsBox.height()
    table = view.tables()[0]
    if not view.trajectory.problems:
        assert panel < 60
    assert table.height() > 3 * panel or panel < 140
    # Search results: the long name is cut in the table and whole in the tooltip.
    window.on_find_requested()
    window.search_view.ui.queryEdit.setText("huamanchumo ccahuana")
    window.search_view.run_search()
    model = window.search_view.model
    assert model.rowCount() == 1
    from PySide6.QtCore import Qt

    assert "GUADALUPE" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)


def _some_work(bench: Workbench) -> None:
    """Rows in the register and the queue: full tables and long counts, as in an office."""
    from cla_desktop.domain.levels import Nivel
    from cla_desktop.services.constancias.issuance import IssueRequest
    from cla_desktop.services.consultas.consulta_service import NewConsulta
    from tests.services.constancia_world import adult_with_secundaria

    with Session(bench.engine) as session:
        from cla_desktop.services.settings_store import set_office

        set_office(session, SYSTEM, "150104")
        session.commit()
        student = adult_with_secundaria(session)
    bench.issue(student, IssueRequest.titular(Nivel.SECUNDARIA, "Trámite laboral"))
    for category in ("acta-rectificacion", "sin-dni", "otros", "notas-faltantes"):
        bench.new_consulta(
            NewConsulta(category=category, description="Caso de ejemplo para DIGE."), send=False
        )
