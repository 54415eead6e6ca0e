"""What the clerk typed in the one search box: a document, a SIAGIE code, or names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from cla_desktop.domain.identifiers import is_dni, is_siagie_code
from cla_desktop.domain.names import tokens

MIN_PREFIX = 2  # a partial word needs at least two letters
MIN_TYPO_LENGTH = 5  # one typo is tolerated in words of five letters or more


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
