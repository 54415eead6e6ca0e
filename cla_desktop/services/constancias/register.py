"""The issued-constancias register: reprint from the frozen snapshot, annul with a reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlmodel import Session

from cla_desktop.domain.constancia import ConstanciaState, Snapshot
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.services.constancias.issuance import qr_text
from cla_desktop.services.constancias.verification import register_intact
from cla_desktop.store.models import Constancia, Student


class ConstanciaNotFound(LookupError):
    pass


@dataclass(frozen=True)
class StoredConstancia:
    snapshot: Snapshot
    key_id: str
    signature: str
    state: ConstanciaState

    @property
    def qr_text(self) -> str:
        return qr_text(self.snapshot, self.key_id, self.signature)

    @property
    def watermark(self) -> str | None:
        """A reprint of a copy that no longer counts says so across every page: REEMPLAZADA
        or ANULADA (a vigente reprint is the original, byte for byte)."""
        return None if self.state is ConstanciaState.VIGENTE else self.state.value


def _find(session: Session, code: str) -> Constancia:
    row = session.execute(
        select(Constancia).where(Constancia.codigo_virtual == code.strip().upper())
    ).scalar()
    if row is None:
        raise ConstanciaNotFound(f"No hay ninguna constancia con el código virtual {code}.")
    return row


def stored_constancia(session: Session, actor: Actor, code: str) -> StoredConstancia:
    """What a reprint prints: the frozen snapshot, never today's data."""
    actor.require(Role.OPERADOR)
    row = _find(session, code)
    if not register_intact(session, row):
        raise ValueError(
            f"El registro de la constancia {row.codigo_virtual} fue alterado (sus datos ya no "
            "corresponden a su firma): no se reimprime. Comuníquelo al supervisor."
        )
    record(
        session,
        actor,
        AuditAction.CONSTANCIA_REPRINTED,
        subject=row.codigo_virtual,
        detail={"correlativo": row.correlativo, "estado": row.state},
    )
    return StoredConstancia(
        Snapshot.from_json(row.snapshot), row.key_id, row.signature, ConstanciaState(row.state)
    )


def annul_constancia(session: Session, actor: Actor, code: str, reason: str) -> None:
    actor.require(Role.SUPERVISOR)
    text = " ".join(reason.split())
    if len(text) < 5:
        raise ValueError("Escriba el motivo de la anulación (al menos 5 caracteres).")
    row = _find(session, code)
    if row.state == ConstanciaState.ANULADA.value:
        raise ValueError(f"La constancia {row.codigo_virtual} ya estaba anulada.")
    row.state = ConstanciaState.ANULADA.value
    row.annul_reason = text[:300]
    row.annulled_at = datetime.now(UTC)
    row.annulled_by = actor.username
    session.flush()
    record(
        session,
        actor,
        AuditAction.CONSTANCIA_ANNULLED,
        subject=row.codigo_virtual,
        detail={"correlativo": row.correlativo, "motivo": row.annul_reason},
    )


@dataclass(frozen=True)
class RegisterEntry:
    codigo_virtual: str
    correlativo: int
    issued_at: datetime
    issued_by: str
    nivel: str
    state: str
    student: str
    document: str | None
    motivo: str


def list_constancias(
    session: Session,
    actor: Actor,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    clerk: str | None = None,
    state: ConstanciaState | None = None,
    limit: int = 500,
) -> list[RegisterEntry]:
    """The register, newest first, filtered by issue time, clerk and state."""
    actor.require(Role.OPERADOR)
    query = select(Constancia, Student).join(Student, Student.id == Constancia.student_id)
    if since is not None:
        query = query.where(Constancia.issued_at >= since)
    if until is not None:
        query = query.where(Constancia.issued_at < until)
    if clerk:
        query = query.where(Constancia.issued_by == clerk)
    if state is not None:
        query = query.where(Constancia.state == state.value)
    rows = session.execute(query.order_by(Constancia.correlativo.desc()).limit(limit)).all()
    shown = {"desde": since, "hasta": until, "usuario": clerk, "estado": state}
    record(
        session,
        actor,
        AuditAction.REGISTER_VIEWED,
        detail={"filas": len(rows), **{k: str(v) for k, v in shown.items() if v is not None}},
    )
    return [
        RegisterEntry(
            codigo_virtual=row.codigo_virtual,
            correlativo=row.correlativo,
            issued_at=row.issued_at,
            issued_by=row.issued_by,
            nivel=row.nivel,
            state=row.state,
            student=f"{student.apellido_paterno} {student.apellido_materno}, {student.nombres}",
            document=student.document_number or student.codigo_estudiante,
            motivo=row.motivo,
        )
        for row, student in rows
    ]
