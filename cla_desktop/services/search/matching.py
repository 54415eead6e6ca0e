"""Decides whether a folded name matches the typed words, and how well (the same on every
backend: the database indexes only propose candidates, this module judges them).

Rules: every typed word must match a different word of the name, in any order — exactly, with
the same sound (spelling_variants.toml: KISPE for QUISPE), as a prefix of two letters or more
(or of three sounds: KISP for QUISPE), or with typing slips (domain/search_query.allowed_edits:
one from four letters, two from eight; a swap of neighbours is one slip; a three-letter word
may lack one letter of a four-letter one).  A slip in the first
letter (ANVARRO, BAVARRO) is allowed but ranked below the others.

Ranking: exact > same sound > prefix > slip > first-letter slip, then how much of the name was
typed, then whether the words came in the name's order.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from rapidfuzz.distance import OSA

from cla_desktop.domain.names import joined_particle_rests
from cla_desktop.domain.phonetic import sound_of, sounds_of
from cla_desktop.domain.search_query import (
    MIN_PREFIX,
    MIN_SOUND_PREFIX,
    allowed_edits_between,
)


class MatchKind(StrEnum):
    """How the least exact typed word matched; `looseness` orders them (exact first)."""

    EXACT = "EXACT"
    SOUND = "SOUND"  # same sound, another spelling
    PREFIX = "PREFIX"  # the start of a word (as written or as heard)
    SLIP = "SLIP"  # typing slips
    PARTIAL = "PARTIAL"  # one typed word matches nothing: set by the service, never by match()

    @property
    def looseness(self) -> int:
        return _LOOSENESS[self]


_LOOSENESS = {kind: rank for rank, kind in enumerate(MatchKind)}
_KINDS = tuple(MatchKind)


EXACT, SOUND, PREFIX, SOUND_PREFIX, SLIP, SOUND_SLIP, TWO_SLIPS, FIRST_LETTER = (
    1.0,
    0.9,
    0.7,
    0.65,
    0.6,
    0.55,
    0.5,
    0.45,
)


@dataclass(frozen=True)
class Match:
    score: float  # 0-100, higher is better
    kind: MatchKind
    quality: float  # how exactly the typed words were found (score without coverage/order)


def word_match(typed: str, word: str) -> tuple[float, MatchKind] | None:
    """How well one typed word matches one word of the name (None = not at all)."""
    if typed == word:
        return EXACT, MatchKind.EXACT
    typed_sound, sound = sound_of(typed), sound_of(word)
    if typed_sound == sound or _second_reading(typed, word) or _particle_joined(typed, word):
        return SOUND, MatchKind.SOUND
    if len(typed) >= MIN_PREFIX and word.startswith(typed):
        return PREFIX + 0.15 * len(typed) / len(word), MatchKind.PREFIX
    if len(typed_sound) >= MIN_SOUND_PREFIX and sound.startswith(typed_sound):
        return SOUND_PREFIX, MatchKind.PREFIX
    edits = allowed_edits_between(len(typed), len(word))
    if edits:
        distance = OSA.distance(typed, word, score_cutoff=edits)
        if distance <= edits:
            if typed[0] != word[0]:
                return (FIRST_LETTER, MatchKind.SLIP) if distance == 1 else None
            return (SLIP if distance == 1 else TWO_SLIPS), MatchKind.SLIP
        # Respelled and mistyped at once: the sounds are a slip apart ("kisep", "wilca").
        if OSA.distance(typed_sound, sound, score_cutoff=edits) <= edits:
            first_same = typed_sound[0] == sound[0]
            return (SOUND_SLIP if first_same else FIRST_LETTER), MatchKind.SLIP
    return None


def _second_reading(typed: str, word: str) -> bool:
    """JHONATAN / YONATAN: only words with a second reading need the slower comparison."""
    typed_keys, keys = sounds_of(typed), sounds_of(word)
    return (len(typed_keys) > 1 or len(keys) > 1) and not set(typed_keys).isdisjoint(keys)


def _particle_joined(typed: str, word: str) -> bool:
    """DELACRUZ typed for CRUZ (the key keeps no particles), AGUILA for DELAGUILA."""
    if typed[:2] in _PARTICLE_STARTS and word in joined_particle_rests(typed):
        return True
    return word[:2] in _PARTICLE_STARTS and typed in joined_particle_rests(word)


_PARTICLE_STARTS = frozenset({"DE", "LA", "LO"})


@lru_cache(maxsize=256)
def _claim_order(typed_words: tuple[str, ...]) -> tuple[int, ...]:
    """Longest typed words first: they are the most specific, so they claim their word first
    (the same for every candidate of a search: computed once)."""
    return tuple(sorted(range(len(typed_words)), key=lambda i: len(typed_words[i]), reverse=True))


def match(typed_words: tuple[str, ...], name_key: str) -> Match | None:
    """The best way every typed word finds a different word of the name, or None."""
    words = name_key.split()
    if not typed_words or not words:
        return None
    free = list(range(len(words)))
    total = 0.0
    loosest = 0
    positions = [0] * len(typed_words)
    for typed_index in _claim_order(typed_words):
        typed = typed_words[typed_index]
        best, best_kind, best_index = 0.0, MatchKind.EXACT, -1
        for index in free:  # an exact word wins outright: no need to look further
            if words[index] == typed:
                best, best_index = EXACT, index
                break
        else:
            for index in free:
                found = word_match(typed, words[index])
                if found is not None and found[0] > best:
                    (best, best_kind), best_index = found, index
            if best_index < 0:
                return None
            loosest = max(loosest, _LOOSENESS[best_kind])
        free.remove(best_index)
        positions[typed_index] = best_index
        total += best
    quality = total / len(typed_words)  # how exactly the typed words were found
    coverage = (len(words) - len(free)) / len(words)  # how much of the name was typed
    in_order = all(a < b for a, b in itertools.pairwise(positions))
    score = 100 * (0.85 * quality + 0.10 * coverage + (0.05 if in_order else 0.0))
    return Match(round(score, 2), _KINDS[loosest], round(quality, 4))


def match_score(typed_words: tuple[str, ...], name_key: str) -> float | None:
    """0-100, higher is better; None when some typed word matches no word of the name."""
    found = match(typed_words, name_key)
    return None if found is None else found.score
