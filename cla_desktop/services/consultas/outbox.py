"""The durable outbox: queue a consulta's e-mail, claim messages atomically (several
workstations or `cla outbox send` processes may share one PostgreSQL), send over SMTP, retry
with exponential back-off on connection errors and 4xx replies, stop on 5xx.

A message is committed as PENDIENTE before anything is sent, claimed in its own committed
transaction, and marked ENVIADO in another: a crash at any moment loses nothing; a claim left by
a crashed sender is taken back after CLAIM_TIMEOUT (the only case where a message may go twice,
with the same Message-ID)."""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.policy import SMTP as SMTP_POLICY

from sqlalchemy import Engine, bindparam, text
from sqlmodel import Session, select

from cla_desktop.domain.consulta import ConsultaState
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record as audit
from cla_desktop.services.consultas.consulta_service import record
from cla_desktop.services.consultas.email_message import build_message
from cla_desktop.services.consultas.mail_connection import MailPasswordMissing, open_smtp
from cla_desktop.services.consultas.mail_settings import MailSettings
from cla_desktop.services.error_text import describe_error
from cla_desktop.store.models import Consulta, OutboxMessage

PENDING, SENDING, SENT, FAILED = "PENDIENTE", "ENVIANDO", "ENVIADO", "ERROR"
CLAIM_TIMEOUT = timedelta(minutes=5)
FIRST_RETRY = 30  # seconds; doubles each attempt
MAX_RETRY = 3600


def _now() -> datetime:
    return datetime.now(UTC)


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(FIRST_RETRY * 2 ** max(attempts - 1, 0), MAX_RETRY))


def enqueue_consulta(
    session: Session, actor: Actor, consulta: Consulta, settings: MailSettings
) -> OutboxMessage:
    """'Enviar a DIGE': the e-mail is built once and stored; the consulta goes EN_COLA."""
    actor.require(Role.OPERADOR)
    record(session, consulta, actor, ConsultaState.EN_COLA, "Enviada a la cola de correo")
    message = build_message(
        session, consulta, to=settings.dige_mailbox, sender=settings.office_mailbox
    )
    row = OutboxMessage(
        consulta_id=consulta.id,
        message_id=message["Message-ID"],
        to_address=settings.dige_mailbox,
        from_address=settings.office_mailbox,
        subject=str(message["Subject"]),
        raw=message.as_bytes(policy=SMTP_POLICY),
        state=PENDING,
        next_attempt_at=_now(),
        created_at=_now(),
    )
    session.add(row)
    session.flush()
    return row


def claim_next(engine: Engine, worker: str, now: datetime | None = None) -> int | None:
    """Atomically take one due message (or one abandoned by a crashed sender)."""
    now = now or _now()
    lock = "FOR UPDATE SKIP LOCKED" if engine.dialect.name == "postgresql" else ""
    moment = OutboxMessage.__table__.c.claimed_at.type  # the column's own date handling
    statement = text(
        "UPDATE outbox_message SET state = :sending, claimed_by = :worker, claimed_at = :now "
        "WHERE id = (SELECT id FROM outbox_message WHERE "
        "(state = :pending AND next_attempt_at <= :now) OR "
        f"(state = :sending AND claimed_at < :stale) ORDER BY id LIMIT 1 {lock}) "
        "AND state IN (:pending, :sending) RETURNING id"
    ).bindparams(bindparam("now", type_=moment), bindparam("stale", type_=moment))
    with engine.begin() as connection:
        return connection.execute(
            statement,
            {
                "sending": SENDING,
                "pending": PENDING,
                "worker": worker,
                "now": now,
                "stale": now - CLAIM_TIMEOUT,
            },
        ).scalar()


@dataclass(frozen=True)
class Delivery:
    message_id: int
    outcome: str  # ENVIADO / REINTENTO / ERROR
    detail: str | None = None


def deliver(engine: Engine, settings: MailSettings, message_id: int) -> Delivery:
    with Session(engine) as session:
        row = session.get(OutboxMessage, message_id)
        raw, to, sender = row.raw, row.to_address, row.from_address
    try:
        with open_smtp(settings) as client:
            client.sendmail(sender, [to], raw)
    except MailPasswordMissing as error:  # waits for an administrator, like a server down
        return _retry(engine, message_id, str(error))
    except smtplib.SMTPAuthenticationError as error:
        return _fail(engine, message_id, _sentence(error, settings))
    except smtplib.SMTPResponseException as error:
        if 400 <= error.smtp_code < 500:
            return _retry(engine, message_id, _sentence(error, settings))
        return _fail(engine, message_id, _sentence(error, settings))
    except smtplib.SMTPRecipientsRefused as error:
        code, _reply = next(iter(error.recipients.values()))
        if 400 <= code < 500:
            return _retry(engine, message_id, _sentence(error, settings))
        return _fail(engine, message_id, _sentence(error, settings))
    except (OSError, smtplib.SMTPException) as error:
        return _retry(engine, message_id, _sentence(error, settings))
    with Session(engine) as session:
        row = session.get(OutboxMessage, message_id)
        row.state, row.sent_at, row.last_error = SENT, _now(), None
        row.attempts += 1
        consulta = session.get(Consulta, row.consulta_id) if row.consulta_id else None
        if consulta is not None and consulta.state == ConsultaState.EN_COLA.value:
            record(session, consulta, SYSTEM, ConsultaState.ENVIADA, f"Enviada a {to}")
        session.commit()
    return Delivery(message_id, SENT)


def _sentence(error: BaseException, settings: MailSettings) -> str:
    """What the queue shows in «Último error»: a Spanish sentence, never the library's."""
    return describe_error(error, host=settings.host, port=settings.port)


def _retry(engine: Engine, message_id: int, reason: str) -> Delivery:
    with Session(engine) as session:
        row = session.get(OutboxMessage, message_id)
        row.attempts += 1
        row.state, row.last_error = PENDING, reason[:1000]
        row.next_attempt_at = _now() + backoff(row.attempts)
        row.claimed_by = row.claimed_at = None
        session.commit()
    return Delivery(message_id, "REINTENTO", reason)


def _fail(engine: Engine, message_id: int, reason: str) -> Delivery:
    with Session(engine) as session:
        row = session.get(OutboxMessage, message_id)
        row.attempts += 1
        row.state, row.last_error = FAILED, reason[:1000]
        consulta = session.get(Consulta, row.consulta_id) if row.consulta_id else None
        if consulta is not None and consulta.state == ConsultaState.EN_COLA.value:
            record(session, consulta, SYSTEM, ConsultaState.ERROR, reason)
        session.commit()
    return Delivery(message_id, FAILED, reason)


def send_due(engine: Engine, settings: MailSettings, worker: str) -> list[Delivery]:
    """Send every message due now (each claimed on its own), then return what happened."""
    deliveries = []
    while (message_id := claim_next(engine, worker)) is not None:
        deliveries.append(deliver(engine, settings, message_id))
    return deliveries


def retry_now(session: Session, actor: Actor, message_id: int | None = None) -> int:
    """'Reintentar' / 'Reintentar todos': failed or waiting messages become due now."""
    actor.require(Role.OPERADOR)
    query = select(OutboxMessage).where(OutboxMessage.state.in_([FAILED, PENDING]))
    if message_id is not None:
        query = query.where(OutboxMessage.id == message_id)
    count = 0
    for row in session.exec(query):
        if row.state == FAILED and row.consulta_id:
            consulta = session.get(Consulta, row.consulta_id)
            if consulta and consulta.state == ConsultaState.ERROR.value:
                record(session, consulta, actor, ConsultaState.EN_COLA, "Reintento manual")
        row.state, row.next_attempt_at = PENDING, _now()
        count += 1
    session.flush()
    if count:
        audit(session, actor, AuditAction.CONSULTA_RETRIED, detail={"mensajes": count})
    return count


def send_draft(session: Session, actor: Actor, ticket: str, settings: MailSettings) -> str:
    """A consulta saved as BORRADOR is queued for DIGE now; returns its new state."""
    consulta = session.exec(select(Consulta).where(Consulta.ticket == ticket)).first()
    if consulta is None:
        raise ValueError(f"No existe la consulta {ticket}.")
    if consulta.state != ConsultaState.BORRADOR.value:
        raise ValueError(
            f"La consulta {ticket} ya no es un borrador: use «Reintentar» si su envío falló."
        )
    enqueue_consulta(session, actor, consulta, settings)
    return consulta.state
