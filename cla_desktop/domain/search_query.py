"""What the clerk typed in the one search box: a document, a SIAGIE code, or names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from cla_desktop.domain.identifiers import is_dni, is_siagie_code
from cla_desktop.domain.names import tokens

MIN_PREFIX = 2  # a partial word needs at least two letters
MIN_SOUND_PREFIX = 3  # a respelled partial word ("kisp") needs a sound of three letters
# Typing slips tolerated, by word length (Elasticsearch's `fuzziness: AUTO:4,8`): none in words
# of up to three letters (too many short names are one slip apart), one from four letters, two
# from eight.  An insertion, deletion, substitution or swap of neighbours is one slip.
ONE_SLIP_FROM, TWO_SLIPS_FROM = 4, 8


def allowed_edits(length: int) -> int:
    if length >= TWO_SLIPS_FROM:
        return 2
    return 1 if length >= ONE_SLIP_FROM else 0


def allowed_edits_between(typed: int, word: int) -> int:
    """Slips allowed between a typed word and a name word, by their lengths: as
    `allowed_edits` for the typed word, and also one letter left out of a four-letter word
    ("cui" for CUSI, "jun" for JUAN): a short word typed one letter short."""
    edits = allowed_edits(typed)
    if not edits and typed == ONE_SLIP_FROM - 1 and word == ONE_SLIP_FROM:
        return 1
    return edits


class QueryKind(StrEnum):
    EMPTY = "EMPTY"
    DNI = "DNI"
    SIAGIE_CODE = "SIAGIE_CODE"
    DOCUMENT = "DOCUMENT"  # carné de extranjería or pasaporte number
    NAME = "NAME"


@dataclass(frozen=True)
class ParsedQuery:
    kind: QueryKind
    value: str = ""  # the identifier for exact lookups
    words: tuple[str, ...] = ()  # folded name tokens (particles removed), for NAME

    @property
    def lookup_values(self) -> tuple[str, ...]:
        """The identifiers to look up: a 7-digit number is also the DNI a spreadsheet stripped
        of its leading zero (the importer stores it with the zero: 07100002)."""
        if self.kind is QueryKind.DOCUMENT and len(self.value) == 7 and self.value.isdigit():
            return (self.value, "0" + self.value)
        return (self.value,)

    @property
    def usable_words(self) -> tuple[str, ...]:
        """Words long enough to search by (single letters match too much to mean anything)."""
        return tuple(w for w in self.words if len(w) >= MIN_PREFIX)


_DOCUMENT = re.compile(r"[A-Z]{0,2}[0-9]{6,12}")


def parse_query(text: str) -> ParsedQuery:
    compact = re.sub(r"[\s.\-]", "", text).upper()
    if not compact:
        return ParsedQuery(QueryKind.EMPTY)
    if is_dni(compact):
        return ParsedQuery(QueryKind.DNI, compact)
    if is_siagie_code(compact):
        return ParsedQuery(QueryKind.SIAGIE_CODE, compact)
    if compact.isascii() and _DOCUMENT.fullmatch(compact):
        return ParsedQuery(QueryKind.DOCUMENT, compact)
    words = tuple(tokens(text))
    if not any(len(w) >= MIN_PREFIX for w in words):
        return ParsedQuery(QueryKind.EMPTY, words=words)
    return ParsedQuery(QueryKind.NAME, words=words)
