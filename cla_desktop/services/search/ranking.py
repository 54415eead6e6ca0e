"""Ranked search results as plain ids and scores (cheap to hold for a whole result list)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RankedId:
    student_id: int
    score: float
