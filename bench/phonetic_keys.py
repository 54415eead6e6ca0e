"""Which phonetic key for Peruvian names: the app's table against published algorithms
(issue #16), measured on a real long-tail vocabulary rather than assumed.

For each key function, over the name words of a bench database (bench/search.py --keep) with
their student counts:
- recall: of every single respelling a clerk may write (bench/respellings.py) of the 2,000
  most frequent words, the share whose key equals the registered word's key;
- issue: of the issue's 19 examples (kispe → QUISPE ... viyanueva → VILLANUEVA), how many;
- crowding: for a word drawn by frequency, how many students carry a *different* word with
  the same key, per student carrying the word itself (what a same-sound match adds to a list);
- apart: of the table's [distinct] pairs (ROSA/ROJAS, CALLA/CALA ...), how many stay apart.

Compared: the app's table; the same plus the Quechua vowel merge (E→I, O→U); and, through
another interpreter that has `abydos` installed (not an app dependency), Spanish Metaphone
(Mosquera et al. 2012), Phonetic Spanish (Amón & Moreno) and Double Metaphone (Philips 2000).

    python3 -m venv /tmp/abyvenv && /tmp/abyvenv/bin/pip install abydos
    .venv/bin/python bench/phonetic_keys.py --database /tmp/benchkeep/search-1000000.sqlite3 \
        --abydos-python /tmp/abyvenv/bin/python
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.respellings import all_respellings
from cla_desktop.domain.names import fold
from cla_desktop.domain.phonetic import distinct_pairs, sound_of

ISSUE = [
    ("KISPE", "QUISPE"),
    ("WAMAN", "HUAMAN"),
    ("GUAMAN", "HUAMAN"),
    ("CHOKE", "CHOQUE"),
    ("YUPANKI", "YUPANQUI"),
    ("KONDORI", "CONDORI"),
    ("CORI", "CCORI"),
    ("BILCA", "VILCA"),
    ("BASQUEZ", "VASQUEZ"),
    ("DIAS", "DIAZ"),
    ("CRUS", "CRUZ"),
    ("RUIS", "RUIZ"),
    ("LLESENIA", "YESENIA"),
    ("BICTOR", "VICTOR"),
    ("JIMENA", "XIMENA"),
    ("JON", "JHON"),
    ("ERRERA", "HERRERA"),
    ("HELIAS", "ELIAS"),
    ("VIYANUEVA", "VILLANUEVA"),
]

ABYDOS = """
import json, sys
from abydos.phonetic import DoubleMetaphone, PhoneticSpanish, SpanishMetaphone
words = json.load(sys.stdin)
coders = {
    "Spanish Metaphone": SpanishMetaphone().encode,
    "Phonetic Spanish": PhoneticSpanish().encode,
    "Double Metaphone": lambda w: DoubleMetaphone().encode(w)[0],
}
print(json.dumps({name: [code(w) or w for w in words] for name, code in coders.items()}))
"""


def vocabulary(database: Path) -> Counter:
    """Name words and how many students carry each (the FTS5 vocabulary of a bench file)."""
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT term, doc FROM student_fts_vocab").fetchall()
    return Counter({fold(term): count for term, count in rows})


def with_vowels_merged(word: str) -> str:
    return sound_of(word).replace("E", "I").replace("O", "U")


def measure(keys: dict[str, str], counts: Counter, samples: list[tuple[str, str]]) -> dict:
    recall = sum(keys[heard] == keys[word] for heard, word in samples) / len(samples)
    issue = sum(keys[heard] == keys[word] for heard, word in ISSUE)
    students_by_key: dict[str, int] = defaultdict(int)
    for word, count in counts.items():
        students_by_key[keys[word]] += count
    rng = random.Random(16)
    drawn = rng.choices(list(counts), weights=list(counts.values()), k=5000)
    crowding = sum((students_by_key[keys[w]] - counts[w]) / counts[w] for w in drawn) / len(drawn)
    apart = sum(keys[a] != keys[b] for a, b in distinct_pairs())
    return {
        "recall": round(100 * recall, 1),
        "issue": f"{issue}/{len(ISSUE)}",
        "crowding": round(crowding, 2),
        "apart": f"{apart}/{len(distinct_pairs())}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, type=Path)
    parser.add_argument("--abydos-python", help="an interpreter with abydos installed")
    args = parser.parse_args()
    counts = vocabulary(args.database)
    frequent = [word for word, _count in counts.most_common(2000)]
    samples = [(heard, word) for word in frequent for heard in all_respellings(word)]
    words = sorted(
        set(counts)
        | {h for h, _w in samples}
        | {w for pair in ISSUE for w in pair}
        | {w for pair in distinct_pairs() for w in pair}
    )
    coders = {
        "tabla CLA (spelling_variants.toml)": [sound_of(w) for w in words],
        "tabla CLA + vocales quechuas (e/i, o/u)": [with_vowels_merged(w) for w in words],
        "sin claves (solo la palabra)": list(words),
    }
    if args.abydos_python:
        done = subprocess.run(
            [args.abydos_python, "-c", ABYDOS],
            input=json.dumps(words),
            capture_output=True,
            text=True,
            check=True,
        )
        coders.update(json.loads(done.stdout))
    print(f"{len(counts)} palabras, {sum(counts.values())} apariciones, {len(samples)} respellings")
    print("| clave | recall respelled | issue examples | crowding | distinct pairs kept apart |")
    print("|---|---|---|---|---|")
    for name, codes in coders.items():
        keys = dict(zip(words, codes, strict=True))
        row = measure(keys, counts, samples)
        print(
            f"| {name} | {row['recall']} % | {row['issue']} | {row['crowding']} | {row['apart']} |"
        )


if __name__ == "__main__":
    main()
