"""Atomic numbering: one statement raises a named counter and returns the new value, holding
the counter's row until the transaction ends (PostgreSQL row lock; SQLite's write lock), so
two counters never take the same number and nothing is retried.

Replaces "count the rows and add one", which four concurrent counters on PostgreSQL made fail
one time in five (issue #17) and which would give a number twice after a row was deleted.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

# ON CONFLICT … DO UPDATE … RETURNING: PostgreSQL 9.5+ and SQLite 3.35+.
_TAKE = text(
    "INSERT INTO number_sequence (name, last) VALUES (:name, :floor) "
    "ON CONFLICT (name) DO UPDATE SET last = CASE "
    "WHEN number_sequence.last + 1 > :floor THEN number_sequence.last + 1 ELSE :floor END "
    "RETURNING last"
)


def take_next(session: Session, name: str, floor: int = 1) -> int:
    """The next number under `name`, never below `floor` (what the rows themselves show is
    already used: a counter that went missing or a database restored from an older copy never
    makes a number be given twice)."""
    return int(session.execute(_TAKE, {"name": name, "floor": max(1, floor)}).scalar_one())
