"""Candidate students for a name query, from the backend's full-text index (a superset: the
matching module judges each one).  Bounded: never more than `cap` rows leave the database.

Both backends get the same boolean query over whole words: every typed word, as a whole word
(first pass) or as a prefix or one of the index words it may stand for — same sound, typing
slips (vocabulary.py) — in the second pass.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from cla_desktop.services.search.filters import SearchFilters
from cla_desktop.services.search.vocabulary import vocabulary
from cla_desktop.store.search_index import FTS_TABLE, TSVECTOR


def name_candidates(
    session: Session, words: tuple[str, ...], filters: SearchFilters, cap: int, *, exact: bool
) -> list[tuple[int, str]]:
    """(student id, name_key) pairs that may match every word.

    `exact` asks only for names containing every word whole: a first, cheap pass, so that a
    common name's exact matches are never crowded out of the bounded set by prefix or typo
    matches.
    """
    sqlite = session.get_bind().dialect.name == "sqlite"
    known = None if exact else vocabulary(session)
    groups = []
    for word in words:
        lowered = word.lower()  # both indexes hold lower-case words
        options = [_word(lowered, sqlite, prefix=not exact)]
        if known is not None:
            options.extend(_word(v.lower(), sqlite, prefix=False) for v in known.variants(word))
        groups.append("(" + (" OR " if sqlite else " | ").join(options) + ")")
    query = (" AND " if sqlite else " & ").join(groups)
    if sqlite:
        sql = (
            "SELECT s.id, s.name_key FROM student s WHERE s.id IN "
            f"(SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :query)"
        )
    else:
        sql = (
            "SELECT s.id, s.name_key FROM student s "
            f"WHERE {TSVECTOR.replace('name_key', 's.name_key')} @@ to_tsquery('simple', :query)"
        )
    where, params = filters.sql("s")
    if where:
        sql += f" AND {where}"
    params.update(query=query, cap=cap)
    rows = session.execute(text(sql + " LIMIT :cap"), params).all()  # fetchall: no per-row call
    return [(row[0], row[1]) for row in rows]


def _word(word: str, sqlite: bool, *, prefix: bool) -> str:
    """One word in the index's query syntax (words are [a-z0-9] only: nothing to escape)."""
    if sqlite:
        return f'"{word}"*' if prefix else f'"{word}"'
    return f"{word}:*" if prefix else word
