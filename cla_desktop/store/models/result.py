"""Results: one calificativo per área (or per competencia from 2020), stored as text."""

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel


class Result(SQLModel, table=True):
    """A calificativo exactly as SIAGIE holds it ("AD", "14", "EXO", "-" or blank)."""

    __tablename__ = "result"

    id: int | None = Field(default=None, primary_key=True)
    enrollment_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("enrollment.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    area: str = Field(max_length=120)  # área, taller or "Competencias Transversales"
    kind: str = Field(max_length=12)  # AREA / TALLER / TRANSVERSAL
    competencia: str | None = Field(default=None, max_length=250)
    calificativo: str = Field(default="", max_length=4)
    position: int = Field(default=0)  # display order within the enrollment
