"""Named counters taken in the same transaction as the row they number (consulta tickets)."""

from sqlmodel import Field, SQLModel


class NumberSequence(SQLModel, table=True):
    """The last number given under one name ("consulta:UGEL03-2026-"); store/sequences.py
    moves it with one atomic statement, so concurrent counters never take the same number."""

    __tablename__ = "number_sequence"

    name: str = Field(primary_key=True, max_length=60)
    last: int
