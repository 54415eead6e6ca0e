"""Enrollments (matrículas): one student, one year, one school service."""

from sqlalchemy import Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel


class Enrollment(SQLModel, table=True):
    """A year at a school; `scale`/`unit` are stored per grade-year, never derived later."""

    __tablename__ = "enrollment"
    __table_args__ = (Index("ix_enrollment_student_year", "student_id", "year"),)

    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(
        sa_column=Column(Integer, ForeignKey("student.id", ondelete="CASCADE"), nullable=False)
    )
    year: int
    school_id: int = Field(foreign_key="school.id", index=True)
    nivel: str = Field(max_length=12)
    grado: int  # grade 1..6 / 1..5, or age 3..5 in Inicial
    seccion: str | None = Field(default=None, max_length=20)
    situacion_final: str | None = Field(default=None, max_length=60)  # SIAGIE text, verbatim
    acta_estado: str | None = Field(default=None, max_length=20)  # APROBADA / EN_RECTIFICACION
    scale: str | None = Field(default=None, max_length=10)  # VIGESIMAL / LITERAL
    unit: str | None = Field(default=None, max_length=12)  # AREA / COMPETENCIA
    curriculum: str | None = Field(default=None, max_length=10)  # DCN2009 / CNEB
