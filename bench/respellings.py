"""How a clerk writes a name heard at the counter, for the benches (issue #16).

Written from the respellings offices report (the issue's list: kispe, waman, guaman, choke,
cori, bilca, basquez, dias, llesenia, bictor, jimena, jon, errera, helias, viyanueva...), not
generated from the app's table (cla_desktop/domain/spelling_variants.toml), so that the
benches can fail it.  Standard library only: bench/phonetic_keys.py runs it beside other
phonetic libraries.
"""

from __future__ import annotations

import random
import re

# How a clerk writes a name heard at the counter: written here from the respellings offices
# report (issue #16), not generated from the app's own table, so the bench can fail it.
RESPELLINGS = [
    (r"QU(?=[EI])", ("K",)),
    (r"CC(?=[AOU])", ("C", "K")),  # before E/I, CC is /ks/ (acción): not a respelling
    (r"C(?=[AOU])", ("K",)),
    (r"C(?=[EI])", ("S",)),
    (r"(?<![CS])HU(?=[AEIO])", ("W",)),  # not the H of CH or SH
    (r"(?<![CS])HU(?=A)", ("GU",)),  # GUE/GUI read /ge/ /gi/: nobody writes them for HUE/HUI
    (r"GU(?=A)", ("HU", "W")),
    (r"LL", ("Y",)),
    (r"^Y(?=[AEIOU])", ("LL",)),
    (r"V", ("B",)),
    (r"B", ("V",)),
    (r"Z", ("S",)),
    (r"S$", ("Z",)),
    (r"^H", ("",)),
    (r"^(?=[AEIOU])", ("H",)),
    (r"JH", ("J",)),
    (r"TH", ("T",)),
    (r"^X", ("J",)),
    (r"G(?=[EI])", ("J",)),
    (r"Y$", ("I",)),
    (r"(?<=[AEOU])I$", ("Y",)),
    (r"(?<=A)Y(?=[^AEIOU])", ("I",)),
    (r"RR", ("R",)),
    (r"SS", ("S",)),
]


def respell(word: str, rng: random.Random) -> str | None:
    """One way the word may be written as heard, or None when it has no such spelling."""
    options = all_respellings(word)
    return rng.choice(options) if options else None


def all_respellings(word: str) -> list[str]:
    """Every single respelling of the word (one site rewritten)."""
    found = []
    for pattern, replacements in RESPELLINGS:
        for match in re.finditer(pattern, word):
            for replacement in replacements:
                made = word[: match.start()] + replacement + word[match.end() :]
                if made and made != word:
                    found.append(made)
    return list(dict.fromkeys(found))
