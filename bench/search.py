"""Search latency and recall through the service vs a full scan, on SQLite and PostgreSQL
(issues #3 and #16).

For each backend and size: a database with N synthetic students (long tail of surnames,
bench/population.py) and queries made from random students — DNI; two or three name words;
the same words respelled as heard (RESPELLINGS, written from what offices report, not from the
app's table); the same with one typing slip anywhere (first letter and 4-letter words
included); the full name — answered by the search service (`search`: rank + load the first
page of 20 hits), and by a full scan (folded LIKE '%word%' on every row, every match ranked; a
LIKE cannot find a respelled or mistyped word, so for those the scan scores every row with the
same matcher, on fewer queries because it takes seconds each).

Recall: the student is within the first k (DNI 1, names 3, respelled and slips 5), ties
counted in its favour (students whose names are typed alike cannot be told apart by a search).
`--baseline REV` answers the same queries with an earlier commit's search (a git worktree) on
the same database: recall and list lengths before and after.  PostgreSQL rows add index sizes;
every row adds the in-memory vocabulary's size; `--app-memory` runs bench/app_memory.py.

    .venv/bin/python bench/search.py --sizes 1000000 --baseline 1ac97b9
    .venv/bin/python bench/search.py --sizes 10000000 --backends postgresql --name-scans 20 \
        --typo-scans 3 --app-memory
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import bindparam, create_engine, text
from sqlalchemy.engine import make_url
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import population
from bench.respellings import respell
from cla_desktop.domain.names import fold
from cla_desktop.domain.search_query import parse_query
from cla_desktop.services.actor import DEMO_SUPERVISOR
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.search.matching import MatchKind, match, match_score
from cla_desktop.services.search.ranking import RankedId
from cla_desktop.services.search.service import search, search_students
from tests.support.postgres_server import start_server

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def typo(word: str, rng: random.Random) -> str:
    """One slip anywhere in the word, the first letter included."""
    while True:
        position = rng.randrange(0, len(word) - 1)
        kind = rng.choice(("substitute", "delete", "swap", "insert"))
        if kind == "substitute":
            letter = rng.choice([c for c in LETTERS if c != word[position]])
            made = word[:position] + letter + word[position + 1 :]
        elif kind == "delete":
            made = word[:position] + word[position + 1 :]
        elif kind == "swap":
            made = word[:position] + word[position + 1] + word[position] + word[position + 2 :]
        else:
            made = word[:position] + rng.choice(LETTERS) + word[position:]
        if made != word:
            return made


def make_queries(session: Session, count: int, seed: int) -> dict[str, list]:
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
    made: dict[str, list] = {key: [] for key in ("dni", "names", "respelled", "typos", "full")}
    for student_id, number, paterno, materno, nombres in rows:
        made["dni"].append((number, student_id))
        first_name = nombres.split()[0]
        words = [paterno, first_name] if rng.random() < 0.5 else [first_name, paterno, materno]
        query = " ".join(words)
        made["names"].append(
            (query.lower() if rng.random() < 0.5 else fold(query).lower(), student_id)
        )
        made["full"].append((fold(f"{paterno} {materno} {nombres}").lower(), student_id))
        folded = fold(query).split()
        heard = [respell(w, rng) if rng.random() < 0.7 else None for w in folded]
        if not any(heard):  # at least one word respelled, when the name allows it
            choices = [i for i, w in enumerate(folded) if respell(w, rng)]
            if choices:
                index = rng.choice(choices)
                heard[index] = respell(folded[index], rng)
        if any(heard):
            respelled = [h or w for h, w in zip(heard, folded, strict=True)]
            made["respelled"].append((" ".join(respelled).lower(), student_id))
        slippable = [i for i, w in enumerate(folded) if len(w) >= 4]
        if slippable:
            index = rng.choice(slippable)
            slipped = list(folded)
            slipped[index] = typo(folded[index], rng)
            made["typos"].append((" ".join(slipped).lower(), student_id))
    return made


ROUNDS = 3


def timed(function, queries, rounds: int = ROUNDS) -> list[float]:
    """Each query's best of `rounds` runs (rounds over the whole list, so that no query is
    answered from a cache its previous run just filled): the machine is a shared VM whose
    neighbours add pauses of several milliseconds that are not the search's."""
    best = [float("inf")] * len(queries)
    for _round in range(rounds):
        for index, query in enumerate(queries):
            start = time.perf_counter()
            function(query)
            best[index] = min(best[index], (time.perf_counter() - start) * 1000)
    return best


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


RECALL_AT = {"dni": 1, "names": 3, "respelled": 5, "typos": 5}


def rank_of(session: Session, words: tuple[str, ...], ranked, student_id: int) -> int | None:
    """1-based place of the student, ties counted in its favour.  Tied are the students whose
    every typed word matched as well (same kind, same quality): what was typed cannot tell
    them apart — the rest of the ranking (how much of the name was typed, word order) favours
    shorter names, and the clerk adds the birth date or a second surname."""
    if not any(r.student_id == student_id for r in ranked):
        return None
    keys = dict(
        session.execute(
            text("SELECT id, name_key FROM student WHERE id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": [r.student_id for r in ranked]},
        ).all()
    )
    judged = {i: match(words, key) for i, key in keys.items()}

    def key(student: int) -> tuple[int, float]:
        found = judged[student]
        return (found.kind.looseness, -found.quality) if found else (len(MatchKind), 0.0)

    mine = key(student_id)
    return 1 + sum(1 for r in ranked if key(r.student_id) < mine)


def strict_rank(ranked, student_id: int) -> int | None:
    return next((i + 1 for i, r in enumerate(ranked) if r.student_id == student_id), None)


BASELINE_WORKER = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from sqlmodel import Session
from cla_desktop.services.actor import DEMO_SUPERVISOR
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.search.service import search, search_students
job = json.load(sys.stdin)
engine = open_database(job["url"]).engine
out = {}
with Session(engine) as session:
    for kind, pairs in job["queries"].items():
        best = [float("inf")] * len(pairs)
        for _round in range(job["rounds"]):  # timed as the service side: search(), best of n
            for index, (query, _student) in enumerate(pairs):
                session.rollback()
                start = time.perf_counter()
                search(session, DEMO_SUPERVISOR, query, limit=20)
                best[index] = min(best[index], (time.perf_counter() - start) * 1000)
        rows = []
        for (query, _student), took in zip(pairs, best):
            session.rollback()
            ranked = search_students(session, DEMO_SUPERVISOR, query).ranked
            rows.append([[r.student_id for r in ranked], took])
        out[kind] = rows
print(json.dumps(out))
"""


def baseline(url: str, workload: dict, revision: str) -> dict:
    """The same queries answered by the search of an earlier commit (a git worktree), on the
    same database: recall and list lengths before and after, side by side."""
    root = Path(__file__).resolve().parent.parent
    tree = Path(tempfile.gettempdir()) / f"cla-baseline-{revision}"
    if not tree.exists():
        subprocess.run(
            ["git", "-C", str(root), "worktree", "add", "--detach", str(tree), revision],
            check=True,
            capture_output=True,
        )
    job = {
        "url": url if isinstance(url, str) else url.render_as_string(hide_password=False),
        "queries": {k: workload[k] for k in ("names", "respelled", "typos", "full")},
        "rounds": ROUNDS,
    }
    done = subprocess.run(
        [sys.executable, "-c", BASELINE_WORKER, str(tree)],
        input=json.dumps(job),
        capture_output=True,
        text=True,
        check=True,
        cwd=tree,
    )
    answers = json.loads(done.stdout)
    result = {}
    opened = open_database(url, upgrade=False)
    with Session(opened.engine) as session:
        for kind in ("names", "respelled", "typos"):
            found = strictly = 0
            for (query, student_id), (ids, _took) in zip(
                workload[kind], answers[kind], strict=True
            ):
                ranked = [RankedId(i, 0.0) for i in ids]  # the old order, judged as today
                place = rank_of(session, parse_query(query).usable_words, ranked, student_id)
                found += place is not None and place <= RECALL_AT[kind]
                exact_place = strict_rank(ranked, student_id)
                strictly += exact_place is not None and exact_place <= RECALL_AT[kind]
            result[f"before_recall_{kind}"] = f"{found}/{len(answers[kind])}"
            result[f"before_strict_recall_{kind}"] = f"{strictly}/{len(answers[kind])}"
            result[f"before_{kind}"] = summary([took for _ids, took in answers[kind]])
    opened.engine.dispose()
    full = answers["full"]
    result["before_full_results"] = lengths([len(ids) for ids, _took in full])
    firsts = sum(
        1
        for (_query, student_id), (ids, _took) in zip(workload["full"], full, strict=True)
        if ids[:1] == [student_id]
    )
    result["before_full_first"] = f"{firsts}/{len(full)}"
    return result


def lengths(counts: list[int]) -> dict:
    cuts = statistics.quantiles(counts, n=20) if len(counts) > 1 else counts * 19
    return {"mean": round(statistics.mean(counts), 1), "p95": cuts[18], "max": max(counts)}


def vocabulary_memory(session: Session) -> dict:
    """Words held in memory for respelled and mistyped words, and what they cost (tracemalloc
    around building the structure from the words already read)."""
    import tracemalloc

    from cla_desktop.services.search.vocabulary import Vocabulary, _read_words

    words = _read_words(session, session.get_bind().dialect.name == "sqlite")
    tracemalloc.start()
    built = Vocabulary.of(set(words))
    current, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    start = time.perf_counter()
    Vocabulary.of(set(words))
    rebuild = time.perf_counter() - start
    del built
    return {
        "vocabulary_words": len(words),
        "vocabulary_mb": round(current / 2**20, 1),
        "vocabulary_rebuild_s": round(rebuild, 2),
    }


def index_sizes(session: Session) -> dict:
    rows = session.execute(
        text(
            "SELECT c.relname, pg_relation_size(c.oid) FROM pg_class c "
            "WHERE c.relname IN ('student', 'name_word') OR c.oid IN (SELECT indexrelid "
            "FROM pg_index WHERE indrelid IN ('student'::regclass, 'name_word'::regclass))"
        )
    ).all()
    return {name: round(size / 2**20, 1) for name, size in sorted(rows)}


def measure_app(url) -> str:
    """The real main window on this database (bench/app_memory.py, a child process)."""
    target = url if isinstance(url, str) else url.render_as_string(hide_password=False)
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("app_memory.py")), "--database", target],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


def run(
    url,
    size: int,
    queries: int,
    typo_scans: int,
    revision: str | None,
    *,
    name_scans: int | None = None,
    app_memory: bool = False,
) -> dict:
    opened = open_database(url)
    start = time.perf_counter()
    population.load(opened.engine, size)
    load_seconds = time.perf_counter() - start
    result = {"students": size, "load_s": round(load_seconds, 1)}
    with Session(opened.engine) as session:
        workload = make_queries(session, queries, seed=size)
        text_of = {kind: [q for q, _i in pairs] for kind, pairs in workload.items()}

        def service(query):
            session.rollback()  # each query in its own short transaction, as in the app
            return search(session, DEMO_SUPERVISOR, query, limit=20)

        kinds = ("dni", "names", "respelled", "typos")
        for kind in kinds:  # warm up, as a counter in use would be
            for query in text_of[kind][-5:]:
                service(query)
        for kind in kinds:
            result[f"service_{kind}"] = summary(timed(service, text_of[kind]))
        result["scan_dni"] = summary(
            timed(lambda q: full_scan(session, q, dni=True), text_of["dni"], 1)
        )
        result["scan_names"] = summary(
            timed(lambda q: full_scan(session, q), text_of["names"][:name_scans], 1)
        )
        for kind in ("respelled", "typos"):  # a LIKE cannot find these: score every row
            result[f"scan_{kind}"] = summary(
                timed(lambda q: python_scan(session, q), text_of[kind][:typo_scans], 1)
            )
        for kind in kinds:  # is the student the query was made from in the first k?
            found = strictly = 0
            for query, student_id in workload[kind]:
                session.rollback()
                outcome = search_students(session, DEMO_SUPERVISOR, query)
                words = outcome.query.usable_words
                place = rank_of(session, words, outcome.ranked, student_id)
                found += place is not None and place <= RECALL_AT[kind]
                exact_place = strict_rank(outcome.ranked, student_id)
                strictly += exact_place is not None and exact_place <= RECALL_AT[kind]
            result[f"recall_{kind}"] = f"{found}/{len(workload[kind])}"
            result[f"strict_recall_{kind}"] = f"{strictly}/{len(workload[kind])}"
        counts, firsts = [], 0
        for query, student_id in workload["full"]:
            session.rollback()
            ranked = search_students(session, DEMO_SUPERVISOR, query).ranked
            counts.append(len(ranked))
            firsts += strict_rank(ranked, student_id) == 1
        result["full_results"] = lengths(counts)
        result["full_first"] = f"{firsts}/{len(counts)}"
        result.update(vocabulary_memory(session))
        if opened.engine.dialect.name == "postgresql":
            result["index_mb"] = index_sizes(session)
    opened.engine.dispose()
    if app_memory:
        print(json.dumps({"before_app_memory": result}), flush=True)  # kept if the app fails
        try:
            result["app_memory"] = measure_app(url)
        except subprocess.CalledProcessError as error:
            result["app_memory"] = f"falló: {error.stderr.strip()[-300:]}"
    if revision:
        result.update(baseline(url, workload, revision))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--typo-scans", type=int, default=10)
    parser.add_argument("--keep", metavar="DIR", help="keep the SQLite files here")
    parser.add_argument(
        "--baseline", metavar="REV", help="also answer the queries with this commit's search"
    )
    parser.add_argument("--name-scans", type=int, help="full scans of names (default: all)")
    parser.add_argument(
        "--app-memory", action="store_true", help="measure the main window on each database"
    )
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
                row = {
                    "backend": backend,
                    **run(
                        url,
                        size,
                        args.queries,
                        args.typo_scans,
                        args.baseline,
                        name_scans=args.name_scans,
                        app_memory=args.app_memory,
                    ),
                }
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
