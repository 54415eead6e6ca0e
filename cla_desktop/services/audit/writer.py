"""Searches are audited off the clerk's path: queued in memory, appended by one thread in small
batches, in the order they happened.

A search is the counter's most frequent and fastest action (2–5 ms); appending and committing
its entry in its own transaction cost it 15–30 % (bench/audit.py).  Queued, the entry keeps the
time of the search and is committed within half a second together with its neighbours (one
transaction for a burst of typing); `flush()` (lock, sign-out, quit) does not wait out the delay.
What a hard crash (power cut) can lose is the searches of that last half second; every action
that changes something (issue, annul, settings, accounts, consultas) and every look at a
record (trajectory, reprint, verification) is written in its own transaction, never queued.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import auditing_enabled, record

log = logging.getLogger(__name__)

BATCH = 500
# Entries wait at most this long, so that a burst of searches shares one transaction and the
# writer does not compete with the search the clerk is waiting for.
MAX_DELAY_SECONDS = 0.5
RETRY_SECONDS = 1.0


@dataclass(frozen=True)
class PendingEntry:
    actor: Actor
    action: AuditAction
    subject: str | None
    detail: dict | None
    at: datetime


class AuditWriter:
    """One background appender per open database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._queue: queue.Queue[PendingEntry | None] = queue.Queue()
        self._flushing = threading.Event()
        self._thread = threading.Thread(target=self._run, name="auditoria", daemon=True)
        self._thread.start()

    def submit(
        self,
        actor: Actor,
        action: AuditAction,
        subject: str | None = None,
        detail: dict | None = None,
    ) -> None:
        if auditing_enabled():  # checked in the caller's context (the bench turns it off)
            self._queue.put(PendingEntry(actor, action, subject, detail, datetime.now(UTC)))

    def flush(self) -> None:
        """Return once everything submitted so far is committed (no waiting out the delay)."""
        self._flushing.set()
        try:
            self._queue.join()
        finally:
            self._flushing.clear()

    def close(self) -> None:
        self.flush()
        self._queue.put(None)
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                self._queue.task_done()
                return
            batch = [first]
            deadline = time.monotonic() + MAX_DELAY_SECONDS
            while len(batch) < BATCH:
                remaining = max(0.0, deadline - time.monotonic())
                wait = 0.0 if self._flushing.is_set() else remaining
                try:
                    item = self._queue.get(timeout=wait) if wait else self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    self._queue.put(None)  # stop after this batch
                    self._queue.task_done()
                    break
                batch.append(item)
            self._write(batch)
            for _ in batch:
                self._queue.task_done()

    def _write(self, batch: list[PendingEntry]) -> None:
        while True:
            try:
                with Session(self.engine) as session:
                    for entry in batch:
                        record(
                            session,
                            entry.actor,
                            entry.action,
                            entry.subject,
                            entry.detail,
                            at=entry.at,
                        )
                    session.commit()
                return
            except DBAPIError:
                # The database is busy or unreachable: keep the entries and try again.
                log.exception("No se pudo escribir %d entradas de auditoría", len(batch))
                time.sleep(RETRY_SECONDS)
