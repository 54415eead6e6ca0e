"""What the counter's views call: each call opens its own short session on the engine, so it
can run on a worker thread, and acts as the signed-in user."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine, select
from sqlmodel import Session

from cla_desktop.domain.trajectory import Trajectory
from cla_desktop.services.actor import Actor
from cla_desktop.services.search.filters import SearchFilters
from cla_desktop.services.search.hits import StudentHit, load_hits
from cla_desktop.services.search.ranking import RankedId
from cla_desktop.services.search.service import SearchOutcome, search_students
from cla_desktop.services.trajectory import load_trajectory
from cla_desktop.store.models import Office


class Workbench:
    """The open database and the acting user, for the views."""

    def __init__(self, engine: Engine, actor: Actor) -> None:
        self.engine = engine
        self.actor = actor

    def search(self, query: str, filters: SearchFilters | None = None) -> SearchOutcome:
        with Session(self.engine) as session:
            return search_students(session, self.actor, query, filters)

    def load_hits(self, ranked: Sequence[RankedId]) -> list[StudentHit]:
        with Session(self.engine) as session:
            return load_hits(session, tuple(ranked))

    def trajectory(self, student_id: int) -> Trajectory:
        with Session(self.engine) as session:
            return load_trajectory(session, self.actor, student_id)

    def ugels(self) -> list[tuple[str, str]]:
        """(code, name) of every UGEL, for filters."""
        with Session(self.engine) as session:
            rows = session.execute(
                select(Office.code, Office.name).where(Office.kind == "UGEL").order_by(Office.name)
            )
            return [(code, name) for code, name in rows]
