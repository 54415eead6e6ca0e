"""Ranked search results as plain ids and scores (cheap to hold for a whole result list)."""

from __future__ import annotations

from dataclasses import dataclass

from cla_desktop.services.search.matching import MatchKind


@dataclass(frozen=True)
class RankedId:
    student_id: int
    score: float
    kind: MatchKind = MatchKind.EXACT
    unmatched: str | None = None  # PARTIAL: the typed word no word of the name matches

    @property
    def sort_key(self) -> tuple[int, float, int]:
        """Exact before same sound before prefix before slips before partial; then score."""
        return (self.kind.looseness, -self.score, self.student_id)
