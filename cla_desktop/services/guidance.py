"""The counter's guidance note "Certificado de estudios y visado": shown on screen, printed for
the citizen, and recorded in the audit trail so the reports can say how often it was asked."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from cla_desktop.documents.guidance_pdf import Letterhead, render_guidance_note
from cla_desktop.domain.guidance import Guidance, certificado_visado
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.services.constancias.issuance import HEADER_LOGO, PERU, _header_lines
from cla_desktop.services.settings_store import current_office, get_setting


def guidance() -> Guidance:
    """The note for on-screen display (Ayuda → "Certificado de estudios y visado"); reading it
    is not audited, only handing it to a citizen is."""
    return certificado_visado()


def letterhead(session: Session) -> Letterhead:
    """The same header a constancia of this office prints (lines, office, logo)."""
    office = current_office(session)
    return Letterhead(
        lines=_header_lines(session, office),
        office_name=office.name if office else "",
        office_code=office.code if office else "",
        logo_png=get_setting(session, HEADER_LOGO) or None,
    )


def give_guidance_note(session: Session, actor: Actor, *, now: datetime | None = None) -> bytes:
    """The one-page PDF for the citizen, with its audit entry in the session (the caller commits).

    `now` fixes the clock (tests): it is the printed date and the entry's time, so a note is
    counted in the period it was dated."""
    actor.require(Role.OPERADOR)
    moment = (now or datetime.now(UTC)).astimezone(PERU)
    note = guidance()
    pdf = render_guidance_note(note, letterhead(session), moment.date())
    record(session, actor, AuditAction.GUIDANCE_GIVEN, subject=note.title, at=moment)
    return pdf
