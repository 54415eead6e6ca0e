"""Creating consultas (from a trajectory problem or a walk-in) and queueing them for DIGE."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import Session

from cla_desktop.domain.codes import CodigoModular
from cla_desktop.domain.consulta import (
    ConsultaState,
    can_move,
    category_label,
    office_token,
    ticket_number,
)
from cla_desktop.domain.identifiers import parse_citizen_document
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record as audit
from cla_desktop.services.settings_store import current_office
from cla_desktop.store.models import Consulta, ConsultaAttachment, ConsultaEvent
from cla_desktop.store.sequences import take_next

MAX_ATTACHMENT = 5_000_000
ALLOWED_TYPES = {"application/pdf", "image/jpeg", "image/png"}
_MAGIC = {b"%PDF": "application/pdf", b"\xff\xd8\xff": "image/jpeg", b"\x89PNG": "image/png"}


@dataclass(frozen=True)
class NewConsulta:
    category: str
    description: str
    student_id: int | None = None
    nivel: str | None = None
    years: tuple[int, ...] = ()
    codigo_modular: str | None = None
    citizen_document: str | None = None
    citizen_name: str | None = None
    citizen_contact: str | None = None
    attachments: tuple[Path, ...] = ()


def _now() -> datetime:
    return datetime.now(UTC)


def record(
    session: Session,
    consulta: Consulta,
    actor: Actor,
    target: ConsultaState,
    note: str | None = None,
) -> None:
    """Move a consulta to another state, keeping who, when and why."""
    current = ConsultaState(consulta.state) if consulta.id else None
    if current is not None and current is not target and not can_move(current, target):
        raise ValueError(
            f"La consulta {consulta.ticket} está {current.value} y no puede pasar a {target.value}."
        )
    moment = _now()
    session.add(
        ConsultaEvent(
            consulta_id=consulta.id,
            at=moment,
            actor=actor.username,
            from_state=current.value if current else None,
            to_state=target.value,
            note=(note or "")[:500] or None,
        )
    )
    consulta.state = target.value
    consulta.updated_at = moment
    action = {
        ConsultaState.EN_COLA: AuditAction.CONSULTA_QUEUED,
        ConsultaState.RESPONDIDA: AuditAction.CONSULTA_REPLIED,
    }.get(target, AuditAction.CONSULTA_STATE)
    audit(
        session,
        actor,
        action,
        subject=consulta.ticket,
        detail={"de": current.value if current else None, "a": target.value},
    )


def _attachment(path: Path) -> ConsultaAttachment:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValueError(f"No se pudo leer el adjunto {path.name}: {error.strerror}.") from error
    kind = next((t for magic, t in _MAGIC.items() if data.startswith(magic)), None)
    if kind is None or kind not in ALLOWED_TYPES:
        raise ValueError(f"El adjunto {path.name} debe ser PDF, JPG o PNG.")
    if len(data) > MAX_ATTACHMENT:
        raise ValueError(f"El adjunto {path.name} pesa más de 5 MB.")
    return ConsultaAttachment(
        filename=path.name,
        content_type=kind,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
    )


def _highest_ticket(session: Session, prefix: str) -> int:
    """The highest number already given under the prefix, as the rows show it."""
    ticket = session.execute(
        select(func.max(Consulta.ticket)).where(Consulta.ticket.startswith(prefix))
    ).scalar()
    return int(ticket[len(prefix) :]) if ticket and ticket[len(prefix) :].isdigit() else 0


def create_consulta(session: Session, actor: Actor, request: NewConsulta) -> Consulta:
    """A BORRADOR with its ticket number (flushed; the caller commits)."""
    actor.require(Role.OPERADOR)
    category_label(request.category)
    description = " ".join(request.description.split())
    if len(description) < 10:
        raise ValueError("Describa el caso en al menos 10 caracteres.")
    citizen_document = (
        parse_citizen_document(request.citizen_document).number
        if request.citizen_document
        else None
    )
    nivel = request.nivel
    if nivel:
        try:
            nivel = Nivel(nivel.strip().upper()).value
        except ValueError:
            raise ValueError(
                f"«{request.nivel}» no es un nivel: escriba inicial, primaria o secundaria."
            ) from None
    codigo_modular = (
        str(CodigoModular.parse(request.codigo_modular)) if request.codigo_modular else None
    )
    attachments = [_attachment(path) for path in request.attachments]
    office = current_office(session)
    token = office_token(office.name, office.code) if office else "CLA"
    year = _now().year
    prefix = f"{token}-{year}-"
    # One statement takes the number and holds it until the commit: concurrent counters get
    # consecutive numbers, never the same one (store/sequences.py).
    sequence = take_next(session, f"consulta:{prefix}", _highest_ticket(session, prefix) + 1)
    consulta = Consulta(
        ticket=ticket_number(token, year, sequence),
        office_code=office.code if office else "",
        clerk=actor.username,
        category=request.category,
        state=ConsultaState.BORRADOR.value,
        student_id=request.student_id,
        nivel=nivel,
        years=", ".join(str(y) for y in request.years) or None,
        codigo_modular=codigo_modular,
        citizen_document=citizen_document,
        citizen_name=request.citizen_name,
        citizen_contact=request.citizen_contact,
        description=description,
        created_at=_now(),
        updated_at=_now(),
    )
    session.add(consulta)
    session.flush()
    for item in attachments:
        item.consulta_id = consulta.id
        session.add(item)
    session.add(
        ConsultaEvent(
            consulta_id=consulta.id,
            at=_now(),
            actor=actor.username,
            from_state=None,
            to_state=ConsultaState.BORRADOR.value,
            note="Registrada en ventanilla",
        )
    )
    session.flush()
    audit(
        session,
        actor,
        AuditAction.CONSULTA_CREATED,
        subject=consulta.ticket,
        detail={
            "categoria": consulta.category,
            "documento": request.citizen_document,
            "estudiante_id": request.student_id,
        },
    )
    return consulta
