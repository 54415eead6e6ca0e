"""Name normalisation for display and for search.

Citizens spell names however they heard them: "huaman" must find HUAMÁN, "nunez" NÚÑEZ and
"cruz" DE LA CRUZ.  Search therefore works on folded tokens (no accents, Ñ -> N, upper case)
with the particles removed; display keeps the recorded accents.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Surname particles that carry no identity on their own ("DE LA CRUZ" is found by "cruz").
PARTICLES = frozenset({"DE", "DEL", "LA", "LAS", "LOS", "Y", "VDA", "VIUDA"})
_NON_WORD = re.compile(r"[^A-Z0-9]+")
_SPACES = re.compile(r"\s+")


def clean_display(text: str) -> str:
    """The form stored for display: NFC, upper case, single spaces, accents kept."""
    normalized = unicodedata.normalize("NFC", text).upper()
    return _SPACES.sub(" ", normalized).strip()


def fold(text: str) -> str:
    """Accent-, case- and punctuation-free form: "  Núñez-del Águila " -> "NUNEZ DEL AGUILA".

    Plain ASCII (most cells of an import: codes, years, most names) skips the Unicode work,
    which is the same as doing it; names with accents repeat (QUISPE, NÚÑEZ), hence the cache."""
    if text.isascii():
        return _NON_WORD.sub(" ", text.upper()).strip()
    return _fold_unicode(text)


@lru_cache(maxsize=16384)
def _fold_unicode(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    upper = stripped.upper()
    return _NON_WORD.sub(" ", upper.encode("ascii", "ignore").decode("ascii")).strip()


# A name is written in the Latin alphabet (Ñ, accents and Ü included) and may hold spaces and
# the marks of compound names (D'ANGELO, K'ANA, MARÍA-JOSÉ, STA. ROSA), starting with a letter.
# A digit, a formula sign, another alphabet (Greek Α looks like A and is never found by a
# search for ANA) or full-width letters mean a shifted column or a typing slip.
_LATIN = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž"
_NAME_MARKS = " '’.-"
_SOUND_NAME = re.compile(f"[{_LATIN}][{_LATIN} '’.\\-]*")


def name_problem(text: str) -> str | None:
    """Why a cleaned name cannot be a person's name (a Spanish sentence), or None."""
    if _SOUND_NAME.fullmatch(text):  # the common case, in one step
        return None
    if not any(ch.isalpha() for ch in text):
        return "No contiene letras."
    if any(ch.isdigit() for ch in text):
        return "Un nombre no lleva números: revise si la columna se corrió o si es otro dato."
    foreign = sorted({ch for ch in text if ch.isalpha() and not _SOUND_NAME.fullmatch(ch)})
    if foreign:
        shown = " ".join(f"«{ch}»" for ch in foreign[:5])
        return (
            f"Tiene letras que no son del alfabeto latino ({shown}), que parecen iguales pero no "
            "se encuentran al buscar: escríbalo de nuevo con el teclado."
        )
    odd = sorted({ch for ch in text if not ch.isalpha() and ch not in _NAME_MARKS})
    if odd:
        shown = " ".join(f"«{ch}»" for ch in odd[:5])
        return f"Tiene signos que no van en un nombre ({shown}): corríjalo en el archivo."
    return f"Empieza con «{text[0]}»: un nombre empieza con una letra; corríjalo en el archivo."


# Particles as a clerk may type them joined to the name ("delacruz", "delaguila", "larosa"),
# longest first.
_JOINED_PARTICLES = ("DELOS", "DELAS", "DELA", "DEL", "LOS", "LAS", "DE", "LA")
MIN_JOINED_REST = 4


@lru_cache(maxsize=1 << 14)
def joined_particle_rests(word: str) -> tuple[str, ...]:
    """What may follow a particle typed joined to the name: DELAGUILA -> (GUILA, AGUILA,
    LAGUILA); the vocabulary tells which is a name."""
    return tuple(
        word[len(particle) :]
        for particle in _JOINED_PARTICLES
        if word.startswith(particle) and len(word) - len(particle) >= MIN_JOINED_REST
    )


def tokens(text: str) -> list[str]:
    """Folded words without particles, in their original order."""
    return [word for word in fold(text).split() if word not in PARTICLES]


def search_key(apellido_paterno: str, apellido_materno: str, nombres: str) -> str:
    """One folded string of all significant name tokens, for indexes and fuzzy ranking."""
    return " ".join(tokens(f"{apellido_paterno} {apellido_materno} {nombres}"))


def full_name(apellido_paterno: str, apellido_materno: str, nombres: str) -> str:
    """Counter display order: APELLIDOS, NOMBRES."""
    surnames = " ".join(part for part in (apellido_paterno, apellido_materno) if part)
    return f"{surnames}, {nombres}" if nombres else surnames


def statement_name(apellido_paterno: str, apellido_materno: str, nombres: str) -> str:
    """The CLA's order: given names first, then both surnames."""
    return " ".join(part for part in (nombres, apellido_paterno, apellido_materno) if part)
