"""The constancia at the counter, key by key, on the app's real thread pools: the name typed,
then Enter (open), Ctrl+P (request), Enter (issue), Enter (print) for an adult; the parent's
DNI and name in between for a minor.  The printed file is read back.  Refusals end in the
same place: the reason for the citizen and "Registrar consulta" prefilled.

The keystroke counts are the counter-flow figures of issue #13 (printed with -s)."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import func
from sqlmodel import Session, select

from cla_desktop.domain.constancia_payload import read_qr_text
from cla_desktop.services.actor import SYSTEM
from cla_desktop.services.settings_store import set_office
from cla_desktop.store.models import Constancia, Student
from cla_desktop.ui.main_window import MainWindow
from cla_desktop.ui.shell_info import ShellInfo
from tests.services.constancia_world import adult_with_secundaria, minor_with_primaria
from tests.services.people import enroll, school
from tests.support.pdf_tools import decode_qr, pdf_text

KEY_MS = 15
SCANNER_MS = 1  # a USB scanner types far faster than a person


class Keyboard:
    """Sends keys where the focus is, as a real keyboard does, and counts the ones that are
    not data (the parent's DNI and name are data; Enter, Tab and Ctrl+P are not)."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.log: list[str] = []

    def focus(self):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, name: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.log.append(name)
        self.qtbot.keyClick(self.focus(), key, modifier)

    def type(self, text: str, key_ms: int = KEY_MS) -> None:
        for character in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(
                    kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character
                )
                QApplication.sendEvent(self.focus(), event)
            self.qtbot.wait(key_ms)


def _pdf_printer(path):
    def make() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return printer

    return make


def _window(qtbot, workbench, runner, printed=None) -> MainWindow:
    info = ShellInfo(database="SQLite · prueba", office="UGEL URUBAMBA", students=9, demo=True)
    make_printer = _pdf_printer(printed) if printed else None
    window = MainWindow(info, workbench, runner, make_printer=make_printer)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _office(workbench) -> None:
    with Session(workbench.engine) as session:
        set_office(session, SYSTEM, "080013")
        session.commit()


def _visible(get):
    """The dialog is on screen and has the keyboard (what the clerk's next key needs)."""

    def check() -> bool:
        try:
            widget = get()
            return widget is not None and widget.isVisible() and widget.isActiveWindow()
        except RuntimeError:  # a deleted dialog
            return False

    return check


def _open_by_name(qtbot, window, keys: Keyboard, heard: str, student: int) -> None:
    window.on_find_requested()
    keys.type(heard)
    keys.press(Qt.Key.Key_Return, "Intro")
    qtbot.waitUntil(
        lambda: (
            window.current_trajectory() is not None
            and window.current_trajectory().student.student_id == student
        ),
        timeout=5000,
    )


def _print_and_read(qtbot, window, keys: Keyboard, printed) -> str:
    qtbot.waitUntil(_visible(lambda: window.flow.pdf_dialog), timeout=10_000)
    dialog = window.flow.pdf_dialog
    qtbot.waitUntil(dialog.ui.printButton.hasFocus, timeout=3000)
    assert dialog.ui.printButton.isDefault()
    keys.press(Qt.Key.Key_Return, "Intro")
    qtbot.waitUntil(lambda: printed.exists() and printed.stat().st_size > 10_000, timeout=10_000)
    assert dialog.printed == 1
    return dialog.ui.summaryLabel.text()


def test_adult_in_four_keys_after_the_name(qtbot, workbench, real_runner, memory_keyring, tmp_path):
    _office(workbench)
    with Session(workbench.engine) as session:
        student = adult_with_secundaria(session)
    printed = tmp_path / "impreso.pdf"
    window = _window(qtbot, workbench, real_runner, printed)
    keys = Keyboard(qtbot)
    _open_by_name(qtbot, window, keys, "ñahui huaman jose angel", student)
    keys.press(Qt.Key.Key_P, "Ctrl+P", Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(_visible(lambda: window.flow.issue_dialog), timeout=3000)
    dialog = window.flow.issue_dialog
    assert dialog.ui.requesterCombo.currentData() == "titular"
    assert dialog.ok_button.isDefault()
    keys.press(Qt.Key.Key_Return, "Intro")
    title = _print_and_read(qtbot, window, keys, printed)
    print(f"\nTeclas tras el nombre (mayor de edad): {len(keys.log)} = {' '.join(keys.log)}")
    assert keys.log == ["Intro", "Ctrl+P", "Intro", "Intro"]
    code = title.split("código virtual ")[1][:8]
    # The printer got page images, on landscape paper like the constancia; the QR of the
    # printed page decodes to this constancia.
    assert "595 x 842" not in subprocess.run(
        ["pdfinfo", str(printed)], capture_output=True, text=True, check=True
    ).stdout.replace("842 x 595", "")
    assert read_qr_text(decode_qr(printed, dpi=300)).claims.codigo_virtual == code
    with Session(workbench.engine) as session:
        row = session.exec(select(Constancia)).one()
    assert row.codigo_virtual == code and row.requester_type == "titular"


def test_minor_in_five_keys_plus_the_parents_data(
    qtbot, workbench, real_runner, memory_keyring, tmp_path
):
    _office(workbench)
    with Session(workbench.engine) as session:
        student = minor_with_primaria(session)
    printed = tmp_path / "impreso.pdf"
    window = _window(qtbot, workbench, real_runner, printed)
    keys = Keyboard(qtbot)
    _open_by_name(qtbot, window, keys, "illari quispe mamani", student)
    keys.press(Qt.Key.Key_P, "Ctrl+P", Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(_visible(lambda: window.flow.issue_dialog), timeout=3000)
    dialog = window.flow.issue_dialog
    assert dialog.ui.requesterCombo.currentData() == "madre"
    assert QApplication.focusWidget() is dialog.ui.requesterDocEdit  # the cursor waits there
    keys.type("41234567")
    keys.press(Qt.Key.Key_Tab, "Tab")
    assert QApplication.focusWidget() is dialog.ui.requesterNameEdit
    keys.type("Rosa Mamani Quispe")
    keys.press(Qt.Key.Key_Return, "Intro")
    _print_and_read(qtbot, window, keys, printed)
    print(
        f"\nTeclas tras el nombre (menor de edad): {len(keys.log)} = {' '.join(keys.log)}"
        " + el DNI y el nombre de quien solicita"
    )
    assert keys.log == ["Intro", "Ctrl+P", "Tab", "Intro", "Intro"]
    with Session(workbench.engine) as session:
        row = session.exec(select(Constancia)).one()
    assert row.requester_type == "madre" and row.requester_document == "41234567"


def test_issuing_twice_with_two_fast_enters_registers_one(
    qtbot, workbench, real_runner, memory_keyring, tmp_path
):
    _office(workbench)
    with Session(workbench.engine) as session:
        student = adult_with_secundaria(session)
    window = _window(qtbot, workbench, real_runner, tmp_path / "p.pdf")
    window.events.student_opened.emit(student)
    qtbot.waitUntil(lambda: window.current_trajectory() is not None, timeout=5000)
    window.ui.actionIssue.trigger()
    qtbot.waitUntil(_visible(lambda: window.flow.issue_dialog), timeout=3000)
    dialog = window.flow.issue_dialog
    dialog.ok_button.click()
    dialog.ok_button.click()  # ignored: the first one is being issued
    dialog.reject()  # ignored too: closing now would hide the constancia being registered
    qtbot.waitUntil(_visible(lambda: window.flow.pdf_dialog), timeout=10_000)
    with Session(workbench.engine) as session:
        assert session.execute(select(func.count()).select_from(Constancia)).scalar() == 1


def _with_rectification(workbench) -> int:
    with Session(workbench.engine) as session:
        student = adult_with_secundaria(session)
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
        return student


def test_a_refusal_explains_and_prefills_the_consulta(
    qtbot, workbench, real_runner, memory_keyring
):
    _office(workbench)
    student = _with_rectification(workbench)
    window = _window(qtbot, workbench, real_runner)
    keys = Keyboard(qtbot)
    _open_by_name(qtbot, window, keys, "ñahui huaman jose angel", student)
    keys.press(Qt.Key.Key_P, "Ctrl+P", Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(_visible(lambda: window.flow.issue_dialog), timeout=3000)
    keys.press(Qt.Key.Key_Return, "Intro")
    qtbot.waitUntil(_visible(lambda: window.flow.refusal_box), timeout=5000)
    box = window.flow.refusal_box
    assert "rectificación" in box.text() and "2023" in box.text()
    assert box.defaultButton().text() == "&Registrar consulta"
    keys.press(Qt.Key.Key_Return, "Intro")
    qtbot.waitUntil(lambda: window.ui.pages.currentIndex() == MainWindow.CONSULTAS, timeout=3000)
    form = window.consulta_form
    assert form.ui.categoryCombo.currentData() == "acta-rectificacion"
    assert form.ui.nivelEdit.text() == "Secundaria" and form.ui.yearsEdit.text() == "2023"
    with Session(workbench.engine) as session:
        codmod = school(session, "SECUNDARIA").codigo_modular
    assert form.ui.codmodEdit.text().startswith(codmod)
    description = form.ui.descriptionEdit.toPlainText()
    assert "rectificación" in description and "2023" in description
    assert "Puede registrar" not in description and "director" not in description
    # The adult asked for it: they are the citizen of the consulta; next, the description.
    assert form.ui.citizenDocEdit.text() == "47112233"
    assert form.ui.citizenNameEdit.text() == "ÑAHUI HUAMÁN, JOSÉ ÁNGEL"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.ui.descriptionEdit, timeout=3000)


def test_no_enrollment_is_refused_the_same_way(qtbot, workbench, inline_runner):
    with Session(workbench.engine) as session:
        student = session.exec(select(Student).where(Student.document_number == "45678902")).one()
    window = _window(qtbot, workbench, inline_runner)
    window.events.student_opened.emit(student.id)
    window.ui.actionIssue.trigger()
    box = window.flow.refusal_box
    assert box is not None and "a partir de 2013" in box.text()
    consulta = next(b for b in box.buttons() if "consulta" in b.text())
    consulta.click()
    assert window.ui.pages.currentIndex() == MainWindow.CONSULTAS
    assert window.consulta_form.ui.categoryCombo.currentData() == "sin-matricula"
    assert "Puede registrar" not in window.consulta_form.ui.descriptionEdit.toPlainText()


def test_issue_needs_an_open_trajectory(qtbot, workbench, inline_runner):
    window = _window(qtbot, workbench, inline_runner)
    window.ui.actionIssue.trigger()
    assert "Abra primero la trayectoria" in window.statusBar().currentMessage()


def test_preview_registers_nothing_and_verify_selects_for_the_next_scan(
    qtbot, workbench, inline_runner, memory_keyring, tmp_path
):
    _office(workbench)
    with Session(workbench.engine) as session:
        student = adult_with_secundaria(session)
    window = _window(qtbot, workbench, inline_runner)
    window.events.student_opened.emit(student)
    window.ui.actionIssue.trigger()
    dialog = window.flow.issue_dialog
    dialog.preview_button.click()
    preview = window.flow.pdf_dialog
    assert "sin validez" in preview.ui.summaryLabel.text()
    preview.save_to(tmp_path / "borrador.pdf")
    assert "VISTA PREVIA" in " ".join(pdf_text(tmp_path / "borrador.pdf", "-raw").split())
    preview.accept()
    with Session(workbench.engine) as session:
        assert session.execute(select(func.count()).select_from(Constancia)).scalar() == 0
    dialog.ok_button.click()  # now issue it for real
    issued = window.flow.pdf_dialog
    code = issued.ui.summaryLabel.text().split("código virtual ")[1][:8]
    issued.accept()
    window.activateWindow()
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    view = window.verify_view
    assert window.ui.pages.currentIndex() == MainWindow.CONSTANCIAS
    view.ui.codeEdit.setText(code)
    view.ui.dniEdit.setText("47112233")
    qtbot.keyClick(view.ui.dniEdit, Qt.Key.Key_Return)
    assert "VÁLIDA" in view.ui.verdictLabel.text()
    assert "ÑAHUI HUAMÁN" in view.ui.detailsLabel.text()
    # The next USB scan replaces the text: it is selected and focused after the verdict.
    assert view.ui.codeEdit.hasFocus() and view.ui.codeEdit.selectedText() == code


def test_verify_on_real_pools_takes_each_scan_whole(
    qtbot, workbench, real_runner, memory_keyring, tmp_path
):
    _office(workbench)
    with Session(workbench.engine) as session:
        student = adult_with_secundaria(session)
    issued, _pdf = workbench.issue(student, _titular())
    window = _window(qtbot, workbench, real_runner)
    window.ui.actionVerify.trigger()
    view = window.verify_view
    keys = Keyboard(qtbot)
    for _scan in range(3):  # a USB scanner types the QR text and Enter, three times in a row
        keys.type(issued.qr_text, SCANNER_MS)
        keys.press(Qt.Key.Key_Return, "Intro")
        qtbot.waitUntil(lambda: "VÁLIDA" in view.ui.verdictLabel.text(), timeout=5000)
        assert view.ui.codeEdit.text() == issued.qr_text  # replaced, never appended
        assert view.ui.codeEdit.selectedText() == issued.qr_text
        view.ui.verdictLabel.clear()


def _titular():
    from cla_desktop.domain.levels import Nivel
    from cla_desktop.services.constancias.issuance import IssueRequest

    return IssueRequest.titular(Nivel.SECUNDARIA, "Trámite laboral")


def test_buttons_that_are_not_the_action_never_take_enter(qtbot, workbench, inline_runner):
    """Zoom buttons and the table in the PDF dialog are never the default."""
    _office(workbench)
    with Session(workbench.engine) as session:
        student = adult_with_secundaria(session)
    window = _window(qtbot, workbench, inline_runner)
    window.events.student_opened.emit(student)
    window.ui.actionIssue.trigger()
    window.flow.issue_dialog.preview_button.click()
    dialog = window.flow.pdf_dialog
    assert dialog.ui.printButton.isDefault()
    for button in (dialog.ui.zoomInButton, dialog.ui.zoomOutButton):
        assert not button.isDefault() and not button.autoDefault()
    assert not isinstance(QApplication.focusWidget(), QLineEdit)
    dialog.accept()
