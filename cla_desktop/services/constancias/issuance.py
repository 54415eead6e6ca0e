"""Issuing a constancia: refuse with a reason, or freeze the snapshot, sign it, number it and
supersede the previous one for the same student and nivel — in one transaction."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from cla_desktop.domain.constancia import (
    CODE_ALPHABET,
    CODE_LENGTH,
    CORRELATIVO_DIGITS,
    SNAPSHOT_VERSION,
    ConstanciaState,
    IssueRefused,
    RequesterType,
    Snapshot,
    build_columns_and_rows,
    check_issuable,
    check_motivo,
    check_requester,
    modalidad,
)
from cla_desktop.domain.constancia_payload import qr_text as payload_qr_text
from cla_desktop.domain.constancia_payload import signed_bytes
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.lima_time import LIMA
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.services.constancias.keys import unb64, workstation_key
from cla_desktop.services.settings_store import current_office, get_setting
from cla_desktop.services.trajectory import read_trajectory
from cla_desktop.store.models import Constancia, Office, Student

PERU = LIMA  # kept for the modules that still import it from here
VERIFICATION_BASE = "verification_base"
HEADER_LINES = "header_lines"
HEADER_LOGO = "header_logo"  # base64 PNG/JPEG, see services.constancias.branding
# No page until the office publishes one (a setting): the QR then holds the bare payload and
# the paper prints no address at all.
DEFAULT_VERIFICATION_BASE = ""
ATTEMPTS = 5


@dataclass(frozen=True)
class IssuedConstancia:
    constancia_id: int
    snapshot: Snapshot
    key_id: str
    signature: str
    replaced_code: str | None

    @property
    def qr_text(self) -> str:
        return qr_text(self.snapshot, self.key_id, self.signature)


def qr_text(snapshot: Snapshot, key_id: str, signature: str) -> str:
    """What the QR holds: the signed payload, after the office's verification page if any."""
    return payload_qr_text(snapshot, key_id, unb64(signature))


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _next_correlativo(session: Session) -> int:
    if session.get_bind().dialect.name == "postgresql":
        return session.execute(text("SELECT nextval('constancia_correlativo_seq')")).scalar_one()
    # SQLite: one writer at a time; a clash with another process is retried by the caller.
    return (session.execute(select(func.max(Constancia.correlativo))).scalar() or 0) + 1


def _header_lines(session: Session, office: Office | None) -> tuple[str, ...]:
    configured = get_setting(session, HEADER_LINES)
    if configured:
        return tuple(json.loads(configured))
    if office is None:
        return ("MINISTERIO DE EDUCACIÓN",)
    lines = []
    if office.dre_code:
        dre = session.get(Office, office.dre_code)
        if dre:
            lines.append(dre.name)
    lines.append(office.name)
    return tuple(lines)


@dataclass(frozen=True)
class IssueRequest:
    """What the clerk asked for: the nivel, who requests it and why."""

    nivel: Nivel
    requester_type: RequesterType
    requester_document: str | None
    requester_name: str | None
    motivo: str

    @classmethod
    def titular(cls, nivel: Nivel, motivo: str) -> IssueRequest:
        """The student asks for their own constancia (an adult)."""
        return cls(nivel, RequesterType.TITULAR, None, None, motivo)

    def fields(self) -> dict:
        return dict(vars(self))


def draft_snapshot(
    session: Session,
    actor: Actor,
    *,
    student_id: int,
    nivel: Nivel,
    requester_type: RequesterType,
    motivo: str,
    requester_document: str | None = None,
    requester_name: str | None = None,
    now: datetime | None = None,
) -> Snapshot:
    """Everything a constancia prints except its number and código (refusals raise here).

    The issue dialog's "Vista previa" renders this with a watermark and no QR; issuing numbers
    and signs exactly this content."""
    actor.require(Role.OPERADOR)
    moment = (now or datetime.now(UTC)).astimezone(PERU).replace(microsecond=0)
    trajectory = read_trajectory(session, student_id, current_year=moment.year)
    check_issuable(trajectory.records, nivel)
    student = trajectory.student
    check_requester(
        requester_type,
        requester_document,
        requester_name,
        birth=student.fecha_nacimiento,
        today=moment.date(),
    )
    motivo = check_motivo(motivo)
    office = current_office(session)
    columns, rows, notes, exoneration = build_columns_and_rows(trajectory.records, nivel)
    return Snapshot(
        version=SNAPSHOT_VERSION,
        correlativo="",
        codigo_virtual="",
        issued_at=moment.isoformat(),
        office_code=office.code if office else "",
        office_name=office.name if office else "",
        header_lines=_header_lines(session, office),
        verification_base=get_setting(session, VERIFICATION_BASE) or DEFAULT_VERIFICATION_BASE,
        modalidad=modalidad(),
        nivel=nivel.value,
        document_type=student.document_type,
        document_number=student.document_number,
        codigo_estudiante=student.codigo_estudiante,
        apellido_paterno=student.apellido_paterno,
        apellido_materno=student.apellido_materno,
        nombres=student.nombres,
        columns=columns,
        rows=rows,
        observaciones=notes,
        has_exoneration=exoneration,
        requester_type=requester_type.value,
        requester_document=requester_document,
        requester_name=" ".join(requester_name.split()).upper() if requester_name else None,
        motivo=motivo,
        logo_png=get_setting(session, HEADER_LOGO),
    )


def issue_constancia(
    session: Session,
    actor: Actor,
    *,
    student_id: int,
    nivel: Nivel,
    requester_type: RequesterType,
    motivo: str,
    requester_document: str | None = None,
    requester_name: str | None = None,
    now: datetime | None = None,
) -> IssuedConstancia:
    """Issue (flushed; the caller commits). Raises IssueRefused or ValueError in Spanish."""
    draft = draft_snapshot(
        session,
        actor,
        student_id=student_id,
        nivel=nivel,
        requester_type=requester_type,
        motivo=motivo,
        requester_document=requester_document,
        requester_name=requester_name,
        now=now,
    )
    moment = draft.issued
    key = workstation_key(session, actor)
    previous = (
        session.execute(
            select(Constancia).where(
                Constancia.student_id == student_id,
                Constancia.nivel == nivel.value,
                Constancia.state == ConstanciaState.VIGENTE.value,
            )
        )
        .scalars()
        .all()
    )
    for attempt in range(ATTEMPTS):
        correlativo = _next_correlativo(session)
        snapshot = replace(
            draft,
            correlativo=f"{correlativo:0{CORRELATIVO_DIGITS}d}",
            codigo_virtual=new_code(),
        )
        signature = key.sign(signed_bytes(snapshot, key.key_id))
        row = Constancia(
            correlativo=correlativo,
            codigo_virtual=snapshot.codigo_virtual,
            student_id=student_id,
            nivel=nivel.value,
            snapshot=snapshot.canonical_json(),
            digest=snapshot.digest(),
            signature=signature,
            key_id=key.key_id,
            issued_at=moment,
            issued_by=actor.username,
            workstation=actor.workstation,
            office_code=snapshot.office_code,
            requester_type=requester_type.value,
            requester_document=requester_document,
            requester_name=snapshot.requester_name,
            motivo=snapshot.motivo,
        )
        try:
            with session.begin_nested():
                session.add(row)
                session.flush()
        except IntegrityError:
            if attempt == ATTEMPTS - 1:
                raise
            continue  # another workstation took that number or code: draw again
        break
    for old in previous:
        old.state = ConstanciaState.REEMPLAZADA.value
        old.replaced_by = row.id
    session.flush()
    replaced = previous[-1].codigo_virtual if previous else None
    record(
        session,
        actor,
        AuditAction.CONSTANCIA_ISSUED,
        subject=snapshot.codigo_virtual,
        detail={
            "correlativo": snapshot.correlativo,
            "documento": snapshot.document_number or snapshot.codigo_estudiante,
            "nivel": nivel.value,
            "solicitante": requester_type.value,
            "motivo": snapshot.motivo,
            **({"reemplaza": replaced} if replaced else {}),
        },
    )
    return IssuedConstancia(row.id, snapshot, key.key_id, signature, replaced)


def record_refusal(
    engine: Engine, actor: Actor, student_id: int, nivel: Nivel, refusal: IssueRefused
) -> None:
    """A refused issuance rolls back, so its audit entry (the refusals report reads these)
    gets a transaction of its own."""
    with Session(engine) as session:
        student = session.get(Student, student_id)
        subject = (student.document_number or student.codigo_estudiante) if student else None
        record(
            session,
            actor,
            AuditAction.CONSTANCIA_REFUSED,
            subject=subject,
            detail={"nivel": nivel.value, "motivo": refusal.category, "mensaje": str(refusal)},
        )
        session.commit()
