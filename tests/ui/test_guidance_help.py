"""Ayuda → Certificado de estudios y visado: one key (F1) from the search box, the note on
screen, printed for the citizen from the PDF dialog, and counted in the reports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import Session

from cla_desktop.domain.lima_time import today_lima
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.oversight import Oversight
from cla_desktop.services.reports import Period
from cla_desktop.services.settings_store import set_office
from cla_desktop.ui.main_window import MainWindow
from cla_desktop.ui.shell_info import ShellInfo
from tests.support.pdf_tools import pdf_text


def test_f1_from_the_search_box_shows_and_prints_the_note(
    qtbot, workbench, inline_runner, tmp_path
):
    with Session(workbench.engine) as session:
        set_office(session, SYSTEM, "150104")
        session.commit()
    info = ShellInfo(database="SQLite · prueba", office="UGEL 03", students=8, demo=True)
    window = MainWindow(info, workbench, inline_runner)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.search_view.ui.queryEdit.hasFocus()
    qtbot.keyClick(window.search_view.ui.queryEdit, Qt.Key.Key_F1)
    dialog = window.guidance_dialog
    assert dialog.isVisible()
    text = dialog.ui.text.toPlainText()
    assert "visado" in text and "2013" in text and "DIGE" in text
    assert "00026-2020-MINEDU/VMGI-DIGEGED" in text
    assert dialog.ui.printButton.isDefault()
    dialog.ui.printButton.click()
    pdf = window.flow.pdf_dialog
    assert pdf.ui.summaryLabel.text() == dialog.note.title
    pdf.save_to(tmp_path / "nota.pdf")
    printed = " ".join(pdf_text(tmp_path / "nota.pdf").split())
    assert "visado" in printed and "UGEL 03" in printed
    pdf.accept()
    dialog.accept()
    today = today_lima()
    reports = Oversight(workbench.engine, Actor("jefa", Role.SUPERVISOR)).reports(
        Period(today.replace(day=1), today)
    )
    notes = next(r for r in reports if r.key == "notas-informativas")
    assert notes.total == 1
