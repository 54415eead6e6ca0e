"""`cla` as a user runs it: a real process, real databases, exit codes and Spanish messages."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from cla_desktop import __version__


def run_cla(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "cla_desktop.cli", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )


def test_version():
    result = run_cla("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_db_upgrade_then_demo_on_sqlite(tmp_path):
    path = tmp_path / "oficina.sqlite3"
    first = run_cla("--database", str(path), "db", "upgrade")
    assert first.returncode == 0, first.stderr
    assert "250 DRE/UGEL" in first.stdout and "275 instituciones" in first.stdout
    again = run_cla("--database", str(path), "db", "upgrade")
    assert again.returncode == 0 and "al día" in again.stdout
    demo = run_cla("--database", str(path), "demo", "--students", "120", "--seed", "3")
    assert demo.returncode == 0, demo.stderr
    assert "120 estudiantes" in demo.stdout
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM student").fetchone() == (120,)


def test_database_from_environment_variable(tmp_path):
    path = tmp_path / "env.sqlite3"
    result = run_cla("demo", "--students", "5", env={"CLA_DATABASE_URL": f"sqlite:///{path}"})
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_default_database_lives_in_cla_home(tmp_path):
    result = run_cla("db", "upgrade", env={"CLA_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "cla.sqlite3").exists()


def test_demo_on_postgresql(postgres_database_url):
    result = run_cla("--database", postgres_database_url, "demo", "--students", "30")
    assert result.returncode == 0, result.stderr
    assert "30 estudiantes" in result.stdout


def test_unreachable_database_is_a_spanish_sentence_and_exit_2():
    result = run_cla("--database", "postgresql://cla@127.0.0.1:1/cla", "db", "upgrade")
    assert result.returncode == 2
    assert "No se pudo conectar con la base de datos" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "nueva.sqlite3"
    assert run_cla("--database", str(path), "db", "upgrade").returncode == 0
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zz99'")
    result = run_cla("--database", str(path), "demo", "--students", "1")
    assert result.returncode == 2
    assert "versión más reciente" in result.stderr and "Traceback" not in result.stderr


def test_bad_arguments_are_rejected():
    assert run_cla("demo", "--students", "-5").returncode != 0
    assert run_cla("--database", "mysql://x@y/z", "db", "upgrade").returncode == 2
