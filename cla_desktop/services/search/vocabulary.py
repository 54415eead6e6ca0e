"""The words names are made of, held in memory by first letter and length, to find the
variants within one typo of a typed word in well under a millisecond.

Read once per database from the backend's own word list (SQLite: the FTS5 vocabulary;
PostgreSQL: the trigger-kept `name_word` table): tens of thousands of short strings, a few MB.
Reloaded when students were added since (their highest id moved) or after MAX_AGE seconds, so
a name corrected in place is found with a typo within minutes (and exactly at once).
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA
from sqlalchemy import text
from sqlmodel import Session

from cla_desktop.store.search_index import FTS_VOCAB, WORD_TABLE

MAX_AGE = 300.0


@dataclass(frozen=True)
class _Words:
    loaded_at: float
    newest_student: int
    by_start: dict[tuple[str, int], list[str]]  # (first letter, length) -> words


_lock = threading.Lock()
_cache: dict[str, _Words] = {}


def _load(session: Session, sqlite: bool, newest: int) -> _Words:
    table, column = (FTS_VOCAB, "term") if sqlite else (WORD_TABLE, "word")
    by_start: dict[tuple[str, int], list[str]] = defaultdict(list)
    for word in session.execute(text(f"SELECT {column} FROM {table}")).scalars():
        if word:
            by_start[(word[0], len(word))].append(word)
    return _Words(time.monotonic(), newest, dict(by_start))


def typo_words(session: Session, word: str) -> list[str]:
    """Known name words within one typo of `word`, in the case the index stores them.

    Only words with the same first letter are compared: a citizen rarely misspells the first
    letter, and it keeps the comparison to a few hundred words.
    """
    bind = session.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    probe = word.lower() if sqlite else word  # FTS5 stores lower-case terms
    key = bind.url.render_as_string(hide_password=True)
    newest = session.execute(text("SELECT MAX(id) FROM student")).scalar() or 0
    with _lock:
        words = _cache.get(key)
    if (
        words is None
        or words.newest_student != newest
        or (time.monotonic() - words.loaded_at > MAX_AGE)
    ):
        words = _load(session, sqlite, newest)
        with _lock:
            _cache[key] = words
    pool = [
        candidate
        for size in (len(probe) - 1, len(probe), len(probe) + 1)
        for candidate in words.by_start.get((probe[0], size), ())
    ]
    found = process.extract(probe, pool, scorer=OSA.distance, score_cutoff=1, limit=None)
    return [term for term, _distance, _index in found if term != probe]
