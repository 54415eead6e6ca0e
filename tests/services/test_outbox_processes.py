"""Several sender processes on one PostgreSQL, and a sender killed with SIGKILL mid-send."""

from __future__ import annotations

import email
import os
import signal
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta

from sqlalchemy import text, update
from sqlmodel import Session, select

from cla_desktop.services.actor import SYSTEM
from cla_desktop.services.consultas.consulta_service import NewConsulta, create_consulta
from cla_desktop.services.consultas.mail_settings import MailSettings
from cla_desktop.services.consultas.outbox import enqueue_consulta, send_due
from cla_desktop.services.settings_store import set_office
from cla_desktop.store.database import make_engine
from cla_desktop.store.models import OutboxMessage
from tests.support import smtp_server


def _message_id(envelope) -> str:
    return email.message_from_bytes(envelope.original_content)["Message-ID"].strip()


def _queue(engine, count: int) -> None:
    settings = MailSettings(dige_mailbox="dige@minedu.test", office_mailbox="c@ugel03.test")
    with Session(engine) as session:
        set_office(session, SYSTEM, "150104")
        for number in range(count):
            consulta = create_consulta(
                session,
                SYSTEM,
                NewConsulta(category="otros", description=f"Consulta de prueba número {number}"),
            )
            enqueue_consulta(session, SYSTEM, consulta, settings)
        session.commit()


def _sender(url: str, port: int, worker: str, delay: float = 0.0) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.send_outbox", url, str(port), worker, str(delay)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_senders_deliver_300_exactly_once(postgres_database_url):
    engine = make_engine(postgres_database_url)
    _queue(engine, 300)
    controller, recorder = smtp_server.start()
    try:
        senders = [_sender(postgres_database_url, controller.port, f"s{n}") for n in (1, 2)]
        for sender in senders:
            _out, err = sender.communicate(timeout=300)
            assert sender.returncode == 0, err
    finally:
        controller.stop()
    ids = Counter(_message_id(envelope) for envelope in recorder.messages)
    assert len(ids) == 300 and set(ids.values()) == {1}
    with engine.connect() as connection:
        states = dict(
            connection.execute(
                text("SELECT state, COUNT(*) FROM outbox_message GROUP BY state")
            ).all()
        )
        by_worker = dict(
            connection.execute(
                text("SELECT claimed_by, COUNT(*) FROM outbox_message GROUP BY claimed_by")
            ).all()
        )
    engine.dispose()
    assert states == {"ENVIADO": 300}
    assert set(by_worker) == {"s1", "s2"}  # both really worked


def test_a_sender_killed_mid_send_loses_nothing(engine, database_url):
    _queue(engine, 1)
    controller, recorder = smtp_server.start()
    try:
        victim = _sender(database_url, controller.port, "victima", delay=30)
        assert victim.stdout.readline().strip() == "ENTREGADO"
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait(timeout=10)
        with Session(engine) as session:
            row = session.exec(select(OutboxMessage)).one()
            assert row.state == "ENVIANDO" and row.claimed_by == "victima"
            # The claim is abandoned; after the timeout another sender takes it back.
            session.execute(
                update(OutboxMessage).values(claimed_at=datetime.now(UTC) - timedelta(minutes=10))
            )
            session.commit()
        settings = MailSettings(
            host="127.0.0.1",
            port=controller.port,
            timeout=5,
            dige_mailbox="dige@minedu.test",
            office_mailbox="c@ugel03.test",
        )
        (delivery,) = send_due(engine, settings, "relevo")
        assert delivery.outcome == "ENVIADO"
    finally:
        controller.stop()
    # Delivered by the killed sender and again after the crash: the same Message-ID both times,
    # so DIGE's mailbox can tell it is one message (the documented crash-only duplicate).
    ids = {_message_id(envelope) for envelope in recorder.messages}
    assert len(recorder.messages) == 2 and len(ids) == 1
