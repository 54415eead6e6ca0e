"""Two sender processes drain 1,000 queued consultas to a local SMTP server (issue #5).

    .venv/bin/python bench/outbox.py [--messages 1000]

PostgreSQL throwaway cluster (several workstations share one outbox), aiosmtpd on 127.0.0.1.
Reports the wall time from start to the last delivery and checks that no Message-ID arrived
twice.  Target: <= 60 s, no duplicate.
"""

from __future__ import annotations

import argparse
import email
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cla_desktop.services.database_setup import open_database
from tests.services.test_outbox_processes import _queue
from tests.support import smtp_server
from tests.support.postgres_server import start_server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    args = parser.parse_args()
    server = start_server()
    try:
        name = f"outbox_{uuid.uuid4().hex[:8]}"
        admin = create_engine(server.admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        url = make_url(server.admin_url).set(database=name).render_as_string(False)
        opened = open_database(url)
        _queue(opened.engine, args.messages)
        controller, recorder = smtp_server.start()
        start = time.perf_counter()
        senders = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.support.send_outbox",
                    url,
                    str(controller.port),
                    f"s{n}",
                ]
            )
            for n in (1, 2)
        ]
        for sender in senders:
            sender.wait()
        seconds = time.perf_counter() - start
        controller.stop()
        ids = Counter(
            email.message_from_bytes(e.original_content)["Message-ID"] for e in recorder.messages
        )
        duplicates = sum(count - 1 for count in ids.values())
        print(
            f"{len(recorder.messages)} mensajes entregados en {seconds:.1f} s "
            f"({len(recorder.messages) / seconds:.0f}/s) por 2 procesos; "
            f"duplicados: {duplicates} (objetivo <= 60 s, 0 duplicados)"
        )
        opened.engine.dispose()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
