"""From a trajectory problem to a consulta sent to a real SMTP server and shown as ENVIADA."""

from __future__ import annotations

import email

from PySide6.QtCore import Qt
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.consultas.mail_config import MailConfig, save_config
from cla_desktop.services.settings_store import set_office
from cla_desktop.ui.main_window import MainWindow
from cla_desktop.ui.shell_info import ShellInfo
from tests.services.people import enroll, school
from tests.support import smtp_server


def test_problem_to_consulta_sent(qtbot, workbench, inline_runner):
    with Session(workbench.engine) as session:
        set_office(session, SYSTEM, "150104")
        prim = school(session, "PRIMARIA")
        enroll(session, 3, 2016, "PRIMARIA", 6, school_id=prim.id, acta="EN_RECTIFICACION")
        session.commit()
    controller, recorder = smtp_server.start()
    _configure(workbench.engine, controller.port, "consultas@ugel03.gob.pe")
    try:
        info = ShellInfo(database="SQLite · prueba", office="UGEL 03", students=8, demo=True)
        window = MainWindow(info, workbench, inline_runner)
        qtbot.addWidget(window)
        window.show()
        window.events.student_opened.emit(3)
        button = next(
            b
            for b in window.trajectory_view.problem_buttons
            if "rectificación" in b.accessibleName()
        )
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        form = window.consulta_form
        assert window.ui.pages.currentIndex() == MainWindow.CONSULTAS
        assert form.ui.categoryCombo.currentData() == "acta-rectificacion"
        assert form.ui.yearsEdit.text() == "2016"
        form.ui.citizenNameEdit.setText("Rosa Quispe Ñahui")
        qtbot.mouseClick(form.ui.sendButton, Qt.MouseButton.LeftButton)
        assert "registrada y en cola para DIGE" in form.ui.messageLabel.text()
        (envelope,) = recorder.messages  # sent at once, in the background runner
        message = email.message_from_bytes(envelope.original_content)
        assert "[CLA UGEL03-" in message["Subject"]
        queue = window.consulta_queue
        window.consulta_tabs.setCurrentWidget(queue)
        queue.refresh()
        assert queue.ui.table.item(0, 1).text() == "Enviada"
        queue.ui.table.selectRow(0)
        detail = queue.ui.detailEdit.toPlainText()
        assert "En cola → Enviada" in detail and "Correo enviado:" in detail
        assert not window.consulta_alert.isVisible()
    finally:
        controller.stop()


def test_error_banner_and_retry(qtbot, workbench, inline_runner):
    with Session(workbench.engine) as session:
        set_office(session, SYSTEM, "150104")
        session.commit()
    controller, recorder = smtp_server.start()
    recorder.replies.append("550 Buzón inexistente")
    _configure(workbench.engine, controller.port, "c@ugel03.gob.pe")
    try:
        info = ShellInfo(database="SQLite · prueba", office="UGEL 03", students=8, demo=True)
        window = MainWindow(info, workbench, inline_runner)
        qtbot.addWidget(window)
        window.show()
        form = window.consulta_form
        form.ui.categoryCombo.setCurrentIndex(form.ui.categoryCombo.findData("otros"))
        form.ui.descriptionEdit.setPlainText("Ciudadano sin registro pide orientación.")
        form.ui.sendButton.click()
        assert window.consulta_alert.isVisible()
        assert "Consultas con error: 1" in window.consulta_alert.text()
        queue = window.consulta_queue
        queue.refresh()
        assert queue.ui.table.item(0, 1).text() == "Con error"
        assert "550" in queue.ui.table.item(0, 6).text()
        assert "rechazó" in queue.ui.table.item(0, 6).text()
        queue.ui.table.selectRow(0)
        queue.ui.retryOneButton.click()  # Reintentar: the server now accepts
        assert len(recorder.messages) == 1
        assert queue.ui.table.item(0, 1).text() == "Enviada"
        assert not window.consulta_alert.isVisible()
    finally:
        controller.stop()


def _configure(engine, port: int, office: str) -> None:
    with Session(engine) as session:
        save_config(
            session,
            Actor("it", Role.ADMINISTRADOR),
            MailConfig(
                smtp_host="127.0.0.1",
                smtp_port=port,
                smtp_security="none",
                dige_mailbox="dige@minedu.gob.pe",
                office_mailbox=office,
            ),
        )
        session.commit()
