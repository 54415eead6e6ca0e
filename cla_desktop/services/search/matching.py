"""Decides whether a folded name matches the typed words, and how well (the same on every
backend: the database indexes only propose candidates, this module judges them).

Rules: every typed word must match a different word of the name, in any order — exactly, as a
prefix of two letters or more, or with one typo (an insertion, deletion, substitution or
swap of neighbours) when the typed word has five letters or more.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from cla_desktop.domain.search_query import MIN_PREFIX, MIN_TYPO_LENGTH

EXACT, PREFIX, TYPO = 1.0, 0.7, 0.6


def word_score(typed: str, word: str) -> float:
    """How well one typed word matches one word of the name (0 = not at all)."""
    if typed == word:
        return EXACT
    if len(typed) >= MIN_PREFIX and word.startswith(typed):
        return PREFIX + 0.15 * len(typed) / len(word)
    if len(typed) >= MIN_TYPO_LENGTH and OSA.distance(typed, word, score_cutoff=1) <= 1:
        return TYPO
    return 0.0


def match_score(typed_words: tuple[str, ...], name_key: str) -> float | None:
    """0-100, higher is better; None when some typed word matches no word of the name."""
    words = name_key.split()
    if not typed_words or not words:
        return None
    free = list(range(len(words)))
    total = 0.0
    positions: dict[int, int] = {}
    # Longest typed words first: they are the most specific, so they claim their word first.
    order = sorted(range(len(typed_words)), key=lambda i: len(typed_words[i]), reverse=True)
    for typed_index in order:
        typed = typed_words[typed_index]
        best, best_index = 0.0, -1
        for index in free:  # an exact word wins outright: no need to look further
            if words[index] == typed:
                best, best_index = EXACT, index
                break
        else:
            for index in free:
                score = word_score(typed, words[index])
                if score > best:
                    best, best_index = score, index
        if best_index < 0:
            return None
        free.remove(best_index)
        positions[typed_index] = best_index
        total += best
    quality = total / len(typed_words)  # how exactly the typed words were found
    coverage = (len(words) - len(free)) / len(words)  # how much of the name was typed
    sequence = [positions[i] for i in range(len(typed_words))]
    in_order = sequence == sorted(sequence)
    return round(100 * (0.85 * quality + 0.10 * coverage + (0.05 if in_order else 0.0)), 2)
