"""Public keys that sign constancias: this office's workstations and imported trust lists."""

from datetime import datetime

from sqlmodel import Field, SQLModel


class SigningKey(SQLModel, table=True):
    """An Ed25519 public key; the private half of a local one lives only in the OS keyring."""

    __tablename__ = "signing_key"

    key_id: str = Field(primary_key=True, max_length=32)  # hex of SHA-256(public key)[:16]
    public_key: str = Field(max_length=64)  # raw 32 bytes, base64url
    workstation: str = Field(max_length=120)
    office_code: str | None = Field(default=None, max_length=6)
    created_at: datetime
    source: str = Field(default="local", max_length=12)  # local / importada
    active: bool = Field(default=True)
    office_name: str | None = Field(default=None, max_length=160)
    # Rotated out: still verifies what it signed before this moment, signs nothing after.
    retired_at: datetime | None = None
    # Revoked (a stolen or broken workstation): signatures dated from this moment are void.
    revoked_from: datetime | None = None
    revoked_reason: str | None = Field(default=None, max_length=200)
    # May sign trust lists that vouch for other offices' keys (a DRE's key, confirmed once).
    list_signer: bool = Field(default=False)
    # The successor this key vouched for after a rotation (an aval is honoured once).
    vouched_for: str | None = Field(default=None, max_length=32)
