"""Consulta tickets numbered atomically (issue #17): four counters taking 100 tickets each at
the same time on one database — no failure, no number given twice, no gap — on SQLite and
PostgreSQL; numbering resumes above the tickets a database already holds."""

from __future__ import annotations

import re
import threading

from sqlmodel import Session, select

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.consultas.consulta_service import NewConsulta, create_consulta
from cla_desktop.services.settings_store import set_office
from cla_desktop.store.models import Consulta, NumberSequence

WRITERS, EACH = 4, 100


def _new(session: Session, clerk: Actor) -> Consulta:
    return create_consulta(
        session, clerk, NewConsulta(category="otros", description="Consulta de un ciudadano.")
    )


def _numbers(engine) -> list[int]:
    with Session(engine) as session:
        tickets = session.exec(select(Consulta.ticket)).all()
    return sorted(int(re.search(r"-(\d{6})$", t).group(1)) for t in tickets)


def test_four_counters_at_once_never_fail_nor_repeat(engine):
    with Session(engine) as session:
        set_office(session, SYSTEM, "150104")
        session.commit()
    failures: list[BaseException] = []
    start = threading.Barrier(WRITERS)

    def counter(number: int) -> None:
        clerk = Actor(f"ventanilla{number}", Role.OPERADOR, workstation=f"v{number}")
        start.wait()
        for _ in range(EACH):
            try:
                with Session(engine) as session:
                    _new(session, clerk)
                    session.commit()
            except BaseException as error:
                failures.append(error)

    threads = [threading.Thread(target=counter, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert _numbers(engine) == list(range(1, WRITERS * EACH + 1))  # no repeat, no gap


def test_numbering_resumes_above_the_tickets_already_given(engine):
    clerk = Actor("ana", Role.OPERADOR)
    with Session(engine) as session:
        set_office(session, SYSTEM, "150104")
        first = _new(session, clerk)
        session.commit()
        prefix = first.ticket[:-6]
        # A ticket the counter did not give (a copy restored, a row written by hand) ...
        session.add(
            Consulta(
                ticket=f"{prefix}000041",
                office_code="150104",
                clerk="otro",
                category="otros",
                description="Consulta anterior.",
                created_at=first.created_at,
                updated_at=first.created_at,
            )
        )
        session.commit()
        # ... and a counter that went missing.
        session.delete(session.get(NumberSequence, f"consulta:{prefix}"))
        session.commit()
        assert _new(session, clerk).ticket == f"{prefix}000042"
        session.commit()
        assert _new(session, clerk).ticket == f"{prefix}000043"
        session.commit()
