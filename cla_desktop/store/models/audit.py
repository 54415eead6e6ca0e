"""The audit trail: append-only, each entry hashed together with the previous entry's hash."""

from datetime import datetime

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel


class AuditEntry(SQLModel, table=True):
    """Who did what to whose record, from which workstation, and when.

    `id` is assigned from `audit_head` (not by the database) because it is part of the hash.
    """

    __tablename__ = "audit_entry"

    id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    at: datetime = Field(index=True)
    username: str = Field(max_length=60, index=True)
    role: str = Field(max_length=16)
    workstation: str = Field(max_length=120)
    action: str = Field(max_length=40, index=True)
    subject: str | None = Field(default=None, max_length=200)
    detail: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class AuditHead(SQLModel, table=True):
    """One row: the last id and hash.  Updating it first serialises writers across counters."""

    __tablename__ = "audit_head"

    id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    last_id: int = 0
    last_hash: str = Field(max_length=64)


class AuditCheckpoint(SQLModel, table=True):
    """Where retention cut the head of the chain: entries up to `up_to_id` may be deleted, and
    the first kept entry must chain onto `last_hash`."""

    __tablename__ = "audit_checkpoint"

    id: int | None = Field(default=None, primary_key=True)
    up_to_id: int
    last_hash: str = Field(max_length=64)
    at: datetime
    username: str = Field(max_length=60)
