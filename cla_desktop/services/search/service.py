"""The search use case: one query string in, ranked students out, details loaded by page.

`search_students` returns only ranked ids (bounded by CANDIDATE_CAP), so a view can page through
them lazily with `load_hits`; `search` does both for the command line.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.domain.search_query import ParsedQuery, QueryKind, parse_query
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.services.audit.writer import AuditWriter
from cla_desktop.services.search.candidates import name_candidates
from cla_desktop.services.search.filters import SearchFilters
from cla_desktop.services.search.hits import StudentHit, load_hits
from cla_desktop.services.search.matching import MatchKind, match
from cla_desktop.services.search.ranking import RankedId

CANDIDATE_CAP = 1000
# With a page of whole-word matches, prefixes and the words that sound alike or are a slip away
# (which rank below whole words) are not looked for: the clerk typed whole words, this keeps
# common names fast and the list short.
ENOUGH_EXACT = 20
# A partial list is looked for when a name of up to this many words finds nobody (one pass per
# word left out): a person's name has fewer; a longer text is not a name to recover.
MAX_PARTIAL_WORDS = 6


@dataclass(frozen=True)
class SearchOutcome:
    query: ParsedQuery
    ranked: tuple[RankedId, ...]
    truncated: bool  # more candidates existed than CANDIDATE_CAP

    def __len__(self) -> int:
        return len(self.ranked)

    @property
    def partial(self) -> bool:
        """No name has every typed word: these have all but one (see `_partial`)."""
        return bool(self.ranked) and self.ranked[0].kind is MatchKind.PARTIAL


def search_students(
    session: Session,
    actor: Actor,
    query: str,
    filters: SearchFilters | None = None,
    *,
    writer: AuditWriter | None = None,
) -> SearchOutcome:
    """Rank the students that match; the search is audited in the session's transaction, or
    by `writer` off the caller's path (the window's searches)."""
    actor.require(Role.OPERADOR)
    filters = filters or SearchFilters()
    parsed = parse_query(query)
    if parsed.kind is QueryKind.EMPTY:
        return SearchOutcome(parsed, (), False)
    outcome = _search(session, parsed, filters)
    detail = {"resultados": len(outcome), **filters.describe()}
    if writer is not None:
        writer.submit(actor, AuditAction.SEARCH, query.strip(), detail)
    else:
        record(session, actor, AuditAction.SEARCH, subject=query.strip(), detail=detail)
    return outcome


def _search(session: Session, parsed: ParsedQuery, filters: SearchFilters) -> SearchOutcome:
    if parsed.kind is not QueryKind.NAME:
        return SearchOutcome(parsed, _exact(session, parsed, filters), False)
    words = parsed.usable_words
    found: dict[int, RankedId] = {}
    truncated = False
    for exact in (True, False):
        rows = name_candidates(session, words, filters, CANDIDATE_CAP, exact=exact)
        for student_id, name_key in rows:
            if student_id not in found:
                judged = match(words, name_key)
                if judged is not None:
                    found[student_id] = RankedId(student_id, judged.score, judged.kind)
        truncated = truncated or len(rows) >= CANDIDATE_CAP  # the clerk should narrow it
        if truncated or (exact and len(found) >= ENOUGH_EXACT):
            break
    if not found and 2 <= len(words) <= MAX_PARTIAL_WORDS:
        found, truncated = _partial(session, words, filters)
    ranked = sorted(found.values(), key=lambda item: item.sort_key)
    return SearchOutcome(parsed, tuple(ranked), truncated)


def _partial(
    session: Session, words: tuple[str, ...], filters: SearchFilters
) -> tuple[dict[int, RankedId], bool]:
    """No name has every typed word: the names that have all but one ("coincidencia parcial"),
    each with the word it lacks; a name scores as the rest of the words would, scaled by how
    many were found, so it always ranks below a full match."""
    found: dict[int, RankedId] = {}
    truncated = False
    for left_out, unmatched in enumerate(words):
        rest = words[:left_out] + words[left_out + 1 :]
        rows = name_candidates(session, rest, filters, CANDIDATE_CAP, exact=False)
        truncated = truncated or len(rows) >= CANDIDATE_CAP
        for student_id, name_key in rows:
            judged = match(rest, name_key)
            if judged is None:
                continue
            score = round(judged.score * len(rest) / len(words), 2)
            known = found.get(student_id)
            if known is None or score > known.score:
                found[student_id] = RankedId(student_id, score, MatchKind.PARTIAL, unmatched)
    return found, truncated


def _exact(session: Session, parsed: ParsedQuery, filters: SearchFilters) -> tuple[RankedId, ...]:
    column = "codigo_estudiante" if parsed.kind is QueryKind.SIAGIE_CODE else "document_number"
    where, params = filters.sql("s")
    values = parsed.lookup_values
    marks = ", ".join(f":value{index}" for index in range(len(values)))
    sql = f"SELECT s.id FROM student s WHERE s.{column} IN ({marks})" + (
        f" AND {where}" if where else ""
    )
    params.update({f"value{index}": value for index, value in enumerate(values)})
    ids = session.execute(text(sql + " ORDER BY s.id"), params).scalars().all()
    return tuple(RankedId(student_id, 100.0) for student_id in ids)


def search(
    session: Session,
    actor: Actor,
    query: str,
    filters: SearchFilters | None = None,
    *,
    limit: int = 20,
    offset: int = 0,
) -> list[StudentHit]:
    outcome = search_students(session, actor, query, filters)
    return load_hits(session, outcome.ranked[offset : offset + limit])
