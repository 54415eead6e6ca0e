"""`cla consulta new` and `cla outbox send|status` with a real SMTP server and the
environment-variable overrides of the stored settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from sqlmodel import Session

from cla_desktop.services.actor import SYSTEM
from cla_desktop.services.settings_store import set_office
from cla_desktop.store.database import make_engine
from tests.services.people import add_cast
from tests.support import smtp_server
from tests.support.accounts import add_account, signed_in_env


def cla(env, *args):
    return subprocess.run(
        [sys.executable, "-m", "cla_desktop.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **signed_in_env(), **env},
        timeout=120,
    )


def test_consulta_new_and_outbox_send(tmp_path):
    database = str(tmp_path / "c.sqlite3")
    assert cla({}, "--database", database, "db", "upgrade").returncode == 0
    engine = make_engine(f"sqlite:///{database}")
    with Session(engine) as session:
        set_office(session, SYSTEM, "150104")
        add_cast(session)
        session.commit()
    add_account(engine)
    engine.dispose()
    controller, recorder = smtp_server.start()
    env = {
        "CLA_SMTP_HOST": "127.0.0.1",
        "CLA_SMTP_PORT": str(controller.port),
        "CLA_SMTP_SECURITY": "none",
        "CLA_DIGE_MAILBOX": "dige@minedu.test",
        "CLA_OFFICE_MAILBOX": "consultas@ugel03.test",
    }
    try:
        new = cla(
            env,
            "--database",
            database,
            "consulta",
            "new",
            "--student",
            "45678902",
            "--category",
            "acta-rectificacion",
            "--description",
            "El acta de 2018 sigue en rectificación desde marzo.",
            "--json",
        )
        assert new.returncode == 0, new.stderr
        ticket = json.loads(new.stdout)["ticket"]
        assert ticket.startswith("UGEL03-")
        status = cla(env, "--database", database, "outbox", "status", "--json")
        (item,) = [json.loads(line) for line in status.stdout.splitlines()]
        assert item["ticket"] == ticket and item["state"] == "PENDIENTE"
        sent = cla(env, "--database", database, "outbox", "send", "--once")
        assert sent.returncode == 0 and ": enviado" in sent.stdout
        (envelope,) = recorder.messages
        assert ticket.encode() in envelope.original_content
        after = json.loads(cla(env, "--database", database, "outbox", "status", "--json").stdout)
        assert after["state"] == "ENVIADO" and after["attempts"] == 1
        bad = cla(
            env,
            "--database",
            database,
            "consulta",
            "new",
            "--category",
            "nada",
            "--description",
            "descripción suficiente",
        )
        assert bad.returncode == 1 and "Categoría desconocida" in bad.stderr
    finally:
        controller.stop()


def test_outbox_replies_needs_imap_settings(tmp_path):
    database = str(tmp_path / "r.sqlite3")
    assert cla({}, "--database", database, "db", "upgrade").returncode == 0
    add_account(make_engine(f"sqlite:///{database}"))
    result = cla({"CLA_IMAP_HOST": ""}, "--database", database, "outbox", "replies")
    assert result.returncode == 1 and "CLA_IMAP_HOST" in result.stderr
