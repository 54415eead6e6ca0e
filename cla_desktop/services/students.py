"""Registering students: validated documents, display-clean names and the folded search key."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from cla_desktop.domain.identifiers import DocumentType, parse_document
from cla_desktop.domain.names import clean_display, search_key
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.store.models import Student


def add_student(
    session: Session,
    actor: Actor,
    *,
    apellido_paterno: str,
    apellido_materno: str,
    nombres: str,
    document_type: DocumentType | str = DocumentType.DNI,
    document_number: str | None = None,
    codigo_estudiante: str | None = None,
    sexo: str | None = None,
    fecha_nacimiento: date | None = None,
) -> Student:
    """Add one student (flushed, not committed: the caller's transaction decides)."""
    actor.require(Role.SUPERVISOR)
    document = parse_document(document_type, document_number)
    paterno, materno, given = (
        clean_display(apellido_paterno),
        clean_display(apellido_materno),
        clean_display(nombres),
    )
    student = Student(
        document_type=document.type.value,
        document_number=document.number,
        codigo_estudiante=codigo_estudiante,
        apellido_paterno=paterno,
        apellido_materno=materno,
        nombres=given,
        sexo=sexo,
        fecha_nacimiento=fecha_nacimiento,
        name_key=search_key(paterno, materno, given),
    )
    session.add(student)
    session.flush()
    return student
