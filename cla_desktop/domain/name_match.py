"""Whether a name written on an acta can be the student registered under its code.

A code typed wrong usually lands on a real student — often a brother or sister, who shares
both surnames.  So the written name must carry the registered apellido paterno and at least
one of the registered given names, and may differ from the registered name by one word at most,
left out or added (a second given name, a second surname) — not replaced: QUISPE CCORI for
QUISPE MAMANI is another family; a word matches another with a typing slip (one letter in a
short word, two in a long one).
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from cla_desktop.domain.names import tokens

SPARE_WORDS = 1  # words one side may have that the other lacks, both sides counted


@dataclass(frozen=True)
class RegisteredName:
    apellido_paterno: str
    apellido_materno: str
    nombres: str


def _close(a: str, b: str) -> bool:
    allowed = 1 if min(len(a), len(b)) <= 5 else 2
    return Levenshtein.distance(a, b, score_cutoff=allowed) <= allowed


def _matched(words: list[str], others: list[str]) -> list[bool]:
    """For each word, whether some other word is it (or it with a typing slip); each other
    word is used once."""
    free = list(others)
    found = []
    for word in words:
        hit = next((i for i, other in enumerate(free) if _close(word, other)), None)
        if hit is not None:
            free.pop(hit)
        found.append(hit is not None)
    return found


def can_be(written: str, registered: RegisteredName) -> bool:
    """True when the written name can be the registered person's (see the module's rule)."""
    said = tokens(written)
    paterno = tokens(registered.apellido_paterno)
    nombres = tokens(registered.nombres)
    whole = paterno + tokens(registered.apellido_materno) + nombres
    if not said or not whole:
        return not said and not whole
    if paterno and not all(_matched(paterno, said)):
        return False
    if nombres and not any(_matched(nombres, said)):
        return False
    spare_written = _matched(said, whole).count(False)
    spare_registered = _matched(whole, said).count(False)
    return spare_written + spare_registered <= SPARE_WORDS
