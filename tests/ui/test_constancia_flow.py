"""Ctrl+P from the trajectory: issue dialog -> issue -> preview of the real PDF (QtPdf) ->
printed with QPrinter(PdfFormat); the refusal offers a consulta; the verification screen."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import Session

from cla_desktop.services.actor import SYSTEM
from cla_desktop.services.settings_store import set_office
from cla_desktop.ui.issue_dialog import IssueDialog
from cla_desktop.ui.main_window import MainWindow
from cla_desktop.ui.pdf_preview_dialog import PdfPreviewDialog
from cla_desktop.ui.shell_info import ShellInfo
from tests.services.constancia_world import adult_with_secundaria
from tests.services.people import enroll, school


def _window(qtbot, workbench, runner) -> MainWindow:
    info = ShellInfo(database="SQLite · prueba", office="UGEL URUBAMBA", students=9, demo=True)
    window = MainWindow(info, workbench, runner)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _student(workbench) -> int:
    with Session(workbench.engine) as session:
        set_office(session, SYSTEM, "080013")
        session.commit()
        return adult_with_secundaria(session)


def test_ctrl_p_issues_previews_and_prints(
    qtbot, workbench, inline_runner, memory_keyring, tmp_path
):
    student = _student(workbench)
    window = _window(qtbot, workbench, inline_runner)
    window.events.student_opened.emit(student)
    assert window.current_trajectory() is not None
    printed = tmp_path / "impreso.pdf"
    seen: dict = {}

    def fill_issue_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, IssueDialog)
        seen["niveles"] = [
            dialog.ui.nivelCombo.itemText(i) for i in range(dialog.ui.nivelCombo.count())
        ]
        dialog.ui.motivoCombo.setCurrentIndex(1)
        QTimer.singleShot(0, print_preview)
        qtbot.keyClick(dialog.ui.motivoCombo, Qt.Key.Key_Return)

    def print_preview():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PdfPreviewDialog)
        seen["title"] = dialog.ui.summaryLabel.text()
        seen["pages"] = dialog.page_count
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        dialog.print_to(printer)
        dialog.save_to(tmp_path / "guardado.pdf")
        dialog.accept()

    QTimer.singleShot(0, fill_issue_dialog)
    qtbot.keyClick(
        window.trajectory_view.ui.backButton, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
    )
    assert seen["niveles"] == ["Secundaria"]
    assert seen["pages"] >= 1 and "código virtual" in seen["title"]
    code = seen["title"].split("código virtual ")[1][:8]
    saved = subprocess.run(
        ["pdftotext", str(tmp_path / "guardado.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert code in saved and "47112233" in saved
    assert printed.exists() and printed.stat().st_size > 10_000  # the pages, as images
    assert "Constancia emitida" in window.statusBar().currentMessage()
    # The same constancia verified on the Constancias screen, by code and document.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pages.currentIndex() == MainWindow.CONSTANCIAS
    view = window.verify_view
    view.ui.codeEdit.setText(code)
    view.ui.dniEdit.setText("47112233")
    qtbot.keyClick(view.ui.dniEdit, Qt.Key.Key_Return)
    assert "VÁLIDA" in view.ui.verdictLabel.text()
    assert "ÑAHUI HUAMÁN" in view.ui.detailsLabel.text()


def test_refusal_offers_a_consulta(qtbot, workbench, inline_runner, memory_keyring, monkeypatch):
    student = _student(workbench)
    with Session(workbench.engine) as session:
        enroll(
            session,
            student,
            2023,
            "SECUNDARIA",
            5,
            school_id=school(session, "SECUNDARIA").id,
            acta="EN_RECTIFICACION",
        )
        session.commit()
    window = _window(qtbot, workbench, inline_runner)
    window.events.student_opened.emit(student)
    asked = []

    def answer(_parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))

    def accept_dialog():
        QApplication.activeModalWidget().accept()

    QTimer.singleShot(0, accept_dialog)
    window.ui.actionIssue.trigger()
    assert asked and "rectificación" in asked[0]
    assert window.ui.pages.currentIndex() == MainWindow.CONSULTAS
    _trajectory, problem = window.pending_consulta
    assert problem.category == "acta-rectificacion"


def test_issue_needs_an_open_trajectory(qtbot, workbench, inline_runner):
    window = _window(qtbot, workbench, inline_runner)
    window.ui.actionIssue.trigger()
    assert "Abra primero la trayectoria" in window.statusBar().currentMessage()


def test_preview_before_issuing_registers_nothing(
    qtbot, workbench, inline_runner, memory_keyring, tmp_path
):
    from sqlalchemy import func, select

    from cla_desktop.store.models import Constancia
    from tests.support.pdf_tools import pdf_text

    student = _student(workbench)
    window = _window(qtbot, workbench, inline_runner)
    window.events.student_opened.emit(student)
    seen = {}

    def in_issue_dialog():
        dialog = QApplication.activeModalWidget()
        QTimer.singleShot(0, in_preview)
        dialog.preview_button.click()
        dialog.reject()

    def in_preview():
        preview = QApplication.activeModalWidget()
        assert isinstance(preview, PdfPreviewDialog)
        seen["title"] = preview.ui.summaryLabel.text()
        preview.save_to(tmp_path / "borrador.pdf")
        preview.accept()

    QTimer.singleShot(0, in_issue_dialog)
    window.ui.actionIssue.trigger()
    assert "sin validez" in seen["title"]
    assert "VISTA PREVIA" in " ".join(pdf_text(tmp_path / "borrador.pdf", "-raw").split())
    with Session(workbench.engine) as session:
        assert session.execute(select(func.count()).select_from(Constancia)).scalar() == 0
