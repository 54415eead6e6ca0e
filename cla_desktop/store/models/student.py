"""Students, with their document and folded search key."""

from datetime import date

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class Student(SQLModel, table=True):
    """A student; the document may be missing (then the SIAGIE code identifies them)."""

    __tablename__ = "student"
    __table_args__ = (
        UniqueConstraint("document_type", "document_number", name="uq_student_document"),
        # Covers the "posible duplicado" lookup (same birth date) without touching the table.
        Index(
            "ix_student_birth_name",
            "fecha_nacimiento",
            "name_key",
            "document_number",
            postgresql_include=["id"],  # SQLite indexes carry the rowid already
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    document_type: str = Field(max_length=10)  # DocumentType value
    document_number: str | None = Field(default=None, max_length=12, index=True)
    codigo_estudiante: str | None = Field(default=None, max_length=14, unique=True)
    apellido_paterno: str = Field(max_length=80)
    apellido_materno: str = Field(default="", max_length=80)
    nombres: str = Field(max_length=120)
    sexo: str | None = Field(default=None, max_length=1)  # M / F
    fecha_nacimiento: date | None = Field(default=None)
    ubigeo_nacimiento: str | None = Field(default=None, max_length=6)  # RENIEC coding
    name_key: str = Field(default="", max_length=300, index=True)  # names.search_key
