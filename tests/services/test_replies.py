"""Reply tracking against a real IMAP server (dovecot on 127.0.0.1): replies matched by
In-Reply-To first and by the subject token second, other mail ignored, nothing read twice."""

from __future__ import annotations

import imaplib
from email.message import EmailMessage

from sqlmodel import Session, select

from cla_desktop.domain.consulta import ConsultaState
from cla_desktop.services.actor import SYSTEM
from cla_desktop.services.consultas.consulta_service import NewConsulta, create_consulta
from cla_desktop.services.consultas.mail_settings import MailSettings
from cla_desktop.services.consultas.outbox import enqueue_consulta, send_due
from cla_desktop.services.consultas.replies import ImapSettings, poll_replies
from cla_desktop.services.settings_store import set_office
from cla_desktop.store.models import Consulta, OutboxMessage
from tests.support import smtp_server
from tests.support.imap_server import PASSWORD, USER


def _deliver(server, message: EmailMessage) -> None:
    client = imaplib.IMAP4("127.0.0.1", server.port)
    client.login(USER, PASSWORD)
    client.append("INBOX", None, None, message.as_bytes())
    client.logout()


def _reply(subject: str, in_reply_to: str | None, text: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "dige@minedu.test"
    message["To"] = USER
    message["Subject"] = subject
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    message.set_content(text)
    return message


def test_replies_are_matched_and_recorded(engine, imap_server):
    controller, _recorder = smtp_server.start()
    mail = MailSettings(
        host="127.0.0.1",
        port=controller.port,
        timeout=5,
        dige_mailbox="dige@minedu.test",
        office_mailbox=USER,
    )
    try:
        with Session(engine) as session:
            set_office(session, SYSTEM, "150104")
            tickets = []
            for number in range(2):
                consulta = create_consulta(
                    session,
                    SYSTEM,
                    NewConsulta(category="otros", description=f"Caso de prueba número {number}"),
                )
                enqueue_consulta(session, SYSTEM, consulta, mail)
                tickets.append(consulta.ticket)
            session.commit()
        send_due(engine, mail, "prueba")
    finally:
        controller.stop()
    with Session(engine) as session:
        first_id = (
            session.execute(select(OutboxMessage.message_id).order_by(OutboxMessage.id))
            .scalars()
            .first()
        )
    _deliver(imap_server, _reply("Re: lo que sea", first_id, "Respuesta por cabeceras."))
    _deliver(
        imap_server,
        _reply(f"RV: Fwd: [CLA {tickets[1].lower()}] Otros", None, "Respuesta por asunto."),
    )
    _deliver(imap_server, _reply("Boletín semanal", None, "No es una respuesta."))
    imap = ImapSettings(
        host="127.0.0.1", port=imap_server.port, security="none", user=USER, password=PASSWORD
    )
    matched = poll_replies(engine, SYSTEM, imap)
    assert [(m.ticket, m.by) for m in matched] == [
        (tickets[0], "cabeceras"),
        (tickets[1], "asunto"),
    ]
    with Session(engine) as session:
        rows = {c.ticket: c for c in session.execute(select(Consulta)).scalars()}
        assert rows[tickets[0]].state == ConsultaState.RESPONDIDA.value
        assert rows[tickets[0]].reply_text == "Respuesta por cabeceras."
        assert rows[tickets[1]].reply_text == "Respuesta por asunto."
    assert poll_replies(engine, SYSTEM, imap) == []  # nothing is read twice
