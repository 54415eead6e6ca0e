"""The words names are made of, held in memory, to turn one typed word into the index words it
may stand for — same sound, a typing slip, a slip in the first letter — in well under a
millisecond, without touching the database.

Read once per database from the backend's own word list (SQLite: the FTS5 vocabulary;
PostgreSQL: the trigger-kept `name_word` table).  Rebuilt when students were added since
(their highest id moved) or after MAX_AGE seconds, so a name corrected in place is found
respelled or mistyped within minutes (and exactly at once); a large vocabulary is rebuilt in
the background while the old one serves.
"""

from __future__ import annotations

import bisect
import logging
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA
from sqlalchemy import Engine, text
from sqlmodel import Session

from cla_desktop.domain.names import joined_particle_rests
from cla_desktop.domain.phonetic import sound_of, sounds_of
from cla_desktop.domain.search_query import (
    MIN_SOUND_PREFIX,
    allowed_edits,
    allowed_edits_between,
)
from cla_desktop.store.database import readonly
from cla_desktop.store.search_index import FTS_VOCAB, WORD_TABLE

MAX_AGE = 300.0
# A vocabulary of fewer words is rebuilt by the search itself (a few milliseconds); a larger one
# (a DRE's: seconds) in the background.  By size, not by a measured time: the same database
# behaves the same on a busy machine.
BACKGROUND_FROM_WORDS = 50_000
logger = logging.getLogger(__name__)
MAX_SOUND_PREFIX_WORDS = 40  # a short respelled start ("kis") names at most this many words


LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # of folded words (Ñ is N)


def _keys(word: str) -> tuple[str, ...]:
    """A vocabulary word's sound keys, computed outside the cache (it is for typed words)."""
    return sounds_of.__wrapped__(word)


@dataclass
class Vocabulary:
    """Every name word (upper case), indexed by what the search asks of it.

    Kept lean, as a DRE's holds hundreds of thousands of words (bench/vocabulary_scale.py): a
    sound shared by one word maps to the word itself, not to a list; a sound equal to its word
    is the same string object; a slip in the first letter is looked up letter by letter in
    `words` rather than through a second index."""

    loaded_at: float = 0.0
    newest_student: int = -1
    words: set[str] = field(default_factory=set)
    by_start: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    by_sound: dict[str, str | list[str]] = field(default_factory=dict)
    sounds: list[str] = field(default_factory=list)  # sorted, for sound prefixes
    sounds_by_start: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    by_unjoined: dict[str, list[str]] = field(default_factory=dict)  # AGUILA -> DELAGUILA

    @classmethod
    def of(cls, words: set[str], newest_student: int = 0) -> Vocabulary:
        by_start: dict[tuple[str, int], list[str]] = defaultdict(list)
        by_sound: dict[str, str | list[str]] = {}
        by_unjoined: dict[str, list[str]] = defaultdict(list)
        for word in words:
            by_start[(word[0], len(word))].append(word)
            for rest in joined_particle_rests(word):
                by_unjoined[rest].append(word)
            for sound in _keys(word):
                if sound == word:
                    sound = word  # the same string object: no second copy
                known = by_sound.get(sound)
                if known is None:
                    by_sound[sound] = word
                elif isinstance(known, str):
                    if known != word:
                        by_sound[sound] = [known, word]
                elif word not in known:
                    known.append(word)
        sounds_by_start: dict[tuple[str, int], list[str]] = defaultdict(list)
        for sound in by_sound:
            sounds_by_start[(sound[0], len(sound))].append(sound)
        return cls(
            time.monotonic(),
            newest_student,
            words,
            dict(by_start),
            by_sound,
            sorted(by_sound),
            dict(sounds_by_start),
            dict(by_unjoined),
        )

    def _sharing(self, sound: str) -> list[str]:
        known = self.by_sound.get(sound)
        if known is None:
            return []
        return [known] if isinstance(known, str) else known

    def same_sound(self, word: str) -> list[str]:
        return [w for key in sounds_of(word) for w in self._sharing(key) if w != word]

    def sound_slips(self, word: str) -> list[str]:
        """Words whose sound is a slip away from the typed word's: respelled and mistyped at
        once ("kisep" for QUISPE, "wilca" for HUILLCA)."""
        sound = sound_of(word)
        edits = allowed_edits_between(len(word), len(word))
        if not edits:
            return []
        found: list[str] = []
        for size in range(len(sound) - edits, len(sound) + edits + 1):
            bucket = self.sounds_by_start.get((sound[0], size))
            if bucket:
                close = process.extract(
                    sound, bucket, scorer=OSA.distance, score_cutoff=edits, limit=None
                )
                for key, _distance, _index in close:
                    found.extend(self._sharing(key))
        return found

    def particle_joins(self, word: str) -> list[str]:
        """A name written with its particle joined or apart: "delacruz" for CRUZ (the index
        keeps DE LA CRUZ without its particles), "aguila" for a registered DELAGUILA."""
        found = list(self.by_unjoined.get(word, ()))
        if word not in self.words:
            for rest in joined_particle_rests(word):
                if rest in self.words:
                    found.append(rest)
                    found.extend(self.same_sound(rest))
        return found

    def sound_prefix(self, word: str) -> list[str]:
        """Words whose sound starts with the typed word's sound ("KISP" -> QUISPE, QQUISPE)."""
        sound = sound_of(word)
        if len(sound) < MIN_SOUND_PREFIX:
            return []
        found: list[str] = []
        for index in range(bisect.bisect_left(self.sounds, sound), len(self.sounds)):
            candidate = self.sounds[index]
            if not candidate.startswith(sound) or len(found) >= MAX_SOUND_PREFIX_WORDS:
                break
            found.extend(self._sharing(candidate))
        return found[:MAX_SOUND_PREFIX_WORDS]

    def typos(self, word: str) -> list[str]:
        """Words within the typing slips allowed for the word's length (same first letter)."""
        edits = allowed_edits(len(word))
        sizes = range(len(word) - edits, len(word) + edits + 1)
        if not edits:
            edits = allowed_edits_between(len(word), len(word) + 1)
            sizes = range(len(word) + 1, len(word) + 1 + edits)  # one letter left out
            if not edits:
                return []
        found = []
        for size in sizes:  # bucket by bucket: no list of every candidate is built
            bucket = self.by_start.get((word[0], size))
            if bucket:
                close = process.extract(
                    word, bucket, scorer=OSA.distance, score_cutoff=edits, limit=None
                )
                found.extend(term for term, _distance, _index in close if term != word)
        return found

    def first_letter_slips(self, word: str) -> list[str]:
        """Words one slip away where the slip touches the first letter: another first letter
        (BAVARRO), none (AVARRO), one too many (NNAVARRO) or the first two swapped (ANVARRO)."""
        if not allowed_edits(len(word)):
            return []
        words = self.words
        tail = word[1:]
        found = [c + tail for c in LETTERS if c != word[0] and c + tail in words]  # BAVARRO
        found.extend(c + word for c in LETTERS if c + word in words)  # AVARRO
        if tail in words:  # NNAVARRO
            found.append(tail)
        swapped = word[1] + word[0] + word[2:]
        if swapped != word and swapped in words:  # ANVARRO
            found.append(swapped)
        return found

    def variants(self, word: str) -> list[str]:
        """Every index word the typed (upper-case, folded) word may stand for, itself excluded."""
        close = self.same_sound(word) + self.typos(word)
        # Respelled *and* mistyped is looked for only when the word is neither a known word
        # nor the same sound or a plain slip of one: it widens the query most, and a name typed
        # right needs none ("wilca" has only a first-letter slip, VILCA: HUILLCA is looked for).
        loose = [] if close or word in self.words else self.sound_slips(word)
        seen = dict.fromkeys(
            close
            + self.first_letter_slips(word)
            + self.particle_joins(word)
            + self.sound_prefix(word)
            + loose
        )
        seen.pop(word, None)
        return list(seen)


_lock = threading.Lock()
_cache: dict[str, Vocabulary] = {}
_building: set[str] = set()  # databases whose vocabulary is being rebuilt in the background


def _read_words(session: Session, sqlite: bool) -> set[str]:
    table, column = (FTS_VOCAB, "term") if sqlite else (WORD_TABLE, "word")
    rows = session.execute(text(f"SELECT {column} FROM {table}")).scalars()
    return {word.upper() for word in rows if word}


def _build(session: Session, newest: int) -> Vocabulary:
    sqlite = session.get_bind().dialect.name == "sqlite"
    return Vocabulary.of(_read_words(session, sqlite), newest)


def _rebuild_in_background(engine: Engine, key: str, newest: int) -> None:
    """A large vocabulary (a DRE's: seconds to build) is rebuilt off the search's path, the
    old one serving meanwhile: a new student's name is found exactly at once and respelled or
    mistyped when the rebuild ends."""

    def rebuild() -> None:
        try:
            with Session(readonly(engine)) as session:  # never waits for a writer's lock
                fresh = _build(session, newest)
            with _lock:
                _cache[key] = fresh
        except Exception:  # the old vocabulary keeps serving; the next search tries again
            logger.exception("No se pudo recargar el vocabulario de nombres")
        finally:
            with _lock:
                _building.discard(key)

    with _lock:
        if key in _building:
            return
        _building.add(key)
    threading.Thread(target=rebuild, name="cla-vocabulary", daemon=True).start()


def vocabulary(session: Session) -> Vocabulary:
    """The database's vocabulary, reloaded when it may have changed (students added, or older
    than MAX_AGE): at once below BACKGROUND_FROM_WORDS words, else in the background."""
    bind = session.get_bind()
    key = bind.url.render_as_string(hide_password=True)
    newest = session.execute(text("SELECT MAX(id) FROM student")).scalar() or 0
    with _lock:
        known = _cache.get(key)
    if (
        known is not None
        and known.newest_student == newest
        and time.monotonic() - known.loaded_at <= MAX_AGE
    ):
        return known
    if known is None or len(known.words) < BACKGROUND_FROM_WORDS:
        fresh = _build(session, newest)
        with _lock:
            _cache[key] = fresh
        return fresh
    _rebuild_in_background(bind.engine, key, newest)
    return known
