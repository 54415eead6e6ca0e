"""Screenshots of the real app for docs/img/ (offscreen; regenerate whenever the UI changes).

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py --database DEMO.sqlite3

Every screen is taken at two office screen sizes: 1366×768 (the pictures the manual shows,
names without a suffix) and 1024×768 (the same names ending in "-1024"); the main window
is maximised (the screen less a 40-pixel task bar), dialogs keep their own size.  A dialog is
painted over the window as the clerk sees it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from sqlmodel import Session

from cla_desktop.app import gather_info, install_translations
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import DEMO_SUPERVISOR, SYSTEM, Actor
from cla_desktop.services.constancias.issuance import IssueRequest
from cla_desktop.services.consultas.mail_config import MailConfig, save_config
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.settings_store import set_office
from cla_desktop.services.workbench import Workbench
from cla_desktop.store.database import resolve_url
from cla_desktop.ui.about_dialog import AboutDialog
from cla_desktop.ui.main_window import MainWindow
from cla_desktop.ui.operations import Executors, OperationRunner
from tests.support import smtp_server
from tests.support.memory_keyring import MemoryKeyring

OUT = Path(__file__).resolve().parent.parent / "docs" / "img"
TASK_BAR = 40


class Shots:
    """Saves pictures under docs/img with the size's suffix."""

    def __init__(self, app: QApplication, width: int, height: int) -> None:
        self.app = app
        self.size = (width, height - TASK_BAR)
        self.suffix = "" if width == 1366 else f"-{width}"

    def settle(self, seconds: float = 0.0) -> None:
        deadline = time.monotonic() + seconds
        self.app.processEvents()
        while time.monotonic() < deadline:  # QPdfView renders pages on a worker thread
            self.app.processEvents()
            time.sleep(0.05)

    def save(self, widget: QWidget, name: str) -> None:
        self.settle()
        widget.grab().save(str(OUT / name.replace(".png", f"{self.suffix}.png")))

    def over(self, window: QWidget, dialog: QWidget, name: str, top: int | None = None) -> None:
        """The dialog painted over its window, centred (offscreen, each is its own window)."""
        self.settle()
        screen: QPixmap = window.grab()
        shot = dialog.grab()
        painter = QPainter(screen)
        y = top if top is not None else max((screen.height() - shot.height()) // 2, 0)
        painter.drawPixmap(max((screen.width() - shot.width()) // 2, 0), y, shot)
        painter.end()
        screen.save(str(OUT / name.replace(".png", f"{self.suffix}.png")))


def _one(engine, sql: str) -> int:
    with engine.connect() as connection:
        return connection.exec_driver_sql(sql).scalar_one()


def _student_with_problems(engine) -> int:
    """A student whose trajectory shows several kinds of problem (transfer, rectification)."""
    return _one(
        engine,
        "SELECT e.student_id FROM enrollment e WHERE e.acta_estado = 'EN_RECTIFICACION' "
        "AND e.student_id IN (SELECT student_id FROM enrollment "
        "WHERE situacion_final = 'TRASLADADO') ORDER BY e.student_id LIMIT 1",
    )


def _adult(engine) -> int:
    return _one(
        engine,
        "SELECT e.student_id FROM enrollment e JOIN student s ON s.id = e.student_id "
        "WHERE e.nivel = 'SECUNDARIA' AND e.grado = 5 AND e.year = 2021 "
        "AND s.document_type = 'DNI' AND e.student_id NOT IN (SELECT student_id FROM "
        "enrollment WHERE acta_estado = 'EN_RECTIFICACION') ORDER BY 1 LIMIT 1",
    )


def _minor(engine) -> int:
    return _one(
        engine,
        "SELECT e.student_id FROM enrollment e JOIN student s ON s.id = e.student_id "
        "WHERE e.nivel = 'PRIMARIA' AND e.year = 2025 AND s.fecha_nacimiento > '2012-01-01' "
        "AND e.student_id NOT IN (SELECT student_id FROM enrollment "
        "WHERE acta_estado = 'EN_RECTIFICACION') ORDER BY 1 LIMIT 1",
    )


def _blocked(engine) -> int:
    return _one(
        engine,
        "SELECT e.student_id FROM enrollment e JOIN student s ON s.id = e.student_id "
        "WHERE e.acta_estado = 'EN_RECTIFICACION' AND e.nivel = 'SECUNDARIA' "
        "AND s.fecha_nacimiento < '2007-01-01' ORDER BY 1 LIMIT 1",
    )


def _longest_name(engine) -> int:
    return _one(
        engine,
        "SELECT id FROM student ORDER BY length(apellido_paterno || apellido_materno || "
        "nombres) DESC, id LIMIT 1",
    )


def counter_screens(shots: Shots, opened, info, query: str, smtp_port: int) -> None:
    """Búsqueda → trayectoria → emitir (adult and minor) → refusal → verify → register →
    batch → consultas (form, sent e-mail) → the guidance note (issue #13)."""
    engine = opened.engine
    workbench = Workbench(engine, DEMO_SUPERVISOR)
    runner = OperationRunner(Executors.inline())
    window = MainWindow(info, workbench, runner)
    window.resize(*shots.size)
    window.show()
    shots.save(window, "shell-busqueda.png")
    window.search_view.ui.queryEdit.setText(query)
    window.search_view.run_search()
    shots.save(window, "busqueda-resultados.png")
    for heard, name in (  # as the name is heard (issue #16), and one word that nobody has
        ("kispe wamani llesenia", "busqueda-por-sonido.png"),
        ("ines quispe mamani zegarra", "busqueda-parcial.png"),
    ):
        window.search_view.ui.queryEdit.setText(heard)
        window.search_view.run_search()
        shots.save(window, name)
    window.events.student_opened.emit(_student_with_problems(engine))
    shots.save(window, "trayectoria.png")
    window.events.student_opened.emit(_longest_name(engine))
    shots.save(window, "trayectoria-nombre-largo.png")
    window.show_area(MainWindow.ADMIN)
    shots.save(window, "shell-administracion.png")
    # The constancia for an adult who finished secundaria (a memory keyring: samples only).
    adult = _adult(engine)
    document = _one(engine, f"SELECT document_number FROM student WHERE id = {adult}")
    window.events.student_opened.emit(adult)
    window.ui.actionIssue.trigger()
    shots.over(window, window.flow.issue_dialog, "emitir-dialogo.png")
    window.flow.issue_dialog.ok_button.click()
    preview = window.flow.pdf_dialog
    preview.resize(min(1100, shots.size[0] - 40), shots.size[1] - 60)
    shots.settle(3)
    shots.save(preview, "emitir-vista-previa.png")
    code = preview.ui.summaryLabel.text().split("código virtual ")[1][:8]
    preview.accept()
    window.events.student_opened.emit(_minor(engine))
    window.ui.actionIssue.trigger()
    minor = window.flow.issue_dialog
    minor.ui.requesterDocEdit.setText("41234567")
    shots.over(window, minor, "emitir-dialogo-menor.png")
    minor.reject()
    window.events.student_opened.emit(_blocked(engine))
    window.ui.actionIssue.trigger()
    window.flow.issue_dialog.ok_button.click()
    shots.over(window, window.flow.refusal_box, "emitir-rechazo.png")
    consulta = next(b for b in window.flow.refusal_box.buttons() if "consulta" in b.text())
    consulta.click()
    window.consulta_form.ui.citizenDocEdit.setText("41234567")
    window.consulta_form.ui.citizenNameEdit.setText("ROSA TAIPE QUISPE")
    window.consulta_form.ui.contactEdit.setText("987 654 321")
    shots.save(window, "consulta-formulario.png")
    window.consulta_form.ui.draftButton.click()
    window.consulta_tabs.setCurrentWidget(window.consulta_queue)
    window.consulta_queue.ui.table.selectRow(0)
    shots.save(window, "consulta-cola.png")
    # Verify by code and document; the box stays selected for the next scan.
    window.on_verify_requested()
    window.verify_view.ui.codeEdit.setText(code)
    window.verify_view.ui.dniEdit.setText(document)
    window.verify_view.on_verify_clicked()
    shots.save(window, "verificar.png")
    window.constancia_tabs.setCurrentWidget(window.register_view)
    window.register_view.ui.table.selectRow(0)
    shots.save(window, "registro.png")
    window.register_view.ui.annulButton.click()
    shots.over(window, window.register_view.annul_dialog, "anular.png")
    window.register_view.annul_dialog.reject()
    with tempfile.TemporaryDirectory() as folder:
        batch = window.batch_view
        window.constancia_tabs.setCurrentWidget(batch)
        batch.ui.documentsEdit.setPlainText(f"{document}\n12345678\n")
        batch.ui.folderEdit.setText(folder)
        batch.start()
        shots.save(window, "lote.png")
    # The guidance note, one key from the search box.
    window.on_find_requested()
    window.ui.actionGuidance.trigger()
    shots.over(window, window.guidance_dialog, "ayuda-visado.png")
    window.guidance_dialog.accept()
    about = AboutDialog(info, window)
    about.show()
    shots.save(about, "acerca-de.png")
    about.close()
    sent_consulta_screens(shots, engine, info, smtp_port)
    workbench.close()


def sent_consulta_screens(shots: Shots, engine, info, smtp_port: int) -> None:
    """The mail dialog as an administrator fills it, then a consulta sent through it and the
    e-mail as it left (From, To, Reply-To, the ticket in the subject)."""
    admin = Workbench(engine, Actor("jefa", Role.ADMINISTRADOR, "ventanilla-1"))
    runner = OperationRunner(Executors.inline())
    window = MainWindow(info, admin, runner)
    window.resize(*shots.size)
    window.show()
    window.ui.actionMail.trigger()
    mail = window.mail_dialog
    mail.ui.smtpHostEdit.setText("127.0.0.1")
    mail.ui.smtpPortSpin.setValue(smtp_port)
    mail.ui.smtpSecurityCombo.setCurrentIndex(mail.ui.smtpSecurityCombo.findData("none"))
    mail.ui.smtpUserEdit.setText("consultas@ugel03.gob.pe")
    mail.ui.smtpPasswordEdit.setText("clave-de-ejemplo")
    mail.ui.digeEdit.setText("sistemagestion1@minedu.gob.pe")
    mail.ui.officeEdit.setText("consultas@ugel03.gob.pe")
    mail.ui.smtpTestButton.click()
    shots.over(window, mail, "correo-configuracion.png")
    mail.ui.buttons.accepted.emit()
    form = window.consulta_form
    window.show_area(MainWindow.CONSULTAS)
    form.ui.categoryCombo.setCurrentIndex(form.ui.categoryCombo.findData("notas-faltantes"))
    form.ui.citizenDocEdit.setText("40112233")
    form.ui.citizenNameEdit.setText("JUAN MAMANI CCORI")
    form.ui.descriptionEdit.setPlainText(
        "Faltan los calificativos de 2019 (3.° de secundaria, IE 0236158-0) en el SIAGIE."
    )
    form.ui.sendButton.click()
    window.consulta_tabs.setCurrentWidget(window.consulta_queue)
    window.consulta_queue.ui.table.selectRow(0)
    shots.save(window, "consulta-enviada.png")
    window.ui.actionSettings.trigger()
    settings = window.settings_dialog
    shots.over(window, settings, "configuracion-oficina.png")
    settings.ui.tabs.setCurrentWidget(settings.ui.databaseTab)
    shots.over(window, settings, "configuracion-base-de-datos.png")
    settings.ui.tabs.setCurrentWidget(settings.ui.sessionTab)
    shots.over(window, settings, "configuracion-sesion.png")
    settings.reject()
    window.close()
    admin.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--query", default="maria quispe")
    args = parser.parse_args()
    app = QApplication([])
    install_translations(app)
    opened = open_database(resolve_url(args.database))
    with Session(opened.engine) as session:
        set_office(session, SYSTEM, "150104")
        session.commit()
    info = gather_info(opened, demo=True, log_file=Path("~/.local/state/cla-desktop/log/cla.log"))
    OUT.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(MemoryKeyring())
    _accounts(opened.engine)
    _some_counter_work(opened.engine)
    credentials = ("consultas@ugel03.gob.pe", "clave-de-ejemplo")
    controller, _recorder = smtp_server.start(credentials=credentials)
    try:
        for width, height in ((1366, 768), (1024, 768)):
            shots = Shots(app, width, height)
            counter_screens(shots, opened, info, args.query, controller.port)
            office_screens(shots, opened, info)
    finally:
        controller.stop()
    print(f"Capturas en {OUT}")


def _accounts(engine) -> None:
    from cla_desktop.services.accounts.accounts import account_count, add_user

    with Session(engine) as session:
        if account_count(session):
            return
        add_user(session, SYSTEM, "jefa", Role.ADMINISTRADOR, "clave-jefa-2026", "Juana Pérez")
        boss = Actor("jefa", Role.ADMINISTRADOR)
        add_user(session, boss, "ana", Role.OPERADOR, "clave-ana-2026", "Ana Quispe Mamani")
        add_user(session, boss, "luis", Role.OPERADOR, "clave-luis-2026", "Luis Huamán Cruz")
        session.commit()
    with Session(engine) as session:
        save_config(
            session,
            Actor("jefa", Role.ADMINISTRADOR),
            MailConfig(
                smtp_host="smtp.ugel03.gob.pe",
                dige_mailbox="sistemagestion1@minedu.gob.pe",
                office_mailbox="consultas@ugel03.gob.pe",
            ),
        )
        session.commit()


def _some_counter_work(engine) -> None:
    """A few days of work by two clerks, so that reports and the audit trail have content."""
    from cla_desktop.domain.constancia import IssueRefused
    from cla_desktop.services.consultas.consulta_service import NewConsulta

    with engine.connect() as connection:
        adults = (
            connection.exec_driver_sql(
                "SELECT DISTINCT e.student_id FROM enrollment e JOIN student s "
                "ON s.id = e.student_id WHERE e.nivel = 'SECUNDARIA' AND e.grado = 5 "
                "AND e.year < 2026 AND s.document_type = 'DNI' "
                "AND s.fecha_nacimiento < '2007-01-01' AND e.student_id NOT IN (SELECT "
                "student_id FROM enrollment WHERE acta_estado = 'EN_RECTIFICACION') "
                "ORDER BY 1 LIMIT 9"
            )
            .scalars()
            .all()
        )
        blocked = (
            connection.exec_driver_sql(
                "SELECT student_id FROM enrollment WHERE acta_estado = 'EN_RECTIFICACION' "
                "AND nivel = 'SECUNDARIA' ORDER BY 1 LIMIT 2"
            )
            .scalars()
            .all()
        )
    for n, student in enumerate(adults):
        clerk = Actor("ana", Role.OPERADOR) if n % 3 else Actor("luis", Role.OPERADOR)
        bench = Workbench(engine, clerk)
        bench.search("quispe")
        bench.trajectory(student)
        bench.issue(student, IssueRequest.titular(Nivel.SECUNDARIA, "Trámite laboral"))
        if n % 4 == 0:
            bench.guidance_note()
        bench.close()
    for student in blocked:
        with contextlib.suppress(IssueRefused):  # refused on purpose: the refusals report
            Workbench(engine, Actor("ana", Role.OPERADOR)).issue(
                student, IssueRequest.titular(Nivel.SECUNDARIA, "Trámite laboral")
            )
    for category in ("acta-rectificacion", "sin-dni", "otros"):
        Workbench(engine, Actor("ana", Role.OPERADOR)).new_consulta(
            NewConsulta(category=category, description="Caso de ejemplo para DIGE."), send=False
        )


def office_screens(shots: Shots, opened, info) -> None:
    """Login, lock, Administración (audit, reports, users) for a supervisor, an operador and
    an administrator."""
    from cla_desktop.services.accounts.authentication import login
    from cla_desktop.services.oversight import Oversight
    from cla_desktop.services.settings.workstation import WorkstationSettings
    from cla_desktop.ui.lock_dialog import LockDialog
    from cla_desktop.ui.login_dialog import LoginDialog

    engine = opened.engine
    runner = OperationRunner(Executors.inline())
    dialog = LoginDialog(lambda u, p: login(engine, u, p), opened.description, runner)
    dialog.ui.usernameEdit.setText("ana")
    dialog.ui.passwordEdit.setText("equivocada")
    dialog.on_accepted()
    dialog.ui.passwordEdit.setText("********")
    dialog.show()
    shots.save(dialog, "ingreso.png")
    dialog.close()
    clerk = Workbench(engine, Actor("ana", Role.OPERADOR, "ventanilla-2"))
    window = MainWindow(info, clerk, runner)
    window.resize(*shots.size)
    window.show()
    window.show_area(MainWindow.ADMIN)
    shots.save(window, "administracion-operador.png")
    window.close()
    clerk.close()
    admin = Actor("jefa", Role.ADMINISTRADOR)
    settings_file = WorkstationSettings(Path(tempfile.mkdtemp()) / "config.toml")
    oversight = Oversight(engine, admin, settings_file)
    window = MainWindow(info, Workbench(engine, admin), runner, oversight=oversight)
    window.resize(*shots.size)
    window.show()
    window.show_area(MainWindow.ADMIN)
    area = window.admin_area
    area.audit_view.ui.sinceEdit.setDate(area.audit_view.ui.sinceEdit.date().addDays(-30))
    area.audit_view.refresh()
    area.audit_view.on_verify_clicked()
    shots.save(window, "auditoria.png")
    area.setCurrentWidget(area.reports_view)
    area.reports_view.refresh()
    area.reports_view.show_report("constancias-usuario")
    shots.save(window, "reportes.png")
    area.reports_view.show_report("rechazos-motivo")
    shots.save(window, "reportes-rechazos.png")
    area.reports_view.show_report("notas-informativas")
    shots.save(window, "reportes-notas.png")
    area.setCurrentWidget(area.users_view)
    shots.save(window, "usuarios.png")
    area.setCurrentWidget(area.trust_view)
    shots.save(window, "claves-de-firma.png")
    if not shots.suffix:
        verifier_screen(engine)
    window.centralWidget().hide()
    lock = LockDialog(lambda password: None, "ana (operador)", runner, window, by_clerk=True)
    lock.show()
    shots.save(lock, "bloqueo.png")
    shots.over(window, lock, "bloqueo-ventana.png", top=180)
    lock.done(0)
    import_screens(shots, oversight, runner)


def verifier_screen(engine) -> None:
    """The offline HTML verifier in headless Chromium, reading a constancia issued above."""
    import shutil
    import subprocess
    from urllib.parse import quote

    from cla_desktop.services.constancias.offline_verifier import (
        render_offline_verifier,
        trust_data,
    )
    from cla_desktop.services.constancias.register import stored_constancia

    name = "verificador-html.png"
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print(f"Sin chromium: no se capturó {name}")
        return
    boss = Actor("jefa", Role.ADMINISTRADOR, "ventanilla-1")
    with Session(engine) as session:
        code = _one(engine, "SELECT codigo_virtual FROM constancia ORDER BY id LIMIT 1")
        text = stored_constancia(session, boss, code).qr_text
        page = render_offline_verifier(trust_data(session))
        session.rollback()
    folder = Path(tempfile.mkdtemp())
    (folder / "verificador.html").write_text(page, encoding="utf-8")
    url = f"{(folder / 'verificador.html').as_uri()}#{quote(text, safe='')}"
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         "--virtual-time-budget=8000", "--window-size=1000,1100",
         f"--screenshot={OUT / name}", url],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip


def import_screens(shots: Shots, oversight, runner) -> None:
    """Importar datos (issue #7): a nómina with one bad DNI, checked, then imported without it."""
    from cla_desktop.ui.import_wizard import ImportWizard
    from tests.support import import_files as files

    folder = Path(tempfile.mkdtemp())
    rows = files.nomina_rows(year=2019)
    offset = 0 if not shots.suffix else 100
    for number, row in enumerate(rows):
        row[8] = str(19 * 10**12 + offset + number)  # codes no demo student has
        row[10] = f"{79000000 + offset + number}"
    rows[2][10] = "7900O002"  # a letter O typed for a zero
    path = files.write_csv(folder / "nomina_2019_ie50721.csv", files.NOMINA_HEADER, rows,
                           encoding="cp1252", delimiter=";")  # fmt: skip
    wizard = ImportWizard(oversight, runner)
    wizard.resize(min(980, shots.size[0] - 40), 640)
    wizard.show()
    wizard.ui.fileEdit.setText(str(path))
    shots.save(wizard, "importar-archivo.png")
    wizard.next()
    wizard.next()  # refused: one row has a problem
    shots.save(wizard, "importar-revision.png")
    wizard.back()
    wizard.ui.skipInvalidCheck.setChecked(True)
    wizard.next()
    wizard.next()
    shots.save(wizard, "importar-resumen.png")
    wizard.close()
    office_file_screen(shots, oversight, runner, folder, offset)


BOYS = ("ÁNGEL RENZO", "JOSÉ LUIS", "CARLOS ALBERTO", "JUAN DIEGO")


def office_file_screen(shots: Shots, oversight, runner, folder: Path, offset: int) -> None:
    """Issue #14: a boys' school nómina as an office types it — its own headers, extra columns,
    sexo only "M" — read with the columns listed and the F/M form chosen by the clerk."""
    from cla_desktop.ui.import_wizard import ImportWizard
    from tests.support import import_files as files

    header = ["Código Modular", "Anexo", "Año", "Nivel", "Grado", "Sección",
              "Código del Estudiante", "Nro. DNI", "Ap. Paterno", "Ap. Materno", "Nombres",
              "Sexo", "Fecha de Nacimiento", "Teléfono del apoderado", "Observaciones"]  # fmt: skip
    rows = []
    for number, row in enumerate(files.nomina_rows(year=2019)):
        code = str(19 * 10**12 + 500 + offset + number)
        dni = f"{79100000 + offset + number}"
        born = f"{10 + number:02d}/03/2011"
        rows.append([row[0], row[1], row[2], "PRIMARIA", "3", "A", code, dni, row[11],
                     row[12], BOYS[number % len(BOYS)], "M", born, "987654321", ""])  # fmt: skip
    path = files.write_csv(folder / "nomina_varones_2019.csv", header, rows)
    wizard = ImportWizard(oversight, runner)
    wizard.resize(min(980, shots.size[0] - 40), 640)
    wizard.show()
    wizard.ui.fileEdit.setText(str(path))
    wizard.next()  # the check stops: the file does not say what its M means
    _wait_for(lambda: wizard.ui.sexoCombo.isVisible())
    wizard.ui.sexoCombo.setCurrentIndex(wizard.ui.sexoCombo.findData("FM"))
    wizard.on_sexo_chosen(wizard.ui.sexoCombo.currentIndex())
    _wait_for(lambda: "F/M" in wizard.ui.sexoHint.text())
    shots.save(wizard, "importar-columnas-sexo.png")
    wizard.close()


def _wait_for(condition) -> None:
    deadline = time.monotonic() + 10
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    main()
