"""`cla consulta new` and `cla outbox send|status`."""

from __future__ import annotations

import argparse
import socket
import time
from pathlib import Path

from sqlmodel import Session, select

from cla_desktop.cli.output import dumps
from cla_desktop.services.actor import Actor
from cla_desktop.services.consultas.consulta_service import NewConsulta, create_consulta
from cla_desktop.services.consultas.mail_config import resolve_mail
from cla_desktop.services.consultas.outbox import SENT, enqueue_consulta, send_due
from cla_desktop.services.consultas.replies import poll_replies
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.trajectory import find_student_id
from cla_desktop.store.models import Consulta, OutboxMessage

POLL_SECONDS = 30
OUTCOME_WORDS = {"ENVIADO": "enviado", "REINTENTO": "se reintentará", "ERROR": "no se pudo enviar"}


def add_parsers(commands: argparse._SubParsersAction) -> None:
    consulta = commands.add_parser("consulta", help="consultas para DIGE")
    actions = consulta.add_subparsers(dest="consulta_command", required=True, metavar="ACCIÓN")
    new = actions.add_parser("new", help="registrar una consulta y ponerla en la cola de correo")
    new.add_argument("--student", metavar="DOC_O_CÓDIGO")
    new.add_argument("--category", required=True)
    new.add_argument("--description", required=True)
    new.add_argument("--nivel")
    new.add_argument("--years", help="años, separados por comas")
    new.add_argument("--codigo-modular")
    new.add_argument("--citizen-doc")
    new.add_argument("--citizen-name")
    new.add_argument("--contact")
    new.add_argument("--attach", action="append", default=[], metavar="ARCHIVO")
    new.add_argument("--json", action="store_true")
    outbox = commands.add_parser("outbox", help="cola de correo hacia DIGE")
    outbox_actions = outbox.add_subparsers(dest="outbox_command", required=True, metavar="ACCIÓN")
    send = outbox_actions.add_parser("send", help="enviar lo pendiente")
    send.add_argument("--once", action="store_true", help="una pasada y terminar")
    outbox_actions.add_parser("replies", help="leer las respuestas de DIGE (IMAP)")
    status = outbox_actions.add_parser("status", help="estado de los mensajes")
    status.add_argument("--json", action="store_true")


def run_consulta(args: argparse.Namespace, url, actor: Actor) -> int:
    opened = open_database(url, upgrade=False)
    years = tuple(int(y) for y in args.years.split(",")) if args.years else ()
    with Session(opened.engine) as session:
        route = resolve_mail(session)
        route.require_configured()
        settings = route.smtp
        student_id = find_student_id(session, actor, args.student) if args.student else None
        consulta = create_consulta(
            session,
            actor,
            NewConsulta(
                category=args.category,
                description=args.description,
                student_id=student_id,
                nivel=args.nivel.upper() if args.nivel else None,
                years=years,
                codigo_modular=args.codigo_modular,
                citizen_document=args.citizen_doc,
                citizen_name=args.citizen_name,
                citizen_contact=args.contact,
                attachments=tuple(Path(a) for a in args.attach),
            ),
        )
        enqueue_consulta(session, actor, consulta, settings)
        session.commit()
        ticket, state = consulta.ticket, consulta.state
    if args.json:
        print(dumps({"ticket": ticket, "state": state}))
    else:
        print(f"Consulta {ticket} en cola para {settings.dige_mailbox}.")
    return 0


def run_outbox(args: argparse.Namespace, url, actor: Actor) -> int:
    opened = open_database(url, upgrade=False)
    if args.outbox_command == "status":
        with Session(opened.engine) as session:
            rows = session.exec(
                select(OutboxMessage, Consulta)
                .join(Consulta, Consulta.id == OutboxMessage.consulta_id, isouter=True)
                .order_by(OutboxMessage.id)
            ).all()
        items = [
            {
                "ticket": consulta.ticket if consulta else None,
                "state": row.state,
                "attempts": row.attempts,
                "last_error": row.last_error,
                "next_attempt_at": row.next_attempt_at,
            }
            for row, consulta in rows
        ]
        if args.json:
            for item in items:
                print(dumps(item))
        else:
            for item in items:
                print(
                    f"{item['ticket']}  {item['state']:<10} intentos {item['attempts']}  "
                    f"{item['last_error'] or ''}"
                )
        return 0
    with Session(opened.engine) as session:
        route = resolve_mail(session)
    if args.outbox_command == "replies":
        if route.imap is None:
            raise ValueError(
                "El buzón de respuestas (IMAP) no está configurado: complételo en "
                "Administración → Configuración → Correo, o defina CLA_IMAP_HOST (con usuario "
                "y contraseña) para este comando."
            )
        for reply in poll_replies(opened.engine, actor, route.imap):
            print(f"{reply.ticket}: respondida ({reply.by})")
        return 0
    route.require_configured()
    settings = route.smtp
    worker = f"{socket.gethostname()}-cli"
    while True:
        deliveries = send_due(opened.engine, settings, worker)
        for delivery in deliveries:
            outcome = OUTCOME_WORDS.get(delivery.outcome, delivery.outcome)
            detail = f". {delivery.detail}" if delivery.detail else ""
            print(f"mensaje {delivery.message_id}: {outcome}{detail}")
        if args.once:
            # A script must be able to tell: 1 when anything could not be delivered.
            return 0 if all(d.outcome == SENT for d in deliveries) else 1
        time.sleep(POLL_SECONDS)
