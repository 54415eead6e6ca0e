"""Observaciones printed on the constancia: year - resolución - motivo."""

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel


class Observation(SQLModel, table=True):
    """A resolution recorded for an enrollment (convalidación, exoneración, ...)."""

    __tablename__ = "observation"

    id: int | None = Field(default=None, primary_key=True)
    enrollment_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("enrollment.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    year: int
    resolucion: str = Field(max_length=120)
    motivo: str = Field(max_length=250)
