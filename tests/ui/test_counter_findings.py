"""What an independent tester found at the counter, each kept from coming back: a print that
did not happen is never called done; the lock hides every window with student data; the
consulta form never loses or merges what was typed; the red alert shows from the start;
printer settings apply at once; two scans in one box are named; one Enter, one load."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinterInfo
from sqlmodel import Session, select

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.settings.model import PrinterSettings
from cla_desktop.services.settings_store import set_office
from cla_desktop.services.workbench import Workbench
from cla_desktop.store.models import AuditEntry, Consulta
from cla_desktop.ui.main_window import MainWindow
from cla_desktop.ui.pdf_preview_dialog import PdfPreviewDialog
from cla_desktop.ui.shell_info import ShellInfo
from tests.services.constancia_world import adult_with_secundaria

INFO = ShellInfo(database="SQLite · prueba", office="UGEL 03", students=8, demo=True)


def _window(qtbot, workbench, runner) -> MainWindow:
    window = MainWindow(INFO, workbench, runner)
    qtbot.addWidget(window)
    window.show()
    return window


def test_no_printer_means_no_check_mark_and_a_sentence(qtbot, memory_keyring, workbench):
    assert QPrinterInfo.availablePrinterNames() == []  # this machine has no printer at all
    with Session(workbench.engine) as session:
        set_office(session, SYSTEM, "150104")
        session.commit()
        student = adult_with_secundaria(session)
    from cla_desktop.domain.levels import Nivel
    from cla_desktop.services.constancias.issuance import IssueRequest

    _issued, pdf = workbench.issue(
        student, IssueRequest.titular(Nivel.SECUNDARIA, "Trámite laboral")
    )
    dialog = PdfPreviewDialog(pdf, "N.° 1 · código virtual X", "c.pdf", None, PrinterSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.printButton.click()
    assert dialog.printed == 0 and "✓" not in dialog.ui.summaryLabel.text()
    assert "no tiene ninguna impresora" in dialog.not_printed
    assert dialog.not_printed_box.isVisible()


def test_the_lock_hides_every_window_with_student_data(qtbot, workbench, tmp_path, inline_runner):
    from cla_desktop.services.database_setup import OpenedDatabase
    from cla_desktop.services.settings.workstation import WorkstationSettings
    from cla_desktop.ui.about_dialog import AboutDialog
    from cla_desktop.ui.session_controller import SessionController

    opened = OpenedDatabase(workbench.engine, "SQLite · prueba", None, None)
    controller = SessionController(
        opened,
        lambda _opened: INFO,
        demo=True,
        settings_file=WorkstationSettings(tmp_path / "config.toml"),
        runner=inline_runner,
        idle_ms=3_600_000,
    )
    controller.start()
    window = controller.window
    qtbot.addWidget(window)
    window.statusBar().showMessage("Constancia emitida: N.° 00000001 · código virtual ABCDEFGH")
    open_dialog = AboutDialog(INFO, window)  # stands for a constancia left on screen
    open_dialog.show()
    controller.lock_by_clerk()
    assert not open_dialog.isVisible() and not window.centralWidget().isVisible()
    assert window.statusBar().currentMessage() == ""
    controller.dialog.on_unlock_clicked()  # the demo needs no password
    assert open_dialog.isVisible() and window.centralWidget().isVisible()
    controller.idle.pause()
    controller.end_session()


def test_the_consulta_form_never_merges_or_loses_what_was_typed(qtbot, workbench, inline_runner):
    window = _window(qtbot, workbench, inline_runner)
    form = window.consulta_form
    assert form.ui.categoryCombo.currentData() == "otros"  # a walk-in is not "sin matrícula"
    form.ui.citizenDocEdit.setText("4123")
    form.ui.descriptionEdit.setPlainText("Pide orientación sobre su certificado de estudios.")
    form.ui.draftButton.click()
    assert "muy corto" in form.ui.messageLabel.text()  # a DNI of 4 digits is refused
    form.ui.citizenDocEdit.setText("41234567")
    form.ui.yearsEdit.setText("2019, 20x1")
    form.ui.draftButton.click()
    assert "«20x1» no es un año válido" in form.ui.messageLabel.text()
    form.ui.yearsEdit.setText("2019")
    form.ui.draftButton.click()
    assert "guardada como borrador" in form.ui.messageLabel.text()
    assert form.ui.citizenDocEdit.text() == "" and form.ui.descriptionEdit.toPlainText() == ""
    with Session(workbench.engine) as session:
        (saved,) = session.exec(select(Consulta)).all()
    assert saved.citizen_document == "41234567" and saved.years == "2019"
    # Typing the next citizen, then "Registrar consulta" from a trajectory: asked, not wiped.
    form.ui.citizenNameEdit.setText("Juana Quispe")
    from cla_desktop.domain.trajectory import Problem

    trajectory = workbench.trajectory(saved.student_id or 1)
    problem = Problem("otros", "Algo que revisar.", "otros", summary="Algo que revisar.")
    window.events.consulta_requested.emit((trajectory, problem))
    box = window.unsaved_box
    assert box.isVisible() and form.ui.citizenNameEdit.text() == "Juana Quispe"
    keep = next(b for b in box.buttons() if "Conservar" in b.text())
    assert box.defaultButton() is keep
    keep.click()
    assert form.ui.citizenNameEdit.text() == "Juana Quispe"
    window.events.consulta_requested.emit((trajectory, problem))
    replace = next(b for b in window.unsaved_box.buttons() if "Reemplazar" in b.text())
    replace.click()
    assert form.ui.citizenNameEdit.text() == ""
    assert form.ui.descriptionEdit.toPlainText() == "Algo que revisar."


def test_the_red_alert_shows_from_the_start(qtbot, workbench, inline_runner):
    from cla_desktop.services.consultas.consulta_service import NewConsulta, create_consulta

    with Session(workbench.engine) as session:
        consulta = create_consulta(
            session, SYSTEM, NewConsulta(category="otros", description="Caso de prueba largo.")
        )
        consulta.state = "ERROR"
        session.commit()
    window = _window(qtbot, workbench, inline_runner)
    qtbot.waitUntil(window.consulta_alert.isVisible, timeout=3000)
    assert "Consultas con error: 1" in window.consulta_alert.text()


def test_printer_settings_apply_without_a_restart(qtbot, workbench, inline_runner, tmp_path):
    from cla_desktop.services.oversight import Oversight
    from cla_desktop.services.settings.model import Settings
    from cla_desktop.services.settings.toml_file import save_settings
    from cla_desktop.services.settings.workstation import WorkstationSettings

    path = tmp_path / "config.toml"
    admin = Actor("it", Role.ADMINISTRADOR)
    oversight = Oversight(workbench.engine, admin, WorkstationSettings(path))
    window = MainWindow(
        INFO, Workbench(workbench.engine, admin), inline_runner, oversight=oversight
    )
    qtbot.addWidget(window)
    assert window.flow.printer.copies == 1
    save_settings(Settings(printer=PrinterSettings(copies=2, ask_before_printing=True)), path)
    window.on_settings_saved()
    assert window.flow.printer.copies == 2 and window.flow.printer.ask_before_printing


def test_two_scans_in_one_box_are_named(qtbot, workbench, inline_runner):
    window = _window(qtbot, workbench, inline_runner)
    view = window.verify_view
    scan = "https://verificar.ugel.gob.pe/c?c=ABCDEFGH&p=xyz&s=abc"
    view.ui.codeEdit.setText(scan + scan)
    view.on_verify_clicked()
    assert "dos códigos seguidos" in view.ui.verdictLabel.text()
    for twice in ("CLA1:ABC CLA1:ABC", "https://a.gob.pe/v/ABCDEFGH#123https://a.gob.pe/v/X#1"):
        view.ui.verdictLabel.clear()
        view.ui.codeEdit.setText(twice)
        view.on_verify_clicked()
        assert "dos códigos seguidos" in view.ui.verdictLabel.text()


def test_a_double_enter_loads_once(qtbot, workbench, inline_runner):
    window = _window(qtbot, workbench, inline_runner)
    calls = []
    original = workbench.trajectory

    def counted(student_id):
        calls.append(student_id)
        return original(student_id)

    workbench.trajectory = counted
    from cla_desktop.ui.operations import Executors, OperationRunner

    class Held:  # the first load has not answered when the second Enter arrives
        def __init__(self):
            self.jobs = []

        def submit(self, function):
            from concurrent.futures import Future

            future = Future()
            self.jobs.append((function, future))
            return future

    held = Held()
    window.runner = OperationRunner(Executors(held, held, held))
    window.on_student_opened(1)
    window.on_student_opened(1)
    assert len(held.jobs) == 1
    function, future = held.jobs[0]
    future.set_result(function())
    qtbot.waitUntil(lambda: window.current_trajectory() is not None, timeout=3000)
    assert calls == [1]
    with Session(workbench.engine) as session:
        views = session.exec(
            select(AuditEntry).where(AuditEntry.action == "trayectoria.consulta")
        ).all()
    assert len(views) <= 1
