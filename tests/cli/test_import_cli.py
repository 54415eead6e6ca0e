"""`cla import`: the three kinds in load order, dry run, all-or-nothing, --skip-invalid with a
rejects file and exit codes; on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cla_desktop.domain.roles import Role
from cla_desktop.store.database import make_engine
from tests.services.import_world import count
from tests.support import import_files as files
from tests.support.accounts import add_account, signed_in_env

DATA = Path(__file__).parent.parent / "data"


def cla(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "cla_desktop.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.fixture
def office(database_url, tmp_path):
    engine = make_engine(database_url)
    add_account(engine, "jefa")
    yield database_url, engine
    engine.dispose()


def test_import_the_three_kinds_then_again(office, tmp_path):
    url, engine = office
    env = signed_in_env("jefa")
    for name in ("padron_muestra.dbf", "nomina_muestra.xlsx", "acta_muestra.csv"):
        done = cla("--database", url, "import", str(DATA / name), env=env)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "Filas importadas" in done.stdout
    assert "Nuevos: 16 calificativos" in done.stdout
    assert "CSV, cp1252, separador punto y coma" in done.stdout
    again = cla(
        "--database", url, "import", str(DATA / "acta_muestra.csv"), "--kind", "acta", env=env
    )
    assert again.returncode == 0 and "Filas sin cambios: 16" in again.stdout
    assert count(engine, "result") == 16


def test_problems_dry_run_and_skip_invalid(office, tmp_path):
    url, engine = office
    env = signed_in_env("jefa")
    rows = files.nomina_rows()
    rows[2][10] = "123"  # a DNI with three digits
    path = files.write_csv(tmp_path / "matricula.csv", files.NOMINA_HEADER, rows)
    unknown = cla("--database", url, "import", str(path), env=env)
    assert unknown.returncode == 1 and "indique --kind" in unknown.stderr
    strict = cla("--database", url, "import", str(path), "--kind", "nomina", env=env)
    assert strict.returncode == 1
    assert (
        "matricula.csv, fila 4, columna DNI («123»): El DNI debe tener exactamente 8 dígitos."
        in strict.stdout
    )
    assert "No se importó nada" in strict.stdout and count(engine, "student") == 0
    dry = cla("--database", url, "import", str(path), "--kind", "nomina", "--dry-run", env=env)
    assert dry.returncode == 1 and "Simulación" in dry.stdout and count(engine, "student") == 0
    kept = cla(
        "--database", url, "import", str(path), "--kind", "nomina", "--skip-invalid", env=env
    )
    assert kept.returncode == 1, kept.stderr
    rejects = tmp_path / "matricula-rechazos.csv"
    assert f"Filas rechazadas y sus motivos: {rejects}" in kept.stdout
    assert "8 dígitos" in rejects.read_text(encoding="utf-8-sig")
    assert count(engine, "student") == 3


def test_operators_are_refused_with_exit_3(office, tmp_path):
    url, engine = office
    add_account(engine, "ana", role=Role.OPERADOR)
    path = shutil.copy(DATA / "nomina_muestra.csv", tmp_path / "nomina.csv")
    refused = cla("--database", url, "import", str(path), env=signed_in_env("ana"))
    assert refused.returncode == 3 and "supervisor" in refused.stderr


def test_columns_read_and_ignored_are_listed_before_writing(office, tmp_path):
    url, engine = office
    env = signed_in_env("jefa")
    assert (
        cla("--database", url, "import", str(DATA / "padron_muestra.csv"), env=env).returncode == 0
    )
    done = cla("--database", url, "import", str(DATA / "oficina" / "nomina_oficina.xls"),
               "--kind", "nomina", env=env)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "DNI (DNI) ← «Nro. DNI»" in out and "APELLIDO_PATERNO ← «Ap. Paterno»" in out
    assert "Columnas que no se usan (su contenido no se guarda):\n    «Observación»" in out
    assert "Sexo leído con la forma F/M (F femenino, M masculino)" in out
    assert out.index("Columnas que se leen") < out.index("Filas importadas")
    assert count(engine, "student") == 4


def test_sexo_must_be_stated_when_the_file_does_not_say(office, tmp_path):
    url, engine = office
    env = signed_in_env("jefa")
    assert (
        cla("--database", url, "import", str(DATA / "padron_muestra.csv"), env=env).returncode == 0
    )
    rows = files.nomina_rows()
    for row in rows:
        row[14] = "M"
    path = files.write_csv(tmp_path / "nomina.csv", files.NOMINA_HEADER, rows)
    unsaid = cla("--database", url, "import", str(path), env=env)
    assert unsaid.returncode == 1 and count(engine, "student") == 0
    assert "solo trae «M» (4 filas)" in unsaid.stderr and "--sexo HM" in unsaid.stderr
    assert "Traceback" not in unsaid.stderr
    said = cla("--database", url, "import", str(path), "--sexo", "FM", env=env)
    assert said.returncode == 0, said.stderr
    assert "Sexo leído con la forma F/M (F femenino, M masculino) (indicada por la oficina)" in (
        said.stdout
    )
    with engine.connect() as connection:
        assert {s for (s,) in connection.exec_driver_sql("SELECT sexo FROM student")} == {"M"}


def test_rejects_into_a_missing_folder_is_a_data_error(office, tmp_path):
    url, engine = office
    env = signed_in_env("jefa")
    path = shutil.copy(DATA / "nomina_muestra.csv", tmp_path / "nomina.csv")
    done = cla("--database", url, "import", str(path), "--skip-invalid",
               "--rejects", str(tmp_path / "no-existe" / "r.csv"), env=env)  # fmt: skip
    assert done.returncode == 1
    assert "no-existe» no existe: indique otra carpeta" in done.stderr
    assert "inesperado" not in done.stderr and count(engine, "student") == 0


def test_a_file_that_is_not_a_table_is_named(office, tmp_path):
    url, _ = office
    path = tmp_path / "nomina.csv"
    path.write_bytes(b"%PDF-1.5\n")
    done = cla("--database", url, "import", str(path), env=signed_in_env("jefa"))
    assert done.returncode == 1
    assert "nomina.csv es un documento PDF, no una tabla de datos" in done.stderr
