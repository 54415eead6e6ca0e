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
    payload = json.dumps(
        [id, canonical_time(at), username, role, workstation, action, subject, detail, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def canonical_detail(detail: dict | None) -> str | None:
    if not detail:
        return None
    return json.dumps(detail, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
