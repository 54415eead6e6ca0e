"""Reply tracking: poll the office mailbox over IMAP and match replies to tickets — by
In-Reply-To/References first (the stable Message-ID we sent), by the subject token second
(tolerating RE:, RV:, Fwd: and similar prefixes).  A match sets RESPONDIDA and keeps the reply
text with the ticket."""

from __future__ import annotations

import contextlib
import email
import imaplib
from dataclasses import dataclass
from email import policy

from sqlalchemy import Engine, select
from sqlmodel import Session

from cla_desktop.domain.consulta import TICKET_PATTERN, ConsultaState
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.consultas.consulta_service import record
from cla_desktop.services.consultas.mail_connection import open_imap
from cla_desktop.services.consultas.mail_settings import ImapSettings
from cla_desktop.services.settings_store import get_setting, set_setting
from cla_desktop.store.models import Consulta, OutboxMessage

LAST_UID = "imap_last_uid"


@dataclass(frozen=True)
class MatchedReply:
    ticket: str
    by: str  # "cabeceras" or "asunto"


def _body(message) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    return part.get_content().strip() if part is not None else ""


def match_reply(session: Session, message) -> tuple[Consulta, str] | None:
    references = " ".join(str(message.get(h, "")) for h in ("In-Reply-To", "References"))
    for token in references.split():
        sent = session.execute(
            select(OutboxMessage).where(OutboxMessage.message_id == token.strip())
        ).scalar()
        if sent is not None and sent.consulta_id:
            return session.get(Consulta, sent.consulta_id), "cabeceras"
    found = TICKET_PATTERN.search(str(message.get("Subject", "")).upper())
    if found:
        consulta = session.execute(
            select(Consulta).where(Consulta.ticket == found.group(1))
        ).scalar()
        if consulta is not None:
            return consulta, "asunto"
    return None


def poll_replies(engine: Engine, actor: Actor, settings: ImapSettings) -> list[MatchedReply]:
    """Read the messages that arrived since the last poll; returns what was matched."""
    actor.require(Role.OPERADOR)
    matched: list[MatchedReply] = []
    client = open_imap(settings)
    try:
        client.select(settings.mailbox, readonly=True)
        with Session(engine) as session:
            last = int(get_setting(session, LAST_UID) or 0)
        _typ, data = client.uid("SEARCH", None, f"UID {last + 1}:*")
        uids = [int(u) for u in (data[0] or b"").split() if int(u) > last]
        for uid in uids:
            _typ, fetched = client.uid("FETCH", str(uid), "(RFC822)")
            raw = next((item[1] for item in fetched if isinstance(item, tuple)), b"")
            message = email.message_from_bytes(raw, policy=policy.default)
            with Session(engine) as session:
                found = match_reply(session, message)
                if found is not None:
                    consulta, how = found
                    text = _body(message)
                    consulta.reply_text = (
                        f"{consulta.reply_text}\n\n---\n{text}" if consulta.reply_text else text
                    )
                    if consulta.state == ConsultaState.ENVIADA.value:
                        record(
                            session,
                            consulta,
                            SYSTEM,
                            ConsultaState.RESPONDIDA,
                            f"Respuesta recibida ({how})",
                        )
                    matched.append(MatchedReply(consulta.ticket, how))
                set_setting(session, SYSTEM, LAST_UID, str(uid))
                session.commit()
    finally:
        with contextlib.suppress(imaplib.IMAP4.error, OSError):
            client.logout()
    return matched
