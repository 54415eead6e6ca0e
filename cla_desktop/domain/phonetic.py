"""Sound keys for names as they are heard in Peru: QUISPE, QQUISPE and KISPE share one key.

The clerk types what the citizen says.  The equivalences are data (spelling_variants.toml, with
their sources), applied in order to a folded word; this module only compiles and applies them,
the same way for the words of the index and for the typed words.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources


@dataclass(frozen=True)
class SpellingRule:
    pattern: re.Pattern[str]
    sound: str
    why: str
    same: tuple[tuple[str, str], ...]


@cache
def _table() -> dict:
    text = resources.files(__package__).joinpath("spelling_variants.toml").read_text("utf-8")
    return tomllib.loads(text)


def _compiled(section: str) -> tuple[SpellingRule, ...]:
    return tuple(
        SpellingRule(
            re.compile(rule["match"]),
            rule["sound"],
            rule["why"],
            tuple((a, b) for a, b in rule.get("same", ())),
        )
        for rule in _table().get(section, ())
    )


@cache
def rules() -> tuple[SpellingRule, ...]:
    return _compiled("rule")


@cache
def alternates() -> tuple[SpellingRule, ...]:
    """Second readings of a spelling (Double Metaphone's "alternate" key): JHONATAN is said
    Yonatan by many, Jonatan by others; both keys find it."""
    return _compiled("alternate")


@lru_cache(maxsize=1 << 16)
def sounds_of(word: str) -> tuple[str, ...]:
    """Every sound key of a word: its own first, then those of its second readings."""
    keys = [sound_of(word)]
    for rule in alternates():
        other = rule.pattern.sub(rule.sound, word)
        if other != word:
            key = sound_of(other)
            if key not in keys:
                keys.append(key)
    return tuple(keys)


def sound_alike(one: str, other: str) -> bool:
    """Whether two folded words share a sound key (either reading)."""
    return not set(sounds_of(one)).isdisjoint(sounds_of(other))


def distinct_pairs() -> tuple[tuple[str, str], ...]:
    """Spellings of different names that must keep different keys (checked by the tests)."""
    return tuple((a, b) for a, b in _table()["distinct"]["pairs"])


@lru_cache(maxsize=1 << 16)  # typed words and the words of candidate names
def sound_of(word: str) -> str:
    """The sound key of one folded word (upper case A-Z/0-9).  Never empty: a word the rules
    would erase (a lone H) keys as itself."""
    key = word
    for rule in rules():
        key = rule.pattern.sub(rule.sound, key)
    return key or word


def sound_key(name_key: str) -> str:
    """The sound keys of a folded name's words, in the same order."""
    return " ".join(map(sound_of, name_key.split()))
