"""The e-mail a consulta becomes: ticket token in the subject, a structured Spanish body (plain
text and simple HTML), the attachments, Reply-To the office, and a stable Message-ID."""

from __future__ import annotations

import html
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sqlmodel import Session, select

from cla_desktop.domain.consulta import category_label
from cla_desktop.store.models import Consulta, ConsultaAttachment, Office, Student


def subject_of(consulta: Consulta, student: Student | None) -> str:
    who = ""
    if student is not None:
        document = student.document_number or student.codigo_estudiante or "-"
        label = "DNI" if student.document_type == "DNI" else student.document_type
        who = f" – {label} {document}"
    elif consulta.citizen_document:
        who = f" – DNI {consulta.citizen_document}"
    return f"[CLA {consulta.ticket}] {category_label(consulta.category)}{who}"


def _fields(session: Session, consulta: Consulta, student: Student | None) -> list[tuple]:
    office = session.get(Office, consulta.office_code) if consulta.office_code else None
    rows = [
        ("Ticket", consulta.ticket),
        ("Oficina", f"{office.name} ({office.code})" if office else consulta.office_code or "-"),
        ("Registrada por", consulta.clerk),
        ("Categoría", category_label(consulta.category)),
    ]
    if student is not None:
        rows += [
            (
                "Estudiante",
                f"{student.apellido_paterno} {student.apellido_materno}, {student.nombres}",
            ),
            ("Documento", f"{student.document_type} {student.document_number or '-'}"),
            ("Código SIAGIE", student.codigo_estudiante or "-"),
            (
                "Fecha de nacimiento",
                student.fecha_nacimiento.strftime("%d/%m/%Y") if student.fecha_nacimiento else "-",
            ),
        ]
    rows += [
        ("Nivel", consulta.nivel or "-"),
        ("Años", consulta.years or "-"),
        ("Código modular", consulta.codigo_modular or "-"),
        ("Ciudadano", f"{consulta.citizen_name or '-'} ({consulta.citizen_document or '-'})"),
        ("Contacto", consulta.citizen_contact or "-"),
    ]
    return rows


def build_message(session: Session, consulta: Consulta, *, to: str, sender: str) -> EmailMessage:
    student = session.get(Student, consulta.student_id) if consulta.student_id else None
    fields = _fields(session, consulta, student)
    message = EmailMessage()
    message["Subject"] = subject_of(consulta, student)
    message["From"] = sender
    message["To"] = to
    message["Reply-To"] = sender
    message["Date"] = format_datetime(consulta.updated_at)
    domain = sender.rsplit("@", 1)[-1] if "@" in sender else "cla.invalid"
    message["Message-ID"] = make_msgid(idstring=consulta.ticket, domain=domain)
    message["X-CLA-Ticket"] = consulta.ticket
    width = max(len(label) for label, _ in fields)
    text = ["Consulta registrada en ventanilla con CLA Escritorio.", ""]
    text += [f"{label.ljust(width)} : {value}" for label, value in fields]
    text += [
        "",
        "Descripción:",
        consulta.description,
        "",
        f"Responda a este correo conservando «[CLA {consulta.ticket}]» en el asunto.",
    ]
    # Quoted-printable keeps every line short for any SMTP server (RFC 5321 line limit).
    message.set_content("\n".join(text), cte="quoted-printable")
    rows = "".join(
        f"<tr><th align='left'>{html.escape(label)}</th><td>{html.escape(str(value))}</td></tr>"
        for label, value in fields
    )
    message.add_alternative(
        "<html><body><p>Consulta registrada en ventanilla con CLA Escritorio.</p>"
        f"<table>{rows}</table><h4>Descripción</h4><p>{html.escape(consulta.description)}</p>"
        f"<p>Responda a este correo conservando «[CLA {html.escape(consulta.ticket)}]» en el "
        "asunto.</p></body></html>",
        subtype="html",
        cte="quoted-printable",
    )
    attachments = session.exec(
        select(ConsultaAttachment).where(ConsultaAttachment.consulta_id == consulta.id)
    ).all()
    for item in attachments:
        maintype, subtype = item.content_type.split("/")
        message.add_attachment(
            item.data, maintype=maintype, subtype=subtype, filename=item.filename
        )
    return message
