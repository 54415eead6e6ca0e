"""The in-memory name vocabulary at DRE and national scale (issue #16).

The bench population (bench/population.py) draws names from fixed pools (~66,000 distinct
words whatever the number of students); real registers hold more distinct spellings. This
builds vocabularies of 100,000 to 1,000,000 distinct invented name words (the population's
syllable generator, plus the curated Peruvian names) and measures what the search pays:
memory (tracemalloc, after building), build time (what a background rebuild costs), and the
time to find a typed word's variants (sound, slips, first-letter slips, sound prefixes), p50
and p95 over 500 words typed with one slip.

    .venv/bin/python bench/vocabulary_scale.py --sizes 100000,300000,1000000
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.population import _invented
from bench.search import typo
from cla_desktop.domain.names import fold
from cla_desktop.services.demo.population import NamePools
from cla_desktop.services.search.vocabulary import Vocabulary


def words_of(size: int, seed: int = 16) -> set[str]:
    rng = random.Random(seed)
    pools = NamePools()
    words = {
        w
        for name in pools.apellidos + pools.nombres["M"] + pools.nombres["F"]
        for w in fold(name).split()
    }
    while len(words) < size:
        words.add(fold(_invented(rng)))
    return words


def measure(size: int) -> dict:
    gc.collect()
    tracemalloc.start()  # the words themselves count: the app holds them too
    words = words_of(size)
    vocabulary = Vocabulary.of(words)
    memory, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    start = time.perf_counter()  # timed again without tracemalloc, which slows allocation
    Vocabulary.of(words)
    build = time.perf_counter() - start
    rng = random.Random(size)
    typed = [typo(w, rng) for w in rng.sample(sorted(w for w in words if len(w) >= 4), 500)]
    times = []
    for word in typed:
        start = time.perf_counter()
        vocabulary.variants(word)
        times.append((time.perf_counter() - start) * 1000)
    cuts = statistics.quantiles(times, n=20)
    return {
        "words": len(words),
        "mb": round(memory / 2**20, 1),
        "bytes_per_word": round(memory / len(words)),
        "build_s": round(build, 2),
        "variants_p50_ms": round(statistics.median(times), 2),
        "variants_p95_ms": round(cuts[18], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,300000,1000000")
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        print(measure(size), flush=True)


if __name__ == "__main__":
    main()
