"""The outbox: e-mails waiting to be sent, durable across crashes, claimed atomically."""

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer, LargeBinary
from sqlmodel import Field, SQLModel


class OutboxMessage(SQLModel, table=True):
    """One e-mail (the whole RFC 5322 message, built once), its attempts and its state."""

    __tablename__ = "outbox_message"

    id: int | None = Field(default=None, primary_key=True)
    consulta_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("consulta.id"), index=True)
    )
    message_id: str = Field(max_length=200, unique=True)
    to_address: str = Field(max_length=200)
    from_address: str = Field(max_length=200)
    subject: str = Field(max_length=300)
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    state: str = Field(default="PENDIENTE", max_length=12, index=True)
    attempts: int = Field(default=0)
    next_attempt_at: datetime
    last_error: str | None = Field(default=None, max_length=1000)
    claimed_by: str | None = Field(default=None, max_length=120)
    claimed_at: datetime | None = None
    sent_at: datetime | None = None
    created_at: datetime
