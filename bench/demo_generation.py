"""Demo data generation into SQLite vs a bare `executemany` of the same rows (issue #2).

Runs both in one process on fresh files: (A) `fill_demo` as `cla demo` runs it, generation
included; (B) the same rows, generated beforehand batch by batch (untimed), written with the
sqlite3 module's bare executemany (timed).  Target: A's rate >= half of B's.

    .venv/bin/python bench/demo_generation.py --students 100000
"""

from __future__ import annotations

import argparse
import platform
import sqlite3
import tempfile
import time
from pathlib import Path

from cla_desktop.services.actor import DEMO_SUPERVISOR
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.demo.generator import fill_demo, iter_batches, prepare
from cla_desktop.services.demo.writer import (
    ENROLLMENT_COLUMNS,
    OBSERVATION_COLUMNS,
    RESULT_COLUMNS,
    STUDENT_COLUMNS,
)


def _sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def run_service(path: Path, students: int, seed: int) -> tuple[int, float]:
    opened = open_database(f"sqlite:///{path}")
    start = time.perf_counter()
    summary = fill_demo(opened.engine, DEMO_SUPERVISOR, students=students, seed=seed)
    elapsed = time.perf_counter() - start
    opened.engine.dispose()
    return summary.rows, elapsed


def run_bare(path: Path, students: int, seed: int) -> tuple[int, float]:
    opened = open_database(f"sqlite:///{path}")
    prepare(opened.engine, DEMO_SUPERVISOR, seed)
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=NORMAL"):
        connection.execute(f"PRAGMA {pragma}")
    statements = {
        "student": _sql("student", STUDENT_COLUMNS),
        "enrollment": _sql("enrollment", ENROLLMENT_COLUMNS),
        "result": _sql("result", RESULT_COLUMNS),
        "observation": _sql("observation", OBSERVATION_COLUMNS),
    }
    rows = 0
    elapsed = 0.0
    for batch in iter_batches(opened.engine, students, seed):  # generation: not timed
        start = time.perf_counter()
        connection.execute("BEGIN")
        connection.executemany(statements["student"], batch.students)
        connection.executemany(statements["enrollment"], batch.rows.enrollments)
        connection.executemany(statements["result"], batch.rows.results)
        connection.executemany(statements["observation"], batch.rows.observations)
        connection.execute("COMMIT")
        elapsed += time.perf_counter() - start
        rows += batch.size
    connection.close()
    opened.engine.dispose()
    return rows, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    print(
        f"máquina: {platform.processor() or platform.machine()}, Python "
        f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )
    with tempfile.TemporaryDirectory() as folder:
        service_rows, service_time = run_service(
            Path(folder) / "a.sqlite3", args.students, args.seed
        )
        bare_rows, bare_time = run_bare(Path(folder) / "b.sqlite3", args.students, args.seed)
        size_mb = (Path(folder) / "a.sqlite3").stat().st_size / 1e6
    assert service_rows == bare_rows, (service_rows, bare_rows)
    service_rate, bare_rate = service_rows / service_time, bare_rows / bare_time
    print(f"estudiantes: {args.students:,}  filas: {service_rows:,}  archivo: {size_mb:,.0f} MB")
    print(f"cla demo (generar + escribir): {service_time:8.1f} s  {service_rate:12,.0f} filas/s")
    print(f"executemany desnudo (escribir): {bare_time:8.1f} s  {bare_rate:12,.0f} filas/s")
    print(f"relación: {service_rate / bare_rate:.2f} (objetivo >= 0.50)")


if __name__ == "__main__":
    main()
