"""What auditing costs at the counter (issue #6): search and issue with the audit trail on and
off, side by side in one run, and `cla audit verify` over 1,000,000 entries.

    .venv/bin/python bench/audit.py [--students 20000] [--postgres] [--entries 1000000]

On/off alternate query by query (on first for even queries, off first for odd ones) so that
caches and drift treat both alike.  "Off" is the same code with the trail's append skipped
(`auditing_off`, which exists for this bench only).  PostgreSQL runs a throwaway cluster with
its default durability (fsync and synchronous commit on), so a commit costs what it costs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import keyring
from sqlalchemy import insert, text, update
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.constancia import eligible
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import DEMO_SUPERVISOR, Actor
from cla_desktop.services.audit.chain import canonical_detail, entry_hash
from cla_desktop.services.audit.trail import auditing_off
from cla_desktop.services.audit.verification import verify_chain
from cla_desktop.services.constancias.issuance import IssueRequest
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.demo.generator import fill_demo
from cla_desktop.services.workbench import Workbench
from cla_desktop.store.audit_guard import GENESIS_HASH, SQLITE_CREATE
from cla_desktop.store.models import AuditEntry, AuditHead
from tests.support.memory_keyring import MemoryKeyring

SQLITE_SEAL = next(s for s in SQLITE_CREATE if "audit_entry_seal" in s)
CLERK = Actor("bench", Role.OPERADOR, workstation="ventanilla-bench")


def queries(engine, count: int, seed: int = 7) -> list[str]:
    """Half DNIs, half two-word names, from the database itself."""
    rng = random.Random(seed)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT document_number, apellido_paterno, nombres FROM student "
                "WHERE document_number IS NOT NULL ORDER BY id"
            )
        ).all()
    picked = rng.sample(rows, count)
    return [
        dni if n % 2 == 0 else f"{paterno} {nombres.split()[0]}"
        for n, (dni, paterno, nombres) in enumerate(picked)
    ]


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def side_by_side(label: str, calls: list) -> None:
    on: list[float] = []
    off: list[float] = []
    for n, call in enumerate(calls):
        order = (True, False) if n % 2 == 0 else (False, True)
        for audited in order:
            if audited:
                on.append(timed(call))
            else:
                with auditing_off():
                    off.append(timed(call))
    for name, stat in (("median", statistics.median), ("p95", _p95)):
        a, b = stat(on), stat(off)
        print(
            f"  {label:<28} {name:>6}: on {a:8.2f} ms   off {b:8.2f} ms   "
            f"overhead {100 * (a - b) / b:+6.1f} %"
        )


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def counter_work(engine, backend: str, searches: int, issues: int) -> None:
    """As the window does it: searches are appended by the audit writer, off the clerk's path
    (so "on" includes queueing the entry and the writer thread competing for the CPU)."""
    bench = Workbench(engine, CLERK)

    def search_call(query: str):
        def run() -> None:
            outcome = bench.search(query)
            bench.load_hits(outcome.ranked[:20])

        return run

    texts = queries(engine, searches)
    for query in texts[:20]:  # warm caches
        search_call(query)()
    print(f"{backend}: {searches} searches (DNI and names), {issues} issuances, on vs off")
    side_by_side("search + first page", [search_call(q) for q in texts])
    with Session(engine) as session:
        students = eligible(session, issues)

    def issue_call(student: int):
        def run() -> None:
            bench.issue(student, IssueRequest.titular(Nivel.SECUNDARIA, "Trámite laboral"))

        return run

    side_by_side("issue + render + commit", [issue_call(s) for s in students])
    bench.close()


def fill_trail(engine, entries: int, batch: int = 20_000) -> None:
    """A long trail written fast: the same hashes `record` computes, inserted in batches.

    The trigger that keeps the head's last hash is switched off meanwhile (the head is set once
    at the end): a million updates of one row inside one transaction is not what the app does
    (it updates the head once per entry, a few per transaction) and PostgreSQL slows down
    quadratically on it."""
    with Session(engine) as session:
        head = session.get(AuditHead, 1)
        last_id, prev = head.last_id, head.last_hash
    from datetime import UTC, datetime, timedelta

    start = datetime(2025, 1, 1, tzinfo=UTC)
    written = 0
    seal = {
        "sqlite": ("DROP TRIGGER audit_entry_seal", SQLITE_SEAL),
        "postgresql": (
            "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_seal",
            "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_seal",
        ),
    }[engine.dialect.name]
    with engine.begin() as connection:
        connection.exec_driver_sql(seal[0])
        while written < entries:
            rows = []
            for _ in range(min(batch, entries - written)):
                last_id += 1
                row = {
                    "id": last_id,
                    "at": start + timedelta(seconds=last_id),
                    "username": "ana",
                    "role": "operador",
                    "workstation": "ventanilla-1",
                    "action": "busqueda",
                    "subject": f"quispe {last_id % 997}",
                    "detail": canonical_detail({"resultados": last_id % 50}),
                    "prev_hash": prev,
                }
                row["hash"] = prev = entry_hash(**row)
                rows.append(row)
            connection.execute(insert(AuditEntry), rows)
            written += len(rows)
        connection.execute(
            update(AuditHead).where(AuditHead.id == 1).values(last_id=last_id, last_hash=prev)
        )
        connection.exec_driver_sql(seal[1])


def verify_figures(engine, backend: str, entries: int) -> None:
    started = time.perf_counter()
    fill_trail(engine, entries)
    filled = time.perf_counter() - started
    started = time.perf_counter()
    report = verify_chain(engine)
    elapsed = time.perf_counter() - started
    print(
        f"{backend}: audit verify over {report.checked:,} entries: {elapsed:.1f} s "
        f"({report.sentence()}) [trail written in {filled:.1f} s]"
    )
    assert report.intact and report.checked >= entries and report.checked != GENESIS_HASH


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=20_000)
    parser.add_argument("--searches", type=int, default=400)
    parser.add_argument("--issues", type=int, default=100)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--postgres", action="store_true", help="also on PostgreSQL")
    parser.add_argument("--no-sqlite", action="store_true", help="only PostgreSQL")
    parser.add_argument("--entries-only", action="store_true", help="only the verify figure")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    folder = Path(tempfile.mkdtemp(prefix="cla-bench-audit-"))
    targets = [] if args.no_sqlite else [("SQLite", f"sqlite:///{folder / 'audit.sqlite3'}")]
    server = None
    if args.postgres:
        from tests.support.postgres_server import start_server

        server = start_server(durable=True)
        targets.append(("PostgreSQL", server.create_database("bench_audit")))
    try:
        for backend, url in targets:
            opened = open_database(url)
            if not args.entries_only:
                fill_demo(opened.engine, DEMO_SUPERVISOR, students=args.students, seed=11)
                counter_work(opened.engine, backend, args.searches, args.issues)
            if args.entries:
                verify_figures(opened.engine, backend, args.entries)
            opened.engine.dispose()
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
