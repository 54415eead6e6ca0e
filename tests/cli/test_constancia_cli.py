"""`cla issue / reprint / verify / annul / keys` as a user runs them, and two processes issuing
at once against one PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session

from cla_desktop.services.actor import SYSTEM
from cla_desktop.services.constancias.keys import workstation_key
from cla_desktop.services.settings_store import set_office
from cla_desktop.store.database import make_engine
from tests.services.constancia_world import adult_with_secundaria
from tests.services.people import enroll, school
from tests.support.accounts import add_account, signed_in_env
from tests.support.pdf_tools import decode_qr
from tests.support.qr_forgery import flip_signature_bit


def _env(tmp_path) -> dict:
    return {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "tests.support.memory_keyring.FileKeyring",
        "CLA_TEST_KEYRING_FILE": str(tmp_path / "llavero.json"),
        **signed_in_env("ana"),
    }


def cla(tmp_path, *args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "cla_desktop.cli", *args],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        input=stdin,
        timeout=300,
    )


def _database(tmp_path, name="oficina.sqlite3") -> tuple[str, int]:
    path = tmp_path / name
    assert cla(tmp_path, "--database", str(path), "db", "upgrade").returncode == 0
    engine = make_engine(f"sqlite:///{path}")
    with Session(engine) as session:
        set_office(session, SYSTEM, "150104")
        session.commit()
        student = adult_with_secundaria(session)
    add_account(engine, "ana")
    engine.dispose()
    return str(path), student


def _qr(pdf, _tmp_path) -> str:
    return decode_qr(pdf)


def test_issue_verify_reprint_annul(tmp_path):
    database, _student = _database(tmp_path)
    pdf = tmp_path / "salida" / "constancia.pdf"
    issued = cla(
        tmp_path,
        "--database",
        database,
        "issue",
        "47112233",
        "--nivel",
        "secundaria",
        "--out",
        str(pdf),
        "--json",
        "--motivo",
        "Trámite laboral",
    )
    assert issued.returncode == 0, issued.stderr
    data = json.loads(issued.stdout)
    assert len(data["correlativo"]) == 8 and len(data["codigo_virtual"]) == 8
    code = data["codigo_virtual"]
    assert pdf.read_bytes().startswith(b"%PDF")
    typed = cla(tmp_path, "--database", database, "verify", code, "--dni", "47112233")
    assert typed.returncode == 0 and typed.stdout.startswith("VÁLIDA"), typed.stdout
    scanned = _qr(pdf, tmp_path)
    as_json = cla(tmp_path, "--database", database, "verify", scanned, "--json")
    assert as_json.returncode == 0 and json.loads(as_json.stdout)["verdict"] == "VÁLIDA"
    forged = cla(tmp_path, "--database", database, "verify", flip_signature_bit(scanned))
    assert forged.returncode == 1 and forged.stdout.startswith("FALSIFICADA")
    long_text = cla(tmp_path, "--database", database, "verify", "CLA1:" + "A" * 400)
    assert long_text.stdout.startswith("ILEGIBLE"), long_text.stderr  # no path, however long
    missing = cla(tmp_path, "--database", database, "verify", str(tmp_path / "no-esta.pdf"))
    assert missing.returncode != 0 and "No existe el archivo" in missing.stderr
    from_pdf = cla(tmp_path, "--database", database, "verify", str(pdf))
    assert from_pdf.returncode == 0 and from_pdf.stdout.startswith("VÁLIDA"), from_pdf.stdout
    again = tmp_path / "reimpresa.pdf"
    assert (
        cla(tmp_path, "--database", database, "reprint", code, "--out", str(again)).returncode == 0
    )
    assert again.read_bytes() == pdf.read_bytes()
    annulled = cla(
        tmp_path, "--database", database, "annul", code, "--reason", "Solicitante equivocado"
    )
    assert annulled.returncode == 0, annulled.stderr
    after = cla(tmp_path, "--database", database, "verify", code, "--dni", "47112233")
    assert after.returncode == 1 and after.stdout.startswith("ANULADA")


def test_refusal_batch_and_trust_list(tmp_path):
    database, student = _database(tmp_path)
    engine = make_engine(f"sqlite:///{database}")
    with Session(engine) as session:
        sec = school(session, "SECUNDARIA")
        enroll(session, student, 2023, "SECUNDARIA", 5, school_id=sec.id, acta="EN_RECTIFICACION")
        from cla_desktop.services.students import add_student

        fine = add_student(
            session,
            SYSTEM,
            apellido_paterno="Ccori",
            apellido_materno="Apaza",
            nombres="Rosa",
            document_number="48000001",
            fecha_nacimiento=datetime(2004, 3, 3, tzinfo=UTC).date(),
        ).id
        enroll(session, fine, 2021, "SECUNDARIA", 5, school_id=sec.id)
        session.commit()
    engine.dispose()
    refused = cla(
        tmp_path,
        "--database",
        database,
        "issue",
        "47112233",
        "--nivel",
        "secundaria",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert refused.returncode == 4 and "rectificación" in refused.stderr
    assert not (tmp_path / "x.pdf").exists()
    batch = tmp_path / "lista.csv"
    batch.write_text("48000001\n47112233\n99999999\n48000001,tio,41234567,ROSA\n")
    folder = tmp_path / "lote"
    result = cla(
        tmp_path,
        "--database",
        database,
        "issue",
        "--batch",
        str(batch),
        "--nivel",
        "secundaria",
        "--out",
        str(folder),
    )
    assert result.returncode == 4
    assert "47112233: no se emitió" in result.stderr and "99999999: no se emitió" in result.stderr
    assert "Línea 4 (48000001): no se emitió: el tipo de solicitante «tio»" in result.stderr
    assert "Traceback" not in result.stderr and "inesperado" not in result.stderr
    (made,) = folder.glob("48000001-secundaria-*.pdf")
    assert made.read_bytes().startswith(b"%PDF") and not list(folder.glob("*.tmp"))
    trust = tmp_path / "confianza.json"
    assert cla(tmp_path, "--database", database, "keys", "export", str(trust)).returncode == 0
    assert len(json.loads(trust.read_text())["contenido"]["claves"]) == 1  # the batch signed
    other, _ = _database(tmp_path, "otra.sqlite3")
    scanned = _qr(made, tmp_path)
    unknown = cla(tmp_path, "--database", other, "verify", scanned)
    assert unknown.returncode == 1 and unknown.stdout.startswith("NO VERIFICABLE AQUÍ")
    assert "Sin lista de confianza importada" in unknown.stdout
    refused = cla(tmp_path, "--database", other, "keys", "import", str(trust))
    assert refused.returncode != 0 and "--confiar" in refused.stderr, refused.stderr
    huella = refused.stderr.split("--confiar ")[1].split()[0]
    imported = cla(tmp_path, "--database", other, "keys", "import", str(trust), "--confiar", huella)
    assert imported.returncode == 0 and "1 claves nuevas" in imported.stdout, imported.stdout
    elsewhere = cla(tmp_path, "--database", other, "verify", scanned)
    assert elsewhere.returncode == 0 and "no está en el registro" in elsewhere.stdout
    status = cla(tmp_path, "--database", other, "keys", "status")
    assert status.stdout.startswith("Lista de confianza al "), status.stdout
    page = tmp_path / "verificador.html"
    written = cla(tmp_path, "--database", other, "keys", "verifier", "--out", str(page))
    assert written.returncode == 0 and "1 claves" in written.stdout, written.stderr
    kid = json.loads(trust.read_text())["firma"]["key_id"]
    html = page.read_text(encoding="utf-8")
    assert (
        kid in html and "<script src" not in html and 'http-equiv="Content-Security-Policy"' in html
    )


def test_two_processes_issue_400_distinct_on_postgresql(
    postgres_database_url, tmp_path, monkeypatch
):
    engine = make_engine(postgres_database_url)
    env = _env(tmp_path)
    with Session(engine) as session:
        students = []
        for number in range(20):
            from cla_desktop.services.students import add_student

            sid = add_student(
                session,
                SYSTEM,
                apellido_paterno="Prueba",
                apellido_materno=f"N{number}",
                nombres="Concurrencia",
                document_number=f"4800{number:04d}",
                fecha_nacimiento=datetime(2004, 1, 1, tzinfo=UTC).date(),
            ).id
            enroll(session, sid, 2020, "SECUNDARIA", 5, school_id=school(session, "SECUNDARIA").id)
            students.append(sid)
        session.commit()
    # The key is made once, before the two counters start.
    import keyring

    from tests.support.memory_keyring import FileKeyring

    previous = keyring.get_keyring()
    monkeypatch.setenv("CLA_TEST_KEYRING_FILE", env["CLA_TEST_KEYRING_FILE"])
    keyring.set_keyring(FileKeyring())
    try:
        from cla_desktop.domain.roles import Role
        from cla_desktop.services.actor import Actor

        with Session(engine) as session:
            workstation_key(session, Actor("x", Role.OPERADOR, workstation="ventanilla-prueba"))
            session.commit()
    finally:
        keyring.set_keyring(previous)
    halves = [",".join(map(str, students[:10])), ",".join(map(str, students[10:]))]
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.support.issue_many", postgres_database_url, "200", half],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for half in halves
    ]
    for worker in workers:
        _out, err = worker.communicate(timeout=600)
        assert worker.returncode == 0, err
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT COUNT(*), COUNT(DISTINCT correlativo), COUNT(DISTINCT codigo_virtual), "
                "SUM(CASE WHEN state = 'VIGENTE' THEN 1 ELSE 0 END) FROM constancia"
            )
        ).one()
    engine.dispose()
    assert tuple(rows) == (400, 400, 400, 20)  # one vigente per student and nivel


def test_settings_commands(tmp_path):
    database, _student = _database(tmp_path)
    assert cla(tmp_path, "--database", database, "settings", "office", "150104").returncode == 0
    lines = cla(
        tmp_path,
        "--database",
        database,
        "settings",
        "header-lines",
        "DRE Lima Metropolitana",
        "UGEL 03 Breña",
    )
    assert lines.returncode == 0
    base = cla(
        tmp_path,
        "--database",
        database,
        "settings",
        "verification-base",
        "https://ugel03.example.gob.pe/verificar",
    )
    assert base.returncode == 0
    assert (
        cla(tmp_path, "--database", database, "settings", "verification-base", "ftp://x").returncode
        == 1
    )
    pdf = tmp_path / "c.pdf"
    assert (
        cla(
            tmp_path,
            "--database",
            database,
            "issue",
            "47112233",
            "--nivel",
            "secundaria",
            "--out",
            str(pdf),
        ).returncode
        == 0
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "DRE LIMA METROPOLITANA" in text and "UGEL 03 BREÑA" in text
    assert "https://ugel03.example.gob.pe/verificar" in " ".join(text.split())
    scanned = _qr(pdf, tmp_path)
    page, fragment = scanned.split("#")
    code = page.rsplit("/", 1)[1]
    assert page == f"https://ugel03.example.gob.pe/verificar/{code}" and fragment.isdigit()
    assert "47112233" not in page and "BREÑA" not in page  # no personal data reaches a server
    verified = cla(tmp_path, "--database", database, "verify", scanned)
    assert verified.returncode == 0 and verified.stdout.startswith("VÁLIDA")
    for wrong in ("https://x.gob.pe/v?id=1", "https://x.gob.pe/v#a", "https://ejemplo.invalid/v"):
        refused = cla(tmp_path, "--database", database, "settings", "verification-base", wrong)
        assert refused.returncode == 1 and "dirección de verificación" in refused.stderr


def test_a_pdf_that_cannot_be_written_issues_nothing(tmp_path):
    """The document is made before it counts: --out where no file can be written leaves no
    constancia issued and the citizen's earlier one valid (it used to be committed, never
    printed, and to supersede the valid one)."""
    database, _student = _database(tmp_path)
    first = tmp_path / "primera.pdf"
    issued = cla(tmp_path, "--database", database, "issue", "47112233", "--nivel", "secundaria",
                 "--out", str(first), "--json")  # fmt: skip
    assert issued.returncode == 0, issued.stderr
    code = json.loads(issued.stdout)["codigo_virtual"]
    blocker = tmp_path / "no_es_carpeta"
    blocker.write_text("un archivo, no una carpeta", encoding="utf-8")
    failed = cla(tmp_path, "--database", database, "issue", "47112233", "--nivel", "secundaria",
                 "--out", str(blocker / "constancia.pdf"))  # fmt: skip
    assert failed.returncode == 1
    assert "No se emitió la constancia (la anterior sigue vigente)" in failed.stderr
    assert "Traceback" not in failed.stderr and "Errno" not in failed.stderr
    engine = make_engine(f"sqlite:///{database}")
    with engine.connect() as connection:
        states = connection.execute(text("SELECT codigo_virtual, state FROM constancia")).all()
    engine.dispose()
    assert [c for c, _ in states] == [code] and len(states) == 1
    still = cla(tmp_path, "--database", database, "verify", code, "--dni", "47112233")
    assert still.stdout.startswith("VÁLIDA"), still.stdout
