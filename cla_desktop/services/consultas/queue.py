"""What the Consultas area shows: the queue with counts by state, and one ticket's detail
(history and the e-mail exactly as sent)."""

from __future__ import annotations

import email
from dataclasses import dataclass
from datetime import datetime
from email import policy

from sqlalchemy import func, select
from sqlmodel import Session

from cla_desktop.domain.consulta import STUCK, ConsultaState, category_label, state_label
from cla_desktop.domain.lima_time import to_lima
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.store.models import Consulta, ConsultaEvent, OutboxMessage, Student


@dataclass(frozen=True)
class QueueRow:
    ticket: str
    state: str
    category: str
    created_at: datetime
    student: str | None
    attempts: int
    last_error: str | None


@dataclass(frozen=True)
class TicketDetail:
    row: QueueRow
    description: str
    history: tuple[str, ...]
    email_subject: str | None
    email_text: str | None
    reply_text: str | None
    email_from: str | None = None
    email_to: str | None = None
    email_reply_to: str | None = None


STUCK_ATTEMPTS = 3  # still queued after this many failed attempts: the clerk should know


def counts_by_state(session: Session) -> dict[str, int]:
    """Consultas per state, plus ATASCADA: queued ones the sender keeps failing to deliver."""
    rows = session.execute(select(Consulta.state, func.count()).group_by(Consulta.state))
    counts = {state: count for state, count in rows}
    stuck = session.execute(
        select(func.count())
        .select_from(OutboxMessage)
        .where(OutboxMessage.state == "PENDIENTE", OutboxMessage.attempts >= STUCK_ATTEMPTS)
    ).scalar()
    if stuck:
        counts[STUCK] = stuck
    return counts


def queue(
    session: Session, actor: Actor, state: ConsultaState | None = None, limit: int = 500
) -> list[QueueRow]:
    actor.require(Role.OPERADOR)
    query = (
        select(Consulta, Student, OutboxMessage)
        .outerjoin(Student, Student.id == Consulta.student_id)
        .outerjoin(OutboxMessage, OutboxMessage.consulta_id == Consulta.id)
        .order_by(Consulta.id.desc())
        .limit(limit)
    )
    if state is not None:
        query = query.where(Consulta.state == state.value)
    return [_row(c, s, o) for c, s, o in session.execute(query)]


def _row(consulta: Consulta, student: Student | None, outbox: OutboxMessage | None) -> QueueRow:
    who = None
    if student is not None:
        who = f"{student.apellido_paterno} {student.apellido_materno}, {student.nombres}"
    elif consulta.citizen_name:
        who = consulta.citizen_name
    return QueueRow(
        ticket=consulta.ticket,
        state=consulta.state,
        category=category_label(consulta.category),
        created_at=to_lima(consulta.created_at),
        student=who,
        attempts=outbox.attempts if outbox else 0,
        last_error=outbox.last_error if outbox else None,
    )


def ticket_detail(session: Session, actor: Actor, ticket: str) -> TicketDetail:
    actor.require(Role.OPERADOR)
    consulta = session.execute(select(Consulta).where(Consulta.ticket == ticket)).scalar_one()
    record(
        session,
        actor,
        AuditAction.CONSULTA_VIEWED,
        subject=consulta.ticket,
        detail={"documento": consulta.citizen_document, "estudiante_id": consulta.student_id},
    )
    student = session.get(Student, consulta.student_id) if consulta.student_id else None
    outbox = session.execute(
        select(OutboxMessage).where(OutboxMessage.consulta_id == consulta.id)
    ).scalar()
    events = session.execute(
        select(ConsultaEvent)
        .where(ConsultaEvent.consulta_id == consulta.id)
        .order_by(ConsultaEvent.id)
    ).scalars()
    history = tuple(
        f"{to_lima(e.at):%d/%m/%Y %H:%M} · {e.actor} · {state_label(e.from_state)} → "
        f"{state_label(e.to_state)}" + (f" · {e.note}" if e.note else "")
        for e in events
    )
    subject = text = sender = to = reply_to = None
    if outbox is not None:
        message = email.message_from_bytes(outbox.raw, policy=policy.default)
        subject = str(message["Subject"])
        sender, to, reply_to = (str(message[h]) for h in ("From", "To", "Reply-To"))
        body = message.get_body(preferencelist=("plain",))
        text = body.get_content() if body is not None else ""
    return TicketDetail(
        _row(consulta, student, outbox),
        consulta.description,
        history,
        subject,
        text,
        consulta.reply_text,
        sender,
        to,
        reply_to,
    )
