"""Candidate students for a name query, from the backend's own index (a superset: the
matching module judges each one).  Bounded: never more than `cap` rows leave the database."""

from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import OSA
from sqlalchemy import text
from sqlmodel import Session

from cla_desktop.domain.search_query import MIN_TYPO_LENGTH
from cla_desktop.services.search.filters import SearchFilters
from cla_desktop.store.search_index import FTS_TABLE, FTS_VOCAB, WORD_TABLE


def name_candidates(
    session: Session, words: tuple[str, ...], filters: SearchFilters, cap: int, *, exact: bool
) -> list[tuple[int, str]]:
    """(student id, name_key) pairs that may match every word.

    `exact` asks only for names containing every word whole: a first, cheap pass, so that a
    common name's exact matches are never crowded out of the bounded set by prefix or typo
    matches.
    """
    if session.get_bind().dialect.name == "sqlite":
        return _sqlite(session, words, filters, cap, exact)
    return _postgres(session, words, filters, cap, exact)


def typo_words(session: Session, word: str) -> list[str]:
    """Known name words within one typo of `word`, in the case the index stores them.

    Only words with the same first letter are considered (a sorted range scan of the
    vocabulary): a citizen rarely misspells the first letter, and it keeps this bounded.
    """
    sqlite = session.get_bind().dialect.name == "sqlite"
    probe = word.lower() if sqlite else word  # FTS5 stores lower-case terms
    table, column = (FTS_VOCAB, "term") if sqlite else (WORD_TABLE, "word")
    rows = session.execute(
        text(
            f"SELECT {column} FROM {table} WHERE {column} >= :low AND {column} < :high "
            f"AND length({column}) BETWEEN :short AND :long"
        ),
        {
            "low": probe[0],
            "high": chr(ord(probe[0]) + 1),
            "short": len(word) - 1,
            "long": len(word) + 1,
        },
    ).scalars()
    found = process.extract(probe, list(rows), scorer=OSA.distance, score_cutoff=1, limit=None)
    return [term for term, _distance, _index in found if term != probe]


def _finish(
    session: Session, sql: str, params: dict, filters: SearchFilters, cap: int
) -> list[tuple[int, str]]:
    where, filter_params = filters.sql("s")
    if where:
        sql += f" AND {where}"
    params = {**params, **filter_params, "cap": cap}
    return [(row[0], row[1]) for row in session.execute(text(sql + " LIMIT :cap"), params)]


def _sqlite(
    session: Session, words: tuple[str, ...], filters: SearchFilters, cap: int, exact: bool
) -> list[tuple[int, str]]:
    groups = []
    for word in words:
        options = [f'"{word.lower()}"' if exact else f'"{word.lower()}"*']
        if not exact and len(word) >= MIN_TYPO_LENGTH:
            options.extend(f'"{term}"' for term in typo_words(session, word))
        groups.append("(" + " OR ".join(options) + ")")
    sql = (
        f"SELECT s.id, s.name_key FROM student s WHERE s.id IN "
        f"(SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match)"
    )
    return _finish(session, sql, {"match": " AND ".join(groups)}, filters, cap)


def _postgres(
    session: Session, words: tuple[str, ...], filters: SearchFilters, cap: int, exact: bool
) -> list[tuple[int, str]]:
    clauses, params = [], {}
    for index, word in enumerate(words):
        if exact:  # whole word; pg_trgm indexes regular expressions too
            params[f"re{index}"] = f"(^| ){word}( |$)"
            clauses.append(f"s.name_key ~ :re{index}")
            continue
        options = [word]
        if len(word) >= MIN_TYPO_LENGTH:
            options.extend(typo_words(session, word))
        likes = []
        for option_index, option in enumerate(options):
            name = f"like{index}_{option_index}"
            params[name] = f"%{option}%"
            likes.append(f"s.name_key LIKE :{name}")
        clauses.append("(" + " OR ".join(likes) + ")")
    sql = f"SELECT s.id, s.name_key FROM student s WHERE {' AND '.join(clauses)}"
    return _finish(session, sql, params, filters, cap)
