"""The PyInstaller bundle, built here from this checkout and run as an office PC would:
`cla --version`, `cla demo` into a fresh home, one constancia issued and read back, and
`cla-desktop --demo` staying up offscreen.  Also the size limit (≤ 250 MB, issue #8).

The bundled programs see only the bundle, so the test keyring (a JSON file) is handed to them
through keyring's own configuration file (`keyring-path`), as an office could configure one.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from tests.support.pdf_tools import pdf_text

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "cla_escritorio.spec"
SIZE_LIMIT = 250_000_000


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
        capture_output=True,
        text=True,
        timeout=1200,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return work / "dist" / "cla-desktop"


@pytest.fixture
def office_pc(tmp_path) -> dict[str, str]:
    """A fresh home: app folders, and a keyring configured by file."""
    config = tmp_path / "config" / "python_keyring"
    config.mkdir(parents=True)
    (config / "keyringrc.cfg").write_text(
        "[backend]\n"
        "default-keyring = tests.support.memory_keyring.FileKeyring\n"
        f"keyring-path = {ROOT}\n",
        encoding="utf-8",
    )
    return {
        **os.environ,
        "CLA_HOME": str(tmp_path / "cla"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "CLA_TEST_KEYRING_FILE": str(tmp_path / "llavero.json"),
        "QT_QPA_PLATFORM": "offscreen",
        "CLA_USER": "",
        "CLA_PASSWORD": "",
    }


def run(program: Path, *args, env, timeout=300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, env=env, timeout=timeout
    )


def test_the_bundle_fits(bundle):
    # PyInstaller links the Qt libraries into _internal/: count each file once.
    size = sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= SIZE_LIMIT, f"{size / 1e6:.1f} MB"
    assert (bundle / "cla").is_file() and (bundle / "cla-desktop").is_file()


def test_version_comes_from_pyproject(bundle, office_pc):
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    done = run(bundle / "cla", "--version", env=office_pc)
    assert done.returncode == 0 and done.stdout.strip() == f"CLA Escritorio {version}"


def test_demo_then_a_constancia_read_back(bundle, office_pc, tmp_path):
    demo = run(bundle / "cla", "demo", "--students", "400", env=office_pc)
    assert demo.returncode == 0, demo.stderr
    database = Path(office_pc["CLA_HOME"]) / "data" / "cla.sqlite3"
    with sqlite3.connect(database) as connection:
        dni = connection.execute(
            "SELECT s.document_number FROM student s JOIN enrollment e ON e.student_id = s.id "
            "WHERE e.nivel = 'SECUNDARIA' AND s.document_type = 'DNI' AND s.id NOT IN "
            "(SELECT student_id FROM enrollment WHERE acta_estado = 'EN_RECTIFICACION') "
            "AND s.fecha_nacimiento < '2007-01-01' ORDER BY s.id LIMIT 1"
        ).fetchone()[0]
    out = tmp_path / "constancia.pdf"
    issued = run(bundle / "cla", "issue", dni, "--nivel", "secundaria", "--out", str(out),
                 env=office_pc)  # fmt: skip
    assert issued.returncode == 0, issued.stdout + issued.stderr
    text = pdf_text(out)
    assert dni in text and "SECUNDARIA" in text.upper()


def test_the_desktop_stays_up(bundle, office_pc):
    process = subprocess.Popen(
        [str(bundle / "cla-desktop"), "--demo"],
        env=office_pc,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(8)
        assert process.poll() is None, process.communicate()[1][-3000:]
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    assert "Traceback" not in err, err[-3000:]
    log = Path(office_pc["CLA_HOME"]) / "logs" / "cla.log"
    assert not log.exists() or "ERROR" not in log.read_text(encoding="utf-8")
