"""Consultas and the outbox against a real SMTP server (aiosmtpd), on SQLite and PostgreSQL."""

from __future__ import annotations

import email
from datetime import timedelta
from email import policy

import pytest
from sqlmodel import Session, select

from cla_desktop.domain.consulta import ConsultaState, office_token
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.consultas.consulta_service import NewConsulta, create_consulta
from cla_desktop.services.consultas.mail_settings import MailSettings
from cla_desktop.services.consultas.outbox import (
    FAILED,
    PENDING,
    SENT,
    claim_next,
    enqueue_consulta,
    retry_now,
    send_due,
)
from cla_desktop.services.settings_store import set_office
from cla_desktop.store.database import readonly
from cla_desktop.store.models import Consulta, ConsultaEvent, OutboxMessage
from tests.services.people import add_cast
from tests.support import smtp_server

CLERK = Actor("ana", Role.OPERADOR, workstation="ventanilla-1")


@pytest.fixture
def smtp():
    controller, recorder = smtp_server.start()
    yield controller, recorder
    controller.stop()


def _settings(controller) -> MailSettings:
    return MailSettings(
        host="127.0.0.1",
        port=controller.port,
        timeout=5,
        dige_mailbox="dige@minedu.test",
        office_mailbox="consultas@ugel03.test",
    )


@pytest.fixture
def office(engine):
    # This session stays open across the engine-level calls the tests make (send_due, …); a
    # counter's sessions are short.  Deferred BEGIN keeps it from holding SQLite's write lock
    # while it idles (the app's default is IMMEDIATE, see store/database.py).
    with Session(readonly(engine)) as session:
        set_office(session, SYSTEM, "150104")
        session.commit()
        ids = add_cast(session)
        yield session, ids


def _queued(session, ids, settings, tmp_path=None, attachments=()):
    consulta = create_consulta(
        session,
        CLERK,
        NewConsulta(
            category="notas-faltantes",
            description="Falta el acta de 2019, 3.° de primaria.",
            student_id=ids["jose"],
            nivel="PRIMARIA",
            years=(2019,),
            codigo_modular="0474494-0",
            citizen_document="41234567",
            citizen_name="Ñahui Rosa",
            citizen_contact="987654321",
            attachments=tuple(attachments),
        ),
    )
    enqueue_consulta(session, CLERK, consulta, settings)
    session.commit()
    return consulta


def test_ticket_and_delivery_with_attachments_and_utf8(office, smtp, engine, tmp_path):
    session, ids = office
    controller, recorder = smtp
    scan = tmp_path / "dni-ñahui.pdf"
    scan.write_bytes(b"%PDF-1.4 copia del DNI")
    consulta = _queued(session, ids, _settings(controller), attachments=[scan])
    assert consulta.ticket.startswith("UGEL03-") and consulta.ticket.endswith("-000001")
    deliveries = send_due(engine, _settings(controller), "prueba")
    assert [d.outcome for d in deliveries] == [SENT], deliveries
    (envelope,) = recorder.messages
    assert envelope.rcpt_tos == ["dige@minedu.test"]
    message = email.message_from_bytes(envelope.original_content, policy=policy.default)
    assert message["Subject"] == (f"[CLA {consulta.ticket}] Notas faltantes – DNI 45678902")
    assert message["Reply-To"] == "consultas@ugel03.test" and message["Message-ID"]
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "NÚÑEZ DEL ÁGUILA, JOSÉ LUIS" in body and "Falta el acta de 2019" in body
    (attached,) = list(message.iter_attachments())
    assert attached.get_filename() == "dni-ñahui.pdf"
    assert attached.get_content() == b"%PDF-1.4 copia del DNI"
    session.rollback()  # end this read snapshot: the sender committed elsewhere
    assert session.get(Consulta, consulta.id).state == ConsultaState.ENVIADA.value
    states = [
        e.to_state
        for e in session.exec(
            select(ConsultaEvent)
            .where(ConsultaEvent.consulta_id == consulta.id)
            .order_by(ConsultaEvent.id)
        )
    ]
    assert states == ["BORRADOR", "EN_COLA", "ENVIADA"]
    assert send_due(engine, _settings(controller), "prueba") == []  # nothing is sent twice


def test_421_is_retried_later_and_delivered_once(office, smtp, engine):
    session, ids = office
    controller, recorder = smtp
    recorder.replies.append("421 Intente más tarde")
    _queued(session, ids, _settings(controller))
    (first,) = send_due(engine, _settings(controller), "prueba")
    assert first.outcome == "REINTENTO" and "421" in first.detail
    row = session.exec(select(OutboxMessage)).one()
    session.rollback()
    row = session.get(OutboxMessage, row.id)
    assert row.state == PENDING and row.attempts == 1 and row.last_error
    assert send_due(engine, _settings(controller), "prueba") == []  # backing off
    assert retry_now(session, CLERK) == 1
    session.commit()
    (second,) = send_due(engine, _settings(controller), "prueba")
    assert second.outcome == SENT and len(recorder.messages) == 1


def test_550_puts_the_consulta_in_error_with_the_reply(office, smtp, engine):
    session, ids = office
    controller, recorder = smtp
    recorder.replies.append("550 Buzón inexistente")
    consulta = _queued(session, ids, _settings(controller))
    (delivery,) = send_due(engine, _settings(controller), "prueba")
    assert delivery.outcome == FAILED and "550" in delivery.detail
    assert "rechazó el mensaje" in delivery.detail  # a sentence, with the server's words
    session.rollback()  # end this read snapshot: the sender committed elsewhere
    assert session.get(Consulta, consulta.id).state == ConsultaState.ERROR.value
    assert "550" in session.exec(select(OutboxMessage)).one().last_error


def test_server_down_backs_off_then_delivers(office, engine):
    session, ids = office
    port = smtp_server.free_port()
    settings = MailSettings(
        host="127.0.0.1",
        port=port,
        timeout=2,
        dige_mailbox="dige@minedu.test",
        office_mailbox="c@ugel.test",
    )
    _queued(session, ids, settings)
    (down,) = send_due(engine, settings, "prueba")
    assert down.outcome == "REINTENTO" and "no acepta conexiones" in down.detail
    assert "Errno" not in down.detail and "refused" not in down.detail
    row = session.exec(select(OutboxMessage)).one()
    session.rollback()
    row = session.get(OutboxMessage, row.id)
    assert row.next_attempt_at.replace(tzinfo=None) > (
        row.created_at + timedelta(seconds=20)
    ).replace(tzinfo=None)
    controller, recorder = smtp_server.start(port)
    try:
        retry_now(session, CLERK)
        session.commit()
        (up,) = send_due(engine, settings, "prueba")
        assert up.outcome == SENT and len(recorder.messages) == 1
    finally:
        controller.stop()


def test_claims_are_exclusive(office, engine, smtp):
    session, ids = office
    controller, _recorder = smtp
    _queued(session, ids, _settings(controller))
    first = claim_next(engine, "a")
    assert first is not None and claim_next(engine, "b") is None


def test_validation_messages(office):
    session, _ids = office
    with pytest.raises(ValueError, match="Categoría desconocida"):
        create_consulta(session, CLERK, NewConsulta(category="x", description="descripción larga"))
    with pytest.raises(ValueError, match="10 caracteres"):
        create_consulta(session, CLERK, NewConsulta(category="otros", description="corto"))
    assert office_token("UGEL 03 BREÑA", "150104") == "UGEL03"
    assert office_token("DRE CUSCO", "080000") == "DRE080000"


def test_stuck_messages_are_counted(office, smtp):
    from cla_desktop.services.consultas.queue import STUCK, counts_by_state

    session, ids = office
    controller, _recorder = smtp
    _queued(session, ids, _settings(controller))
    row = session.exec(select(OutboxMessage)).one()
    row.attempts = 3
    session.commit()
    counts = counts_by_state(session)
    assert counts[STUCK] == 1 and counts["EN_COLA"] == 1


def test_what_the_citizen_dictates_is_checked(office):
    session, _ids = office
    for document, reason in (
        ("4123", "muy corto"),
        ("41-23.45/67", "no es un DNI"),
    ):
        with pytest.raises(ValueError, match=reason):
            create_consulta(
                session,
                CLERK,
                NewConsulta(
                    category="otros",
                    description="Consulta de un ciudadano.",
                    citizen_document=document,
                ),
            )
    with pytest.raises(ValueError, match="no es un nivel"):
        create_consulta(
            session,
            CLERK,
            NewConsulta(category="otros", description="Consulta de un ciudadano.", nivel="UNI"),
        )
    saved = create_consulta(
        session,
        CLERK,
        NewConsulta(
            category="otros",
            description="Consulta de un ciudadano.",
            citizen_document="ab1234567",  # a carné de extranjería
            nivel="Secundaria",
            codigo_modular="0236158",
        ),
    )
    assert saved.citizen_document == "AB1234567" and saved.nivel == "SECUNDARIA"
    assert saved.codigo_modular == "0236158-0"
