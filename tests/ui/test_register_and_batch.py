"""The register (filter, reprint from the snapshot, annul) and the batch view (progress and
cancel), driven with pytest-qt."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, Qt
from sqlmodel import Session

from cla_desktop.domain.levels import Nivel
from cla_desktop.services.actor import SYSTEM
from cla_desktop.services.constancias.issuance import IssueRequest
from cla_desktop.services.settings_store import set_office
from cla_desktop.services.students import add_student
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
    return window


def _prepare(workbench) -> int:
    with Session(workbench.engine) as session:
        set_office(session, SYSTEM, "080013")
        session.commit()
        student = adult_with_secundaria(session)
        other = add_student(
            session,
            SYSTEM,
            apellido_paterno="Ccori",
            apellido_materno="Apaza",
            nombres="Rosa",
            document_number="48000001",
            fecha_nacimiento=datetime(2004, 3, 3, tzinfo=UTC).date(),
        ).id
        enroll(session, other, 2021, "SECUNDARIA", 5, school_id=school(session, "SECUNDARIA").id)
        session.commit()
    return student


def test_register_filters_reprints_and_annuls(qtbot, workbench, inline_runner, memory_keyring):
    student = _prepare(workbench)
    issued, _pdf = workbench.issue(
        student, IssueRequest.titular(Nivel.SECUNDARIA, "Trámite laboral")
    )
    window = _window(qtbot, workbench, inline_runner)
    view = window.register_view
    view.ui.untilEdit.setDate(QDate.currentDate().addDays(1))
    view.refresh()
    assert view.ui.table.rowCount() == 1
    assert view.ui.table.item(0, 1).text() == issued.snapshot.codigo_virtual
    assert view.ui.table.item(0, 7).text() == "Vigente"
    view.ui.table.selectRow(0)
    view.ui.reprintButton.click()
    dialog = window.flow.pdf_dialog
    assert isinstance(dialog, PdfPreviewDialog)
    assert "Reimpresión" in dialog.ui.summaryLabel.text()
    assert "vigente" in dialog.ui.summaryLabel.text() and dialog.pdf.startswith(b"%PDF")
    dialog.accept()
    # Anular asks: what, why, and a button that says it; a short reason is refused there.
    view.ui.annulButton.click()
    annul = view.annul_dialog
    qtbot.waitUntil(annul.isActiveWindow, timeout=3000)
    assert issued.snapshot.codigo_virtual in annul.ui.whatLabel.text()
    assert annul.ui.reasonEdit.hasFocus() and not annul.ui.cancelButton.isDefault()
    qtbot.keyClick(annul.ui.reasonEdit, Qt.Key.Key_Return)  # a stray Enter annuls nothing
    assert "al menos 5" in annul.ui.messageLabel.text() and annul.isVisible()
    annul.ui.reasonEdit.setText("Datos del solicitante equivocados")
    qtbot.keyClick(annul.ui.reasonEdit, Qt.Key.Key_Return)
    assert view.ui.table.item(0, 7).text() == "Anulada"
    assert view.ui.statusLabel.text().startswith(f"Constancia {issued.snapshot.codigo_virtual}")
    view.ui.stateCombo.setCurrentIndex(1)  # Vigente
    view.refresh()
    assert view.ui.table.rowCount() == 0
    view.ui.sinceEdit.setDate(QDate.currentDate().addDays(5))
    view.ui.untilEdit.setDate(QDate.currentDate().addDays(6))
    view.ui.stateCombo.setCurrentIndex(0)
    view.refresh()
    assert view.ui.table.rowCount() == 0


def test_batch_view_issues_and_reports(qtbot, workbench, inline_runner, memory_keyring, tmp_path):
    _prepare(workbench)
    window = _window(qtbot, workbench, inline_runner)
    view = window.batch_view
    view.ui.documentsEdit.setPlainText("47112233\n48000001\n99999999\n")
    view.ui.folderEdit.setText(str(tmp_path))
    view.start()
    qtbot.waitUntil(lambda: view.items is not None, timeout=60_000)
    assert view.ui.progressBar.value() == 3
    assert len(list(tmp_path.glob("*.pdf"))) == 2
    report = view.ui.reportEdit.toPlainText()
    assert report.startswith("2 emitidas, 1 no emitida.") and "99999999" in report


def test_batch_view_cancel(qtbot, workbench, inline_runner, memory_keyring, tmp_path, monkeypatch):
    _prepare(workbench)
    window = _window(qtbot, workbench, inline_runner)
    view = window.batch_view
    view.ui.documentsEdit.setPlainText("47112233\n48000001\n")
    view.ui.folderEdit.setText(str(tmp_path))
    original = inline_runner.run_reporting
    monkeypatch.setattr(
        inline_runner,
        "run_reporting",
        lambda work, *args, **kwargs: original(_cancelled_first(work), *args, **kwargs),
    )
    view.start()
    assert view.items == [] and view.ui.reportEdit.toPlainText().startswith("0 emitidas")
    assert not list(tmp_path.glob("*.pdf"))


def _cancelled_first(work):
    def run(context):
        context.cancel()  # Cancelar pressed before the first constancia
        return work(context)

    return run


def test_batch_on_the_long_lane_cancels_midway(
    qtbot, workbench, real_runner, memory_keyring, tmp_path
):
    _prepare(workbench)
    window = _window(qtbot, workbench, real_runner)
    view = window.batch_view
    view.ui.documentsEdit.setPlainText("\n".join(["47112233", "48000001"] * 10))
    view.ui.folderEdit.setText(str(tmp_path))
    view.start()
    qtbot.waitUntil(lambda: view.ui.progressBar.value() >= 1, timeout=30_000)
    view.ui.cancelButton.click()
    qtbot.waitUntil(lambda: view.items is not None, timeout=60_000)
    report = view.ui.reportEdit.toPlainText()
    assert "(lote cancelado)" in report.splitlines()[0]
    assert len(view.items) < 20


def test_selected_search_results_go_to_the_batch(qtbot, workbench, inline_runner):
    window = _window(qtbot, workbench, inline_runner)
    view = window.search_view
    view.ui.queryEdit.setText("quispe")
    view.run_search()
    view.ui.resultsTable.selectAll()
    expected = view.selected_documents()
    assert len(expected) >= 3
    view.batch_action.trigger()
    assert window.ui.pages.currentIndex() == MainWindow.CONSTANCIAS
    assert window.constancia_tabs.currentWidget() is window.batch_view
    assert window.batch_view.ui.documentsEdit.toPlainText().splitlines() == [
        d for d in expected if d
    ]
