"""Small rules of written Spanish that every message follows: agreement of a count with its
noun ("1 resultado", "2 resultados") and lists joined with "y"."""

from __future__ import annotations

from collections.abc import Sequence


def count_phrase(count: int, singular: str, plural: str) -> str:
    """'1 resultado', '0 resultados', '1,234 resultados' (thousands as Peru writes them)."""
    return f"{count:,} {singular if count == 1 else plural}"


def join_es(items: Sequence[str]) -> str:
    """'a', 'a y b', 'a, b y c' (no comma before "y", as Spanish writes it)."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " y " + items[-1]
