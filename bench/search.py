"""Search latency through the service vs a full scan, on SQLite and PostgreSQL (issue #3).

For each backend and size: a database with N synthetic students (long tail of surnames,
bench/population.py), 200 queries of each kind — DNI, two or three name words, names with one
typo — answered by the search service (`search`: rank + load the first page of 20 hits), and the
same queries by a full scan (folded LIKE '%word%' on every row, every match ranked; for typo
queries a LIKE cannot match, so the scan scores every row with the same matcher, on fewer
queries because it takes seconds each).

    .venv/bin/python bench/search.py --sizes 10000,100000,1000000
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import population
from cla_desktop.domain.names import fold
from cla_desktop.services.actor import DEMO_SUPERVISOR
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.search.matching import match_score
from cla_desktop.services.search.service import search, search_students
from tests.support.postgres_server import start_server

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def typo(word: str, rng: random.Random) -> str:
    position = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("substitute", "delete", "swap", "insert"))
    if kind == "substitute":
        letter = rng.choice([c for c in LETTERS if c != word[position]])
        return word[:position] + letter + word[position + 1 :]
    if kind == "delete":
        return word[:position] + word[position + 1 :]
    if kind == "swap" and word[position] != word[position + 1]:
        return word[:position] + word[position + 1] + word[position] + word[position + 2 :]
    return word[:position] + rng.choice(LETTERS) + word[position:]


def make_queries(session: Session, count: int, seed: int) -> dict[str, list[str]]:
    rng = random.Random(seed)
    total = session.execute(text("SELECT MAX(id) FROM student")).scalar_one()
    ids = rng.sample(range(1, total + 1), count)
    rows = session.execute(
        text(
            "SELECT id, document_number, apellido_paterno, apellido_materno, nombres "
            "FROM student WHERE id IN :ids"
        ).bindparams(__import__("sqlalchemy").bindparam("ids", expanding=True)),
        {"ids": ids},
    ).all()
    dni, names, typos, expected = [], [], [], []
    for student_id, number, paterno, materno, nombres in rows:
        dni.append(number)
        expected.append(student_id)
        first_name = nombres.split()[0]
        words = [paterno, first_name] if rng.random() < 0.5 else [first_name, paterno, materno]
        query = " ".join(words)
        names.append(query.lower() if rng.random() < 0.5 else fold(query).lower())
        folded = fold(query).split()
        long_words = [i for i, w in enumerate(folded) if len(w) >= 6]
        if long_words:
            index = rng.choice(long_words)
            folded[index] = typo(folded[index], rng)
        typos.append(" ".join(folded).lower())
    return {"dni": dni, "names": names, "typos": typos, "expected": expected}


def timed(function, queries) -> list[float]:
    times = []
    for query in queries:
        start = time.perf_counter()
        function(query)
        times.append((time.perf_counter() - start) * 1000)
    return times


def summary(times: list[float]) -> dict:
    if len(times) < 2:
        return {"n": len(times), "p50": times[0] if times else None, "p95": None}
    cuts = statistics.quantiles(times, n=20)
    return {"n": len(times), "p50": round(statistics.median(times), 2), "p95": round(cuts[18], 2)}


def full_scan(session: Session, query: str, *, dni: bool = False) -> list:
    if dni:
        return session.execute(
            text("SELECT id FROM student WHERE (document_number || '') LIKE :q"),
            {"q": f"%{query}%"},
        ).all()
    words = [w for w in fold(query).split() if len(w) >= 2]
    clauses = " AND ".join(f"(name_key || '') LIKE :w{i}" for i in range(len(words)))
    rows = session.execute(
        text(f"SELECT id, name_key FROM student WHERE {clauses}"),
        {f"w{i}": f"%{w}%" for i, w in enumerate(words)},
    ).all()
    ranked = [(match_score(tuple(words), key), i) for i, key in rows]
    return sorted((s, i) for s, i in ranked if s is not None)


def python_scan(session: Session, query: str) -> list:
    words = tuple(w for w in fold(query).split() if len(w) >= 2)
    ranked = []
    for student_id, key in session.execute(text("SELECT id, name_key FROM student")):
        score = match_score(words, key)
        if score is not None:
            ranked.append((score, student_id))
    return sorted(ranked)


def run(url: str, size: int, queries: int, typo_scans: int) -> dict:
    opened = open_database(url)
    start = time.perf_counter()
    population.load(opened.engine, size)
    load_seconds = time.perf_counter() - start
    result = {"students": size, "load_s": round(load_seconds, 1)}
    with Session(opened.engine) as session:
        workload = make_queries(session, queries, seed=size)

        def service(query):
            session.rollback()  # each query in its own short transaction, as in the app
            return search(session, DEMO_SUPERVISOR, query, limit=20)

        for kind in ("dni", "names", "typos"):  # warm up, as a counter in use would be
            for query in workload[kind][-5:]:
                service(query)
        for kind in ("dni", "names", "typos"):
            result[f"service_{kind}"] = summary(timed(service, workload[kind]))
        result["scan_dni"] = summary(
            timed(lambda q: full_scan(session, q, dni=True), workload["dni"])
        )
        result["scan_names"] = summary(timed(lambda q: full_scan(session, q), workload["names"]))
        result["scan_typos"] = summary(
            timed(lambda q: python_scan(session, q), workload["typos"][:typo_scans])
        )
        for kind in ("names", "typos"):  # is the student the query was made from found?
            found = 0
            for query, student_id in zip(workload[kind], workload["expected"], strict=True):
                session.rollback()
                ranked = search_students(session, DEMO_SUPERVISOR, query).ranked
                found += student_id in {r.student_id for r in ranked}
            result[f"recall_{kind}"] = f"{found}/{len(workload[kind])}"
    opened.engine.dispose()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--typo-scans", type=int, default=10)
    parser.add_argument("--keep", metavar="DIR", help="keep the SQLite files here")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results = []
    folder = Path(args.keep or tempfile.mkdtemp(prefix="cla-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    server = start_server() if "postgresql" in args.backends else None
    try:
        for backend in args.backends.split(","):
            for size in sizes:
                if backend == "sqlite":
                    url = f"sqlite:///{folder / f'search-{size}.sqlite3'}"
                    Path(url[10:]).unlink(missing_ok=True)
                else:
                    name = f"bench_{uuid.uuid4().hex[:8]}"
                    admin = create_engine(server.admin_url, isolation_level="AUTOCOMMIT")
                    with admin.connect() as connection:
                        connection.execute(text(f'CREATE DATABASE "{name}"'))
                    admin.dispose()
                    url = make_url(server.admin_url).set(database=name)
                row = {"backend": backend, **run(url, size, args.queries, args.typo_scans)}
                print(json.dumps(row), flush=True)
                results.append(row)
    finally:
        if server:
            server.stop()
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    (out / "search.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
