"""What the counter's views call: each call opens its own short session on the engine, so it
can run on a worker thread, and acts as the signed-in user."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlmodel import Session

from cla_desktop.documents.constancia_pdf import RenderOptions, render_constancia
from cla_desktop.domain.constancia import IssueRefused
from cla_desktop.domain.consulta import ConsultaState
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.trajectory import Trajectory
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.writer import AuditWriter
from cla_desktop.services.constancias.batch import BatchItem, BatchRequest, issue_batch
from cla_desktop.services.constancias.issuance import (
    IssuedConstancia,
    IssueRequest,
    draft_snapshot,
    issue_constancia,
    record_refusal,
)
from cla_desktop.services.constancias.register import (
    RegisterEntry,
    StoredConstancia,
    annul_constancia,
    list_constancias,
    stored_constancia,
)
from cla_desktop.services.constancias.verification import Verification, verify_text
from cla_desktop.services.consultas.consulta_service import NewConsulta, create_consulta
from cla_desktop.services.consultas.mail_config import (
    MailConfig,
    MailRoute,
    check_imap,
    check_smtp,
    load_config,
    resolve_mail,
    route_from,
    save_config,
    with_typed_password,
)
from cla_desktop.services.consultas.outbox import (
    Delivery,
    enqueue_consulta,
    retry_now,
    send_draft,
    send_due,
)
from cla_desktop.services.consultas.queue import (
    QueueRow,
    TicketDetail,
    counts_by_state,
    queue,
    ticket_detail,
)
from cla_desktop.services.consultas.replies import MatchedReply, poll_replies
from cla_desktop.services.guidance import give_guidance_note
from cla_desktop.services.search.filters import SearchFilters
from cla_desktop.services.search.hits import StudentHit, load_hits
from cla_desktop.services.search.ranking import RankedId
from cla_desktop.services.search.service import SearchOutcome, search_students
from cla_desktop.services.settings.secrets import SecretPlace
from cla_desktop.services.trajectory import load_trajectory
from cla_desktop.store.database import readonly
from cla_desktop.store.models import Consulta, Office, OutboxMessage


@dataclass(frozen=True)
class SearchPage:
    """A search's outcome and its first rows, loaded together on the worker thread."""

    outcome: SearchOutcome
    hits: tuple[StudentHit, ...]


class Workbench:
    """The open database and the acting user, for the views."""

    def __init__(self, engine: Engine, actor: Actor) -> None:
        self.engine = engine
        self.actor = actor
        self._writer: AuditWriter | None = None
        self.reader = readonly(engine)

    @property
    def audit_writer(self) -> AuditWriter:
        """Started with the first search (a thread per open window, none for scripts)."""
        if self._writer is None:
            self._writer = AuditWriter(self.engine)
        return self._writer

    def flush_audit(self) -> None:
        """Everything the window queued for the audit trail is committed (sign-out, quit)."""
        if self._writer is not None:
            self._writer.flush()

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def search(self, query: str, filters: SearchFilters | None = None) -> SearchOutcome:
        with Session(self.reader) as session:
            return search_students(session, self.actor, query, filters, writer=self.audit_writer)

    def search_first_page(self, query: str, filters: SearchFilters | None, page: int) -> SearchPage:
        """The search and its first rows together, so the window's thread only displays."""
        outcome = self.search(query, filters)
        return SearchPage(outcome, tuple(self.load_hits(outcome.ranked[:page])))

    def load_hits(self, ranked: Sequence[RankedId]) -> list[StudentHit]:
        with Session(self.reader) as session:
            return load_hits(session, tuple(ranked))

    def trajectory(self, student_id: int) -> Trajectory:
        with Session(self.engine) as session:
            trajectory = load_trajectory(session, self.actor, student_id)
            session.commit()
            return trajectory

    def issue(self, student_id: int, request: IssueRequest) -> tuple[IssuedConstancia, bytes]:
        """Issue, render and commit; nothing is kept if rendering fails."""
        with Session(self.engine) as session:
            try:
                issued = issue_constancia(
                    session, self.actor, student_id=student_id, **request.fields()
                )
            except IssueRefused as refusal:
                session.rollback()
                record_refusal(self.engine, self.actor, student_id, request.nivel, refusal)
                raise
            pdf = render_constancia(issued.snapshot, RenderOptions(qr_text=issued.qr_text))
            session.commit()
            return issued, pdf

    def preview(self, student_id: int, request: IssueRequest) -> bytes:
        """The would-be constancia with a VISTA PREVIA watermark: nothing is registered."""
        with Session(self.engine) as session:
            draft = draft_snapshot(session, self.actor, student_id=student_id, **request.fields())
        return render_constancia(draft, RenderOptions(qr_text=None, watermark="VISTA PREVIA"))

    def verify(self, text: str, dni: str | None = None) -> Verification:
        with Session(self.engine) as session:
            verification = verify_text(session, self.actor, text, dni=dni or None)
            session.commit()
            return verification

    def register(self, **filters) -> list[RegisterEntry]:
        with Session(self.engine) as session:
            entries = list_constancias(session, self.actor, **filters)
            session.commit()
            return entries

    def reprint(self, code: str) -> tuple[StoredConstancia, bytes]:
        with Session(self.engine) as session:
            stored = stored_constancia(session, self.actor, code)
            session.commit()
        options = RenderOptions(qr_text=stored.qr_text, watermark=stored.watermark)
        return stored, render_constancia(stored.snapshot, options)

    def annul(self, code: str, reason: str) -> None:
        with Session(self.engine) as session:
            annul_constancia(session, self.actor, code, reason)
            session.commit()

    def issue_batch(
        self, documents: list[str], nivel: Nivel, motivo: str, folder: Path, progress, cancelled
    ) -> list[BatchItem]:
        return issue_batch(
            self.engine,
            self.actor,
            [BatchRequest(d) for d in documents],
            nivel=nivel,
            motivo=motivo,
            out_dir=folder,
            progress=progress,
            cancelled=cancelled,
        )

    def new_consulta(self, request: NewConsulta, *, send: bool) -> tuple[str, str]:
        """Save (BORRADOR) or save and queue for DIGE (EN_COLA); returns (ticket, state).
        Nothing is saved when it cannot be queued (the form keeps what was typed)."""
        with Session(self.engine) as session:
            route = resolve_mail(session)
            if send:
                route.require_configured()
            consulta = create_consulta(session, self.actor, request)
            if send:
                enqueue_consulta(session, self.actor, consulta, route.smtp)
            session.commit()
            return consulta.ticket, consulta.state

    def send_draft(self, ticket: str) -> str:
        """A BORRADOR from the queue goes to DIGE now; returns its new state."""
        with Session(self.engine) as session:
            route = resolve_mail(session)
            route.require_configured()
            state = send_draft(session, self.actor, ticket, route.smtp)
            session.commit()
            return state

    def consultas(self, state: ConsultaState | None = None) -> tuple[list[QueueRow], dict]:
        with Session(self.engine) as session:
            return queue(session, self.actor, state), counts_by_state(session)

    def consulta_detail(self, ticket: str) -> TicketDetail:
        with Session(self.engine) as session:
            detail = ticket_detail(session, self.actor, ticket)
            session.commit()
            return detail

    def mail_route(self) -> MailRoute:
        with Session(self.reader) as session:
            return resolve_mail(session)

    def send_outbox(self) -> list[Delivery]:
        """The background sender: what is due, with the office's settings of this moment."""
        route = self.mail_route()
        if not route.configured:
            return []
        return send_due(self.engine, route.smtp, f"{self.actor.workstation}-app")

    def mail_config(self) -> MailConfig:
        with Session(self.engine) as session:
            return load_config(session)

    def save_mail_config(
        self,
        config: MailConfig,
        smtp_password: str | None,
        imap_password: str | None,
        place: SecretPlace = SecretPlace.KEYRING,
    ) -> None:
        with Session(self.engine) as session:
            save_config(session, self.actor, config, smtp_password, imap_password, place)
            session.commit()

    def check_smtp(self, config: MailConfig, typed_password: str | None) -> str:
        """'Probar conexión' with what the dialog shows (not yet saved)."""
        route = with_typed_password(route_from(config), typed_password, None)
        return check_smtp(route.smtp)

    def check_imap(self, config: MailConfig, typed_password: str | None) -> str:
        route = with_typed_password(route_from(config), None, typed_password)
        if route.imap is None:
            return "Escriba el servidor IMAP."
        return check_imap(route.imap)

    def poll_replies(self) -> list[MatchedReply]:
        """Read DIGE's replies when the office mailbox's IMAP settings are given."""
        imap = self.mail_route().imap
        return poll_replies(self.engine, self.actor, imap) if imap else []

    def retry_outbox(self, ticket: str | None = None) -> int:
        """'Reintentar' (one ticket) or 'Reintentar todos'."""
        with Session(self.engine) as session:
            message_id = None
            if ticket is not None:
                message_id = session.execute(
                    select(OutboxMessage.id)
                    .join(Consulta, Consulta.id == OutboxMessage.consulta_id)
                    .where(Consulta.ticket == ticket)
                ).scalar()
                if message_id is None:
                    return 0
            count = retry_now(session, self.actor, message_id)
            session.commit()
            return count

    def guidance_note(self) -> bytes:
        """The 'Certificado de estudios y visado' note for the citizen (given = audited)."""
        with Session(self.engine) as session:
            pdf = give_guidance_note(session, self.actor)
            session.commit()
            return pdf

    def ugels(self) -> list[tuple[str, str]]:
        """(code, name) of every UGEL, for filters."""
        with Session(self.engine) as session:
            rows = session.execute(
                select(Office.code, Office.name).where(Office.kind == "UGEL").order_by(Office.name)
            )
            return [(code, name) for code, name in rows]
