"""Schools (IE services), identified by código modular + anexo."""

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


class School(SQLModel, table=True):
    """One educational service; `synthetic` marks demo schools that do not exist."""

    __tablename__ = "school"
    __table_args__ = (UniqueConstraint("codigo_modular", "anexo", name="uq_school_codmod_anexo"),)

    id: int | None = Field(default=None, primary_key=True)
    codigo_modular: str = Field(max_length=7)
    anexo: str = Field(default="0", max_length=1)
    name: str = Field(max_length=200)
    nivel_modalidad: str = Field(max_length=80)  # the padrón's D_NIV_MOD text
    nivel: str | None = Field(default=None, max_length=12)  # EBR nivel when it is one
    gestion: str | None = Field(default=None, max_length=80)  # D_GES_DEP text
    ugel_code: str | None = Field(default=None, foreign_key="office.code", max_length=6)
    ubigeo: str | None = Field(default=None, max_length=6)  # INEI code (CODGEO)
    address: str | None = Field(default=None, max_length=200)
    active: bool = Field(default=True)
    synthetic: bool = Field(default=False)
