"""Import speed and memory (issue #7): 1,000,000 acta result rows through `run_import`, side by
side in the same run with a bare `executemany` of the same rows into the same table.

    .venv/bin/python bench/imports.py [--results 1000000] [--nomina 200000] [--postgres]
        [--no-sqlite]

For each backend: a fresh database, a nómina of results/20 students (imported, and timed too),
then an acta CSV with 20 calificativos per student.  The baseline inserts the same 1,000,000
(enrollment, área, kind, competencia, calificativo, position) tuples with one DBAPI
`executemany` and a commit — no file, no parsing, no checks — and is then deleted.  The importer
runs in a child process, so that its peak resident memory (ru_maxrss) is its own; it is run
twice: the first import, and the re-import of the same file (every row unchanged).

`--nomina N` (issue #14) also imports, into a database of its own, a nómina of N students as an
office receives it: sexo written H/M (the importer reads the column once to tell the
convention before the import pass) and birth dates as dd/mm/aaaa.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.imports.importer import ImportOptions, run_import
from cla_desktop.services.imports.kinds import ImportKind
from cla_desktop.store.database import make_engine
from tests.support.import_files import ACTA_HEADER, NOMINA_HEADER

SUPERVISOR = Actor("bench", Role.SUPERVISOR, workstation="bench")
AREAS_PER_STUDENT = 20
GRADES = ("AD", "A", "A", "B", "C")
RESULT_COLUMNS = ("enrollment_id", "area", "kind", "competencia", "calificativo", "position")


def word(number: int) -> str:
    """A name-like word for a number (names hold no digits: the importer refuses them)."""
    letters = ""
    while True:
        number, digit = divmod(number, 26)
        letters = chr(ord("A") + digit) + letters
        if not number:
            return letters


def write_files(folder: Path, schools: list[str], students: int, seed: int = 5, acta: bool = True):
    rng = random.Random(seed)
    people = []
    with (folder / "nomina.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(NOMINA_HEADER)
        for number in range(students):
            code = str(10**13 + number)
            school = rng.choice(schools)
            grado = rng.randint(1, 6)
            people.append((code, school, grado))
            writer.writerow(
                [school, "0", "2019", "B0", "PRIMARIA", str(3 + grado), "", "A", code, "DNI",
                 f"{40000000 + number}", f"PATERNO {word(number % 977)}",
                 f"MATERNO {word(number % 883)}", f"NOMBRE {word(number % 1231)}",
                 "HM"[number % 2], "04/03/2008"]
            )  # fmt: skip
    if not acta:
        return folder / "nomina.csv", None
    with (folder / "acta.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(ACTA_HEADER)
        for code, school, grado in people:
            for area in range(AREAS_PER_STUDENT):
                writer.writerow(
                    [school, "0", "2019", "PRIMARIA", str(grado), "A", code, f"Área {area:02d}",
                     "AREA", "", rng.choice(GRADES), "APROBADO", "APROBADA"]
                )  # fmt: skip
    return folder / "nomina.csv", folder / "acta.csv"


def peak_resident_mb() -> float:
    """VmHWM of this process: unlike ru_maxrss it is not inherited across fork and exec from
    the parent (which holds the baseline's million tuples)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(url: str, path: str, kind: str) -> None:
    """Runs in its own process: one import, then its time and peak memory as JSON."""
    engine = make_engine(url)
    start = time.perf_counter()
    report = run_import(engine, SUPERVISOR, Path(path), ImportKind(kind), ImportOptions())
    seconds = time.perf_counter() - start
    peak_mb = peak_resident_mb()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mb": peak_mb,
                "read": report.counts.read,
                "rejected": report.counts.rejected,
                "committed": report.committed,
                "inserted": dict(report.counts.inserted),
                "unchanged": report.counts.unchanged,
            }
        )
    )


def run_child(url: str, path: Path, kind: str) -> dict:
    os.sync()  # the previous phase's writes are on disk, not competing with this one
    done = subprocess.run(
        [sys.executable, __file__, "--child", url, str(path), kind],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def baseline(url: str, students: int, seed: int = 5) -> float:
    """Seconds for one DBAPI executemany of the same rows, committed, then deleted."""
    engine = make_engine(url)
    rng = random.Random(seed + 1)
    with engine.connect() as connection:
        ids = [
            row[0] for row in connection.exec_driver_sql("SELECT id FROM enrollment ORDER BY id")
        ]
    rows = [
        (enrollment_id, f"Área {area:02d}", "AREA", None, rng.choice(GRADES), area + 1)
        for enrollment_id in ids
        for area in range(AREAS_PER_STUDENT)
    ]
    raw = engine.raw_connection()
    try:
        marker = "?" if engine.dialect.paramstyle == "qmark" else "%s"
        sql = (
            f"INSERT INTO result ({', '.join(RESULT_COLUMNS)}) "
            f"VALUES ({', '.join([marker] * len(RESULT_COLUMNS))})"
        )
        cursor = raw.cursor()
        os.sync()
        start = time.perf_counter()
        if engine.dialect.name == "sqlite":  # SQLAlchemy leaves pysqlite in autocommit
            cursor.execute("BEGIN")
        cursor.executemany(sql, rows)
        raw.commit()
        seconds = time.perf_counter() - start
        cursor.execute("DELETE FROM result")
        raw.commit()
    finally:
        raw.close()
    # Give the importer the same start as the baseline had: no dead rows, no long WAL.
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        if engine.dialect.name == "sqlite":  # pysqlite here runs in autocommit mode
            driver.execute("VACUUM")
            driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            driver.autocommit = True
            driver.execute("VACUUM ANALYZE result")
    finally:
        raw.close()
    engine.dispose()
    return seconds


def primary_schools(url: str) -> list[str]:
    opened = open_database(url)
    with opened.engine.connect() as connection:
        schools = [
            code
            for (code,) in connection.exec_driver_sql(
                "SELECT codigo_modular FROM school WHERE nivel = 'PRIMARIA' ORDER BY 1"
            )
        ]
    opened.engine.dispose()
    return schools


def measure_nomina(backend: str, url: str, students: int, folder: Path) -> None:
    """A large nómina alone, into a fresh database (issue #14: ≥ 10,000 rows/s)."""
    folder.mkdir(exist_ok=True)
    nomina, _ = write_files(folder, primary_schools(url), students, seed=7, acta=False)
    figures = run_child(url, nomina, "nomina")
    assert figures["committed"] and not figures["rejected"], figures
    print(
        f"\n== {backend}: nómina alone {figures['read']:>9,} rows  {figures['seconds']:7.1f} s  "
        f"{figures['read'] / figures['seconds']:>9,.0f} rows/s  peak {figures['peak_mb']:.0f} MB"
    )


def measure(backend: str, url: str, results: int, folder: Path, rounds: int) -> None:
    schools = primary_schools(url)
    students = results // AREAS_PER_STUDENT
    nomina, acta = write_files(folder, schools, students)
    print(f"\n== {backend}: {students:,} students, {students * AREAS_PER_STUDENT:,} results")
    figures = run_child(url, nomina, "nomina")
    print(
        f"nómina import  {figures['read']:>9,} rows  {figures['seconds']:7.1f} s  "
        f"{figures['read'] / figures['seconds']:>9,.0f} rows/s  peak {figures['peak_mb']:.0f} MB"
    )
    rows = students * AREAS_PER_STUDENT
    bares, imports = [], []
    for _ in range(rounds):  # baseline and import alternate; medians below
        bares.append(baseline(url, students))
        figures = run_child(url, acta, "acta")
        assert figures["committed"] and not figures["rejected"], figures
        imports.append(figures)
        reset(url)
    bare = statistics.median(bares)
    print(
        f"bare executemany {rows:>7,} rows  {bare:7.1f} s  {rows / bare:>9,.0f} rows/s  "
        f"(runs: {', '.join(f'{b:.1f}' for b in bares)} s)"
    )
    report("acta import", imports, rows / bare)
    run_child(url, acta, "acta")  # loaded once more; then the same file again: all unchanged
    again = [run_child(url, acta, "acta") for _ in range(rounds)]
    report("acta re-import", again, rows / bare)


def report(label: str, runs: list[dict], bare_rate: float) -> None:
    seconds = statistics.median(run["seconds"] for run in runs)
    figures = runs[0]
    rate = figures["read"] / seconds
    print(
        f"{label:<16} {figures['read']:>7,} rows  {seconds:7.1f} s  {rate:>9,.0f} rows/s  "
        f"= {rate / bare_rate:5.1%} of bare  peak {max(r['peak_mb'] for r in runs):.0f} MB  "
        f"(new {figures['inserted']}, unchanged {figures['unchanged']:,}; "
        f"runs: {', '.join(f'{seconds_of(r):.1f}' for r in runs)} s)"
    )


def seconds_of(run: dict) -> float:
    return run["seconds"]


def reset(url: str) -> None:
    """Back to the state before the acta: no results, no situación final."""
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM result")
        connection.exec_driver_sql(
            "UPDATE enrollment SET situacion_final = NULL, acta_estado = NULL"
        )
    engine.dispose()


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:5])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=int, default=1_000_000)
    parser.add_argument("--postgres", action="store_true", help="also on PostgreSQL")
    parser.add_argument("--no-sqlite", action="store_true", help="only PostgreSQL")
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs (median)")
    parser.add_argument(
        "--nomina", type=int, default=0, help="also a nómina of this many students, alone"
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="cla-bench-import-"))
    targets = [] if args.no_sqlite else [("SQLite", f"sqlite:///{folder / 'import.sqlite3'}")]
    alone = [] if args.no_sqlite else [("SQLite", f"sqlite:///{folder / 'nomina.sqlite3'}")]
    server = None
    if args.postgres:
        from tests.support.postgres_server import start_server

        server = start_server(durable=True)
        targets.append(("PostgreSQL", server.create_database("bench_import")))
        alone.append(("PostgreSQL", server.create_database("bench_nomina")))
    try:
        if args.nomina:
            for backend, url in alone:
                measure_nomina(backend, url, args.nomina, folder / "nomina-alone")
        if args.results:
            for backend, url in targets:
                measure(backend, url, args.results, folder, args.rounds)
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
