"""A sender process for the outbox tests: python -m tests.support.send_outbox URL PORT WORKER
[DELAY]; DELAY seconds are slept after each SMTP DATA is accepted, so a test can kill it there."""

from __future__ import annotations

import smtplib
import sys
import time

from cla_desktop.services.consultas import outbox
from cla_desktop.services.consultas.mail_settings import MailSettings
from cla_desktop.store.database import make_engine


def main() -> None:
    url, port, worker = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    delay = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
    if delay:
        original = smtplib.SMTP.sendmail

        def slow_sendmail(self, *args, **kwargs):
            result = original(self, *args, **kwargs)
            print("ENTREGADO", flush=True)
            time.sleep(delay)  # accepted by the server, not yet marked as sent
            return result

        smtplib.SMTP.sendmail = slow_sendmail
    settings = MailSettings(
        host="127.0.0.1",
        port=port,
        timeout=10,
        dige_mailbox="dige@minedu.test",
        office_mailbox="c@ugel03.test",
    )
    engine = make_engine(url)
    outbox.send_due(engine, settings, worker)
    engine.dispose()


if __name__ == "__main__":
    main()
