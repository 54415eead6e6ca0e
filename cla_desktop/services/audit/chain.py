"""The hash of one audit entry: every column, in a fixed order, chained to the previous hash."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

COLUMNS = (
    "id",
    "at",
    "username",
    "role",
    "workstation",
    "action",
    "subject",
    "detail",
    "prev_hash",
)


def canonical_time(moment: datetime) -> str:
    """UTC with microseconds; SQLite hands back naive UTC, PostgreSQL an aware time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(
    id: int,
    at: datetime,
    username: str,
    role: str,
    workstation: str,
    action: str,
    subject: str | None,
    detail: str | None,
    prev_hash: str,
) -> str:
    return digest(
        id, canonical_time(at), username, role, workstation, action, subject, detail, prev_hash
    )


def digest(*fields) -> str:
    """SHA-256 of the columns with the time already canonical (verify reads it as text)."""
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def sqlite_time(stored: str) -> str:
    """SQLite's stored 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC) as the canonical text, no parsing."""
    if "." not in stored:
        stored += ".000000"
    return stored.replace(" ", "T", 1) + "Z"


def canonical_detail(detail: dict | None) -> str | None:
    if not detail:
        return None
    return json.dumps(detail, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
