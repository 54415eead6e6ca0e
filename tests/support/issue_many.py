"""Issues constancias in a loop, for the concurrency test: python -m tests.support.issue_many
URL COUNT STUDENT_ID[,STUDENT_ID...]  (each in its own transaction, as counters do)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from sqlmodel import Session

from cla_desktop.domain.constancia import RequesterType
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.constancias.issuance import issue_constancia
from cla_desktop.store.database import make_engine


def main() -> None:
    url, count, students = sys.argv[1], int(sys.argv[2]), [int(s) for s in sys.argv[3].split(",")]
    engine = make_engine(url)
    actor = Actor("concurrencia", Role.OPERADOR, workstation="ventanilla-prueba")
    for index in range(count):
        with Session(engine) as session:
            issue_constancia(
                session,
                actor,
                student_id=students[index % len(students)],
                nivel=Nivel.SECUNDARIA,
                requester_type=RequesterType.TITULAR,
                motivo="Prueba de concurrencia",
                now=datetime(2026, 11, 28, 15, 0, tzinfo=UTC),
            )
            session.commit()
    engine.dispose()


if __name__ == "__main__":
    main()
