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


def test_help_and_argument_errors_are_in_spanish():
    helped = run_cla("--help")
    assert helped.returncode == 0 and helped.stdout.startswith("uso: cla")
    assert "opciones:" in helped.stdout and "muestra esta ayuda" in helped.stdout
    for english in ("usage:", "options:", "show this help"):
        assert english not in helped.stdout
    wrong = run_cla("outbox", "enviar")
    assert wrong.returncode == 2 and "opción no válida" in wrong.stderr
    assert "invalid choice" not in wrong.stderr


def test_bad_arguments_are_rejected():
    assert run_cla("demo", "--students", "-5").returncode != 0
    assert run_cla("--database", "mysql://x@y/z", "db", "upgrade").returncode == 2


def _demo_database(tmp_path) -> str:
    path = tmp_path / "busqueda.sqlite3"
    assert (
        run_cla("--database", str(path), "demo", "--students", "300", "--seed", "9").returncode == 0
    )
    return str(path)


def test_search_and_trajectory_commands(tmp_path):
    import json

    database = _demo_database(tmp_path)
    found = run_cla("--database", database, "search", "quispe", "--json", "--limit", "5")
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert 0 < len(hits) <= 5
    keys = {
        "document_type",
        "document_number",
        "apellido_paterno",
        "apellido_materno",
        "nombres",
        "fecha_nacimiento",
        "score",
        "possible_duplicate_of",
    }
    assert keys <= set(hits[0])
    assert all("QUISPE" in (h["apellido_paterno"] + h["apellido_materno"]) for h in hits)
    dni = next(h["document_number"] for h in hits if h["document_type"] == "DNI")
    batch = subprocess.run(
        [sys.executable, "-m", "cla_desktop.cli", "--database", database, "search", "--json", "-"],
        input=f"{dni}\nzzzzzz\nmamani\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = batch.stdout.splitlines()
    assert batch.returncode == 0 and len(lines) == 3
    assert json.loads(lines[0])[0]["document_number"] == dni
    assert json.loads(lines[1]) == []
    text = run_cla("--database", database, "search", "quispe")
    assert text.returncode == 0 and "QUISPE" in text.stdout
    assert run_cla("--database", database, "search", "zzzzzz").returncode == 1
    trajectory = run_cla("--database", database, "trajectory", dni, "--json")
    assert trajectory.returncode == 0, trajectory.stderr
    data = json.loads(trajectory.stdout)
    assert data["student"]["document_number"] == dni and data["records"]
    plain = run_cla("--database", database, "trajectory", dni)
    assert plain.returncode == 0 and dni in plain.stdout
    missing = run_cla("--database", database, "trajectory", "11111111")
    assert missing.returncode == 1 and "No hay ningún estudiante" in missing.stderr


def test_search_on_an_unmigrated_database_says_what_to_do(tmp_path):
    result = run_cla("--database", str(tmp_path / "vacia.sqlite3"), "search", "quispe")
    assert result.returncode == 2 and "cla db upgrade" in result.stderr
