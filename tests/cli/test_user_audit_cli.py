"""`cla user`, `cla audit`, `cla report` and signing in from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from cla_desktop.store.database import make_engine
from tests.support.tamper import without_guard


def cla(*args, env=None, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "cla_desktop.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "CLA_USER": "", "CLA_PASSWORD": "", **(env or {})},
        input=stdin,
        timeout=120,
    )


def test_accounts_sign_in_and_the_audit_trail(tmp_path):
    db = str(tmp_path / "oficina.sqlite3")
    assert cla("--database", db, "db", "upgrade").returncode == 0
    refused = cla("--database", db, "search", "quispe")
    assert refused.returncode == 3 and "cla user add" in refused.stderr
    first = cla(
        "--database",
        db,
        "user",
        "add",
        "jefa",
        "--role",
        "administrador",
        "--password-stdin",
        stdin="clave-jefa-2026\n",
    )
    assert first.returncode == 0 and "jefa (administrador)" in first.stdout, first.stderr
    admin = {"CLA_USER": "jefa", "CLA_PASSWORD": "clave-jefa-2026"}
    nobody = cla(
        "--database",
        db,
        "user",
        "add",
        "x12",
        "--role",
        "operador",
        "--password-stdin",
        stdin="clave-x-2026\n",
    )
    assert nobody.returncode == 3 and "--user" in nobody.stderr
    clerk = cla(
        "--database",
        db,
        "user",
        "add",
        "ana",
        "--role",
        "operador",
        "--password-stdin",
        env=admin,
        stdin="clave-ana-2026\n",
    )
    assert clerk.returncode == 0, clerk.stderr
    ana = {"CLA_USER": "ana", "CLA_PASSWORD": "clave-ana-2026"}
    assert cla("--database", db, "search", "quispe", env=ana).returncode == 1  # no students
    denied = cla("--database", db, "user", "list", env=ana)
    assert denied.returncode == 3 and "no tiene permiso" in denied.stderr
    wrong = cla("--database", db, "--user", "ana", "search", "x", env={"CLA_PASSWORD": "mala"})
    assert wrong.returncode == 3 and "incorrectos" in wrong.stderr
    listed = json.loads(cla("--database", db, "user", "list", "--json", env=admin).stdout)
    assert [(u["username"], u["role"], u["active"]) for u in listed] == [
        ("ana", "operador", True),
        ("jefa", "administrador", True),
    ]
    assert cla("--database", db, "user", "disable", "ana", env=admin).returncode == 0
    disabled = cla("--database", db, "search", "quispe", env=ana)
    assert disabled.returncode == 3 and "desactivada" in disabled.stderr
    entries = cla("--database", db, "audit", "list", "--json", "--limit", "100", env=admin)
    actions = [e["action"] for e in json.loads(entries.stdout)]
    for action in (
        "busqueda",
        "sesion.ingreso",
        "sesion.ingreso_fallido",
        "usuario.crear",
        "usuario.cambio",
    ):
        assert action in actions
    out = tmp_path / "auditoria.csv"
    assert cla("--database", db, "audit", "export", str(out), env=admin).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("\ufeffn,fecha_hora,")
    report = cla("--database", db, "report", "--csv", str(tmp_path / "rep"), env=admin)
    assert report.returncode == 0 and (tmp_path / "rep" / "rechazos-motivo.csv").exists()
    ok = cla("--database", db, "audit", "verify", env=admin)
    assert ok.returncode == 0 and "íntegro" in ok.stdout
    engine = make_engine(f"sqlite:///{db}")
    without_guard(engine, "UPDATE audit_entry SET subject = 'otra' WHERE id = 3")
    engine.dispose()
    tampered = cla("--database", db, "audit", "verify", env=admin)
    assert tampered.returncode == 4
    assert "ALTERADO en entrada N.° 3" in tampered.stdout


def test_demo_database_signs_in_the_demo_supervisor(tmp_path):
    db = str(tmp_path / "demo.sqlite3")
    assert cla("--database", db, "demo", "--students", "20").returncode == 0
    found = cla("--database", db, "audit", "list", "--json")
    assert found.returncode == 0, found.stderr
    assert any(e["username"] == "demo" for e in json.loads(found.stdout))
