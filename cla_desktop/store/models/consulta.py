"""Consultas to DIGE, their history and attachments."""

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer, LargeBinary, Text
from sqlmodel import Field, SQLModel


class Consulta(SQLModel, table=True):
    """A case the counter could not solve, forwarded to DIGE by e-mail and followed up."""

    __tablename__ = "consulta"

    id: int | None = Field(default=None, primary_key=True)
    ticket: str = Field(max_length=24, unique=True)
    office_code: str = Field(max_length=6)
    clerk: str = Field(max_length=60)
    category: str = Field(max_length=24, index=True)
    state: str = Field(default="BORRADOR", max_length=12, index=True)
    student_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("student.id"), nullable=True)
    )
    nivel: str | None = Field(default=None, max_length=12)
    years: str | None = Field(default=None, max_length=80)  # "2019, 2020"
    codigo_modular: str | None = Field(default=None, max_length=9)
    citizen_document: str | None = Field(default=None, max_length=12)
    citizen_name: str | None = Field(default=None, max_length=160)
    citizen_contact: str | None = Field(default=None, max_length=160)
    description: str = Field(sa_column=Column(Text, nullable=False))
    reply_text: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: datetime
    updated_at: datetime


class ConsultaEvent(SQLModel, table=True):
    """One change of state: who, when, why."""

    __tablename__ = "consulta_event"

    id: int | None = Field(default=None, primary_key=True)
    consulta_id: int = Field(
        sa_column=Column(Integer, ForeignKey("consulta.id", ondelete="CASCADE"), index=True)
    )
    at: datetime
    actor: str = Field(max_length=60)
    from_state: str | None = Field(default=None, max_length=12)
    to_state: str = Field(max_length=12)
    note: str | None = Field(default=None, max_length=500)


class ConsultaAttachment(SQLModel, table=True):
    """A PDF/JPG/PNG the citizen brought, kept with its checksum."""

    __tablename__ = "consulta_attachment"

    id: int | None = Field(default=None, primary_key=True)
    consulta_id: int = Field(
        sa_column=Column(Integer, ForeignKey("consulta.id", ondelete="CASCADE"), index=True)
    )
    filename: str = Field(max_length=200)
    content_type: str = Field(max_length=60)
    size: int
    sha256: str = Field(max_length=64)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
