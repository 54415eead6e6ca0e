"""UBIGEO places in both code systems (INEI and RENIEC differ)."""

from sqlmodel import Field, SQLModel


class Ubigeo(SQLModel, table=True):
    """A departamento, provincia or distrito with its INEI and RENIEC codes."""

    __tablename__ = "ubigeo"

    id: int | None = Field(default=None, primary_key=True)
    level: str = Field(max_length=12)  # DEPARTAMENTO / PROVINCIA / DISTRITO
    inei: str | None = Field(default=None, max_length=6, index=True)
    reniec: str | None = Field(default=None, max_length=6, index=True)
    departamento: str = Field(max_length=60)
    provincia: str | None = Field(default=None, max_length=60)
    distrito: str | None = Field(default=None, max_length=80)
