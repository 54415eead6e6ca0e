"""Shared fixtures: an isolated CLA_HOME, fresh migrated databases on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt or reads the app's directories.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CLA_HOME"] = tempfile.mkdtemp(prefix="cla-home-")
os.environ.pop("CLA_DATABASE_URL", None)

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from cla_desktop.services.database_setup import open_database
from cla_desktop.store.database import make_engine, readonly
from tests.support.postgres_server import PostgresUnavailable, start_server

IN_CI = os.environ.get("CI", "").lower() == "true"
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    """A PostgreSQL server: CLA_TEST_POSTGRES_URL, or a throwaway cluster started here."""
    configured = os.environ.get("CLA_TEST_POSTGRES_URL")
    if configured:
        yield configured
        return
    try:
        server = start_server()
    except PostgresUnavailable as error:
        if IN_CI:
            pytest.fail(f"PostgreSQL es obligatorio en CI: {error}")
        pytest.skip(str(error))
    try:
        yield server.admin_url
    finally:
        server.stop()


def _admin_engine(admin_url: str) -> Engine:
    return create_engine(admin_url, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def postgres_template(postgres_admin_url: str) -> Iterator[str]:
    """A database built once by the real migrations (+ reference data), cloned per test."""
    name = f"cla_template_{uuid.uuid4().hex[:8]}"
    admin = _admin_engine(postgres_admin_url)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(postgres_admin_url).set(database=name)
    opened = open_database(url)
    opened.engine.dispose()
    try:
        yield name
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    opened = open_database(f"sqlite:///{path}")
    with readonly(opened.engine).connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.engine.dispose()
    return path


def _create_postgres_database(
    request: pytest.FixtureRequest, prefix: str, template: str | None = None
) -> str:
    """CREATE DATABASE (optionally from a template), dropped when the test ends."""
    admin_url = request.getfixturevalue("postgres_admin_url")
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = _admin_engine(admin_url)
    clause = f' TEMPLATE "{template}"' if template else ""
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"{clause}'))

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    request.addfinalizer(drop)
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def new_database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database built by the real migrations (cloned from a template) for one test."""
    if backend == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        target = tmp_path / "cla.sqlite3"
        shutil.copy(template, target)
        return f"sqlite:///{target}"
    return _create_postgres_database(
        request, "cla_test", template=request.getfixturevalue("postgres_template")
    )


def empty_database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database with no schema at all, for migration tests."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    return _create_postgres_database(request, "cla_empty")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return new_database_url(backend, request, tmp_path)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def empty_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return empty_database_url(backend, request, tmp_path)


@pytest.fixture
def postgres_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh migrated PostgreSQL database, for tests that only concern PostgreSQL."""
    return new_database_url("postgresql", request, tmp_path)


@pytest.fixture
def memory_keyring():
    """An in-memory OS keyring for the test, restored afterwards."""
    import keyring

    from tests.support.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def imap_server():
    """A throwaway dovecot IMAP server (required under CI)."""
    from tests.support.imap_server import ImapUnavailable, start

    try:
        server = start()
    except ImapUnavailable as error:
        if IN_CI:
            pytest.fail(f"El servidor IMAP de prueba es obligatorio en CI: {error}")
        pytest.skip(str(error))
    yield server
    server.stop()
