"""The "posible duplicado" hint: other records that look like the same person.

Names are compared as written and as heard (domain/phonetic.py): HUAMÁN / GUAMÁN and QUISPE /
QQUISPE born the same day are the duplicates offices actually find.
"""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz, process
from sqlalchemy import Date, bindparam, text
from sqlmodel import Session

from cla_desktop.domain.phonetic import sound_key

DUPLICATE_SIMILARITY = 90  # rapidfuzz token_sort_ratio over folded name keys
# Names are keyed by sound only when, in the registered order (paterno, materno, nombres),
# their spelling is already this close (rapidfuzz ratio): respellings change a letter or two
# per word (QQUISPE, GUAMAN, CHOKE CORI), and keying every name born that day would cost more
# than the rest of the search.
SPELLING_FLOOR = 75

_SAME_KEY = "SELECT id, name_key, fecha_nacimiento, document_number, sexo FROM student"
# Birth dates compared as ISO text: no per-row date conversion on the hot path.
_BY_KEYS = text(f"{_SAME_KEY} WHERE name_key IN :keys").bindparams(
    bindparam("keys", expanding=True)
)
# Two index-only scans joined, rather than an OR that would need the table rows.
_BY_KEYS_OR_BIRTHS = text(
    f"{_SAME_KEY} WHERE name_key IN :keys UNION {_SAME_KEY} WHERE fecha_nacimiento IN :births"
).bindparams(bindparam("keys", expanding=True), bindparam("births", expanding=True, type_=Date))


def find_duplicates(session: Session, students: list) -> dict[int, tuple[int, ...]]:
    """Same birth date and very similar names (as written or as heard), or the same names
    where one of the two records has no document; never two records of different sex (twins).
    `students` are rows with id, name_key, fecha_nacimiento (a date), document_number and sexo.
    """
    if not students:
        return {}
    births = sorted({s.fecha_nacimiento for s in students if s.fecha_nacimiento})
    keys = sorted({s.name_key for s in students})
    if births:
        others = session.execute(_BY_KEYS_OR_BIRTHS, {"keys": keys, "births": births}).all()
    else:
        others = session.execute(_BY_KEYS, {"keys": keys}).all()
    # Group the other records once: (ids, names) per birth date, documents per exact name.
    birth_ids: dict[str, list[int]] = defaultdict(list)
    birth_names: dict[str, list[str]] = defaultdict(list)
    sexes: dict[int, str | None] = {}
    by_key: dict[str, list[tuple[int, str | None]]] = defaultdict(list)
    for other_id, name_key, born, document, sexo in others:
        sexes[other_id] = sexo
        if born is not None:
            day = born if type(born) is str else born.isoformat()
            birth_ids[day].append(other_id)
            birth_names[day].append(name_key)
        by_key[name_key].append((other_id, document))
    found: dict[int, tuple[int, ...]] = {}
    for student in students:
        matches: set[int] = set()
        if student.fecha_nacimiento is not None:
            day = student.fecha_nacimiento.isoformat()
            names = birth_names.get(day, ())
            ids = birth_ids.get(day, ())
            similar = process.extract(
                student.name_key,
                names,
                scorer=fuzz.token_sort_ratio,
                score_cutoff=DUPLICATE_SIMILARITY,
                limit=None,
            )
            matches.update(ids[index] for _name, _score, index in similar)
            close = process.extract(
                student.name_key, names, scorer=fuzz.ratio, score_cutoff=SPELLING_FLOOR, limit=None
            )
            heard = sound_key(student.name_key) if close else ""
            for name, _score, index in close:
                if fuzz.token_sort_ratio(heard, sound_key(name)) >= DUPLICATE_SIMILARITY:
                    matches.add(ids[index])
        for other_id, document in by_key.get(student.name_key, ()):
            if student.document_number is None or document is None:
                matches.add(other_id)
        matches.discard(student.id)
        mine = getattr(student, "sexo", None)
        if mine:  # twins: JUAN and JUANA, same surnames and birthday, are two people
            matches = {m for m in matches if sexes.get(m) in (None, mine)}
        if matches:
            found[student.id] = tuple(sorted(matches))
    return found
