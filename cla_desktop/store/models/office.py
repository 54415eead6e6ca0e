"""DRE/GRE and UGEL offices (real list shipped in resources/reference/dre_ugel.csv)."""

from sqlmodel import Field, SQLModel


class Office(SQLModel, table=True):
    """A DRE or UGEL; `code` is the 6-digit CODOOII of the padrón (e.g. 150103)."""

    __tablename__ = "office"

    code: str = Field(primary_key=True, max_length=6)
    name: str = Field(max_length=120)
    kind: str = Field(max_length=4)  # "DRE" or "UGEL"
    dre_code: str | None = Field(default=None, max_length=6, index=True)
