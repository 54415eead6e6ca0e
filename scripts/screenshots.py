"""Screenshots of the real app for docs/img/ (offscreen; regenerate whenever the UI changes).

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py --database DEMO.sqlite3
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication
from sqlmodel import Session

from cla_desktop.app import gather_info, install_translations
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.domain.trajectory import Problem
from cla_desktop.services.actor import DEMO_SUPERVISOR, SYSTEM, Actor
from cla_desktop.services.constancias.issuance import IssueRequest
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.workbench import Workbench
from cla_desktop.store.database import resolve_url
from cla_desktop.ui.about_dialog import AboutDialog
from cla_desktop.ui.background import InlineExecutor, TaskRunner
from cla_desktop.ui.issue_dialog import IssueDialog
from cla_desktop.ui.mail_settings_dialog import MailSettingsDialog
from cla_desktop.ui.main_window import MainWindow
from cla_desktop.ui.pdf_preview_dialog import PdfPreviewDialog
from tests.support.memory_keyring import MemoryKeyring

OUT = Path(__file__).resolve().parent.parent / "docs" / "img"


def _student_with_problems(engine) -> int:
    """A student whose trajectory shows several kinds of problem (transfer, rectification)."""
    with engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT e.student_id FROM enrollment e WHERE e.acta_estado = 'EN_RECTIFICACION' "
            "AND e.student_id IN (SELECT student_id FROM enrollment "
            "WHERE situacion_final = 'TRASLADADO') ORDER BY e.student_id LIMIT 1"
        ).scalar_one()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--query", default="maria quispe")
    args = parser.parse_args()
    app = QApplication([])
    install_translations(app)
    opened = open_database(resolve_url(args.database))
    info = gather_info(opened, demo=True, log_file=Path("~/.local/state/cla-desktop/log/cla.log"))
    OUT.mkdir(parents=True, exist_ok=True)
    workbench = Workbench(opened.engine, DEMO_SUPERVISOR)
    window = MainWindow(info, workbench, TaskRunner(InlineExecutor()))
    window.resize(1280, 760)
    window.show()
    app.processEvents()
    window.grab().save(str(OUT / "shell-busqueda.png"))
    window.search_view.ui.queryEdit.setText(args.query)
    window.search_view.run_search()
    app.processEvents()
    window.grab().save(str(OUT / "busqueda-resultados.png"))
    window.events.student_opened.emit(_student_with_problems(opened.engine))
    app.processEvents()
    window.grab().save(str(OUT / "trayectoria.png"))
    window.show_area(MainWindow.ADMIN)
    app.processEvents()
    window.grab().save(str(OUT / "shell-administracion.png"))
    # The constancia flow for an adult who finished secundaria (a memory keyring: samples only).
    keyring.set_keyring(MemoryKeyring())
    with opened.engine.connect() as connection:
        adult = connection.exec_driver_sql(
            "SELECT e.student_id FROM enrollment e JOIN student s ON s.id = e.student_id "
            "WHERE e.nivel = 'SECUNDARIA' AND e.grado = 5 AND e.year = 2021 "
            "AND s.document_type = 'DNI' AND e.student_id NOT IN (SELECT student_id FROM "
            "enrollment WHERE acta_estado = 'EN_RECTIFICACION') ORDER BY 1 LIMIT 1"
        ).scalar_one()
    window.events.student_opened.emit(adult)
    app.processEvents()
    trajectory = window.trajectory_view.trajectory
    dialog = IssueDialog(trajectory, window, partial(window.show_preview, trajectory))
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "emitir-dialogo.png"))
    request = dialog.request()
    dialog.close()
    issued, pdf = workbench.issue(adult, request)
    preview = PdfPreviewDialog(
        pdf,
        f"N.° {issued.snapshot.correlativo} · código virtual {issued.snapshot.codigo_virtual}",
        "c.pdf",
        window,
    )
    preview.resize(1100, 760)
    preview.show()
    deadline = time.monotonic() + 3  # QPdfView renders pages on a worker thread
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    preview.grab().save(str(OUT / "emitir-vista-previa.png"))
    preview.close()
    window.on_verify_requested()
    window.verify_view.ui.codeEdit.setText(issued.qr_text)
    window.verify_view.on_verify_clicked()
    app.processEvents()
    window.grab().save(str(OUT / "verificar.png"))
    window.constancia_tabs.setCurrentWidget(window.register_view)
    window.register_view.refresh()
    window.register_view.ui.table.selectRow(0)
    app.processEvents()
    window.grab().save(str(OUT / "registro.png"))
    with tempfile.TemporaryDirectory() as folder:
        batch = window.batch_view
        window.constancia_tabs.setCurrentWidget(batch)
        batch.ui.documentsEdit.setPlainText(f"{issued.snapshot.document_number}\n12345678\n")
        batch.ui.folderEdit.setText(folder)
        batch.start()
        app.processEvents()
        window.grab().save(str(OUT / "lote.png"))
    # Consultas: the form prefilled from a problem, saved as a draft, and the queue.
    trajectory = window.trajectory_view.trajectory
    problem = Problem(
        "notas-faltantes",
        "Faltan calificativos en 2020, 2.° de secundaria.",
        "notas-faltantes",
        nivel=Nivel.SECUNDARIA,
        years=(2020,),
        codigo_modular="9900067-0",
    )
    window.events.consulta_requested.emit((trajectory, problem))
    window.consulta_form.ui.citizenNameEdit.setText("ROSA TAIPE QUISPE")
    window.consulta_form.ui.contactEdit.setText("987 654 321")
    app.processEvents()
    window.grab().save(str(OUT / "consulta-formulario.png"))
    window.consulta_form.ui.draftButton.click()
    window.consulta_tabs.setCurrentWidget(window.consulta_queue)
    window.consulta_queue.refresh()
    window.consulta_queue.ui.table.selectRow(0)
    app.processEvents()
    window.grab().save(str(OUT / "consulta-cola.png"))
    mail = MailSettingsDialog(workbench, window)
    mail.show()
    app.processEvents()
    mail.grab().save(str(OUT / "correo-configuracion.png"))
    mail.close()
    about = AboutDialog(info, window)
    about.show()
    app.processEvents()
    about.grab().save(str(OUT / "acerca-de.png"))
    about.close()
    office_screens(app, opened, info)
    print(f"Capturas en {OUT}")


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
    for student in blocked:
        with contextlib.suppress(IssueRefused):  # refused on purpose: the refusals report
            Workbench(engine, Actor("ana", Role.OPERADOR)).issue(
                student, IssueRequest.titular(Nivel.SECUNDARIA, "Trámite laboral")
            )
    for category in ("acta-rectificacion", "sin-dni", "otros"):
        Workbench(engine, Actor("ana", Role.OPERADOR)).new_consulta(
            NewConsulta(category=category, description="Caso de ejemplo para DIGE."), send=False
        )


def office_screens(app, opened, info) -> None:
    """Login, lock, Administración (audit, reports, users) and Configuración, for issue #6."""
    from cla_desktop.services.accounts.accounts import account_count, add_user
    from cla_desktop.services.accounts.authentication import login
    from cla_desktop.services.oversight import Oversight
    from cla_desktop.services.settings.workstation import WorkstationSettings
    from cla_desktop.ui.lock_dialog import LockDialog
    from cla_desktop.ui.login_dialog import LoginDialog
    from cla_desktop.ui.settings_dialog import SettingsDialog

    engine = opened.engine
    with Session(engine) as session:
        if account_count(session) == 0:
            add_user(session, SYSTEM, "jefa", Role.ADMINISTRADOR, "clave-jefa-2026", "Juana Pérez")
            add_user(
                session,
                Actor("jefa", Role.ADMINISTRADOR),
                "ana",
                Role.OPERADOR,
                "clave-ana-2026",
                "Ana Quispe Mamani",
            )
            add_user(
                session,
                Actor("jefa", Role.ADMINISTRADOR),
                "luis",
                Role.OPERADOR,
                "clave-luis-2026",
                "Luis Huamán Cruz",
            )
            session.commit()
    _some_counter_work(engine)
    dialog = LoginDialog(lambda u, p: login(engine, u, p), opened.description)
    dialog.ui.usernameEdit.setText("ana")
    dialog.ui.passwordEdit.setText("equivocada")
    dialog.on_accepted()
    dialog.ui.passwordEdit.setText("********")
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "ingreso.png"))
    dialog.close()
    admin = Actor("jefa", Role.ADMINISTRADOR)
    settings_file = WorkstationSettings(Path(tempfile.mkdtemp()) / "config.toml")
    oversight = Oversight(engine, admin, settings_file)
    window = MainWindow(
        info, Workbench(engine, admin), TaskRunner(InlineExecutor()), oversight=oversight
    )
    window.resize(1280, 760)
    window.show()
    window.show_area(MainWindow.ADMIN)
    area = window.admin_area
    area.audit_view.ui.sinceEdit.setDate(area.audit_view.ui.sinceEdit.date().addDays(-30))
    area.audit_view.refresh()
    area.audit_view.on_verify_clicked()
    app.processEvents()
    window.grab().save(str(OUT / "auditoria.png"))
    area.setCurrentWidget(area.reports_view)
    area.reports_view.refresh()
    area.reports_view.show_report("constancias-usuario")
    app.processEvents()
    window.grab().save(str(OUT / "reportes.png"))
    area.reports_view.show_report("rechazos-motivo")
    app.processEvents()
    window.grab().save(str(OUT / "reportes-rechazos.png"))
    area.setCurrentWidget(area.users_view)
    app.processEvents()
    window.grab().save(str(OUT / "usuarios.png"))
    settings = SettingsDialog(oversight, window)
    settings.show()
    app.processEvents()
    settings.grab().save(str(OUT / "configuracion-oficina.png"))
    settings.ui.tabs.setCurrentWidget(settings.ui.databaseTab)
    app.processEvents()
    settings.grab().save(str(OUT / "configuracion-base-de-datos.png"))
    settings.ui.tabs.setCurrentWidget(settings.ui.sessionTab)
    app.processEvents()
    settings.grab().save(str(OUT / "configuracion-sesion.png"))
    settings.close()
    window.centralWidget().hide()
    lock = LockDialog(lambda password: None, "ana (operador)", window)
    lock.show()
    app.processEvents()
    lock.grab().save(str(OUT / "bloqueo.png"))
    # Offscreen, a dialog is its own top-level: paint it over the window as the clerk sees it.
    screen = window.grab()
    painter = QPainter(screen)
    shot = lock.grab()
    painter.drawPixmap((screen.width() - shot.width()) // 2, 180, shot)
    painter.end()
    screen.save(str(OUT / "bloqueo-ventana.png"))
    lock.done(0)
    import_screens(app, oversight)


def import_screens(app, oversight) -> None:
    """Importar datos (issue #7): a nómina with one bad DNI, checked, then imported without it."""
    from cla_desktop.ui.import_wizard import ImportWizard
    from tests.support import import_files as files

    folder = Path(tempfile.mkdtemp())
    rows = files.nomina_rows(year=2019)
    for number, row in enumerate(rows):
        row[8] = str(19 * 10**12 + number)  # codes no demo student has
        row[10] = f"{79000000 + number}"
    rows[2][10] = "7900O002"  # a letter O typed for a zero
    path = files.write_csv(folder / "nomina_2019_ie50721.csv", files.NOMINA_HEADER, rows,
                           encoding="cp1252", delimiter=";")  # fmt: skip
    wizard = ImportWizard(oversight, InlineExecutor())
    wizard.resize(980, 640)
    wizard.show()
    wizard.ui.fileEdit.setText(str(path))
    app.processEvents()
    wizard.grab().save(str(OUT / "importar-archivo.png"))
    wizard.next()
    app.processEvents()
    wizard.next()  # refused: one row has a problem
    app.processEvents()
    wizard.grab().save(str(OUT / "importar-revision.png"))
    wizard.back()
    wizard.ui.skipInvalidCheck.setChecked(True)
    wizard.next()
    wizard.next()
    app.processEvents()
    wizard.grab().save(str(OUT / "importar-resumen.png"))
    wizard.close()


if __name__ == "__main__":
    main()
