"""The register of issued constancias: each row keeps the frozen snapshot it printed."""

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer, Text
from sqlmodel import Field, SQLModel


class Constancia(SQLModel, table=True):
    """One issued constancia (VIGENTE, REEMPLAZADA by a newer one, or ANULADA with a reason)."""

    __tablename__ = "constancia"

    id: int | None = Field(default=None, primary_key=True)
    correlativo: int = Field(unique=True)
    codigo_virtual: str = Field(max_length=8, unique=True)
    student_id: int = Field(
        sa_column=Column(Integer, ForeignKey("student.id"), nullable=False, index=True)
    )
    nivel: str = Field(max_length=12)
    snapshot: str = Field(sa_column=Column(Text, nullable=False))  # canonical JSON
    digest: str = Field(max_length=64)  # SHA-256 of the snapshot
    signature: str = Field(max_length=100)  # Ed25519, base64url
    key_id: str = Field(max_length=32, foreign_key="signing_key.key_id")
    issued_at: datetime
    issued_by: str = Field(max_length=60)
    workstation: str = Field(max_length=120)
    office_code: str = Field(max_length=6)
    requester_type: str = Field(max_length=12)
    requester_document: str | None = Field(default=None, max_length=12)
    requester_name: str | None = Field(default=None, max_length=160)
    motivo: str = Field(max_length=150)
    state: str = Field(default="VIGENTE", max_length=12, index=True)
    replaced_by: int | None = Field(default=None, foreign_key="constancia.id")
    annul_reason: str | None = Field(default=None, max_length=300)
    annulled_at: datetime | None = None
    annulled_by: str | None = Field(default=None, max_length=60)
