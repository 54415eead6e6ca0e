"""The trust lists an office imported: who signed each, when, and until when it holds."""

from datetime import date, datetime

from sqlmodel import Field, SQLModel


class TrustList(SQLModel, table=True):
    """One imported, signed list of public keys (a DRE's, or a national combination)."""

    __tablename__ = "trust_list"

    id: int | None = Field(default=None, primary_key=True)
    issuer_office_code: str = Field(max_length=6, index=True)
    issuer_office_name: str = Field(max_length=160)
    signer_key_id: str = Field(max_length=32)
    issued_at: datetime
    valid_until: date
    imported_at: datetime
    imported_by: str = Field(max_length=60)
    key_count: int
    digest: str = Field(max_length=64, unique=True)  # SHA-256 of the signed content
