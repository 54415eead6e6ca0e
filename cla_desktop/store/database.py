"""Engines and sessions for the embedded SQLite file and a networked PostgreSQL server."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlmodel import Session

from cla_desktop.paths import AppPaths
from cla_desktop.store.errors import DatabaseUnavailable

log = logging.getLogger(__name__)

ENV_DATABASE_URL = "CLA_DATABASE_URL"


def resolve_url(database: str | None = None, *, demo: bool = False) -> URL:
    """The database to use: the argument, else CLA_DATABASE_URL, else the user's SQLite file.

    A bare file path is accepted as a SQLite database, and `postgresql://` is given the psycopg
    driver, so an office's IT person can write what they know.
    """
    text = database or os.environ.get(ENV_DATABASE_URL)
    if not text:
        paths = AppPaths.current()
        path = paths.demo_database if demo else paths.default_database
        return URL.create("sqlite", database=str(path))
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))
    try:
        url = make_url(text)
    except ArgumentError as error:
        raise DatabaseUnavailable(
            f"La dirección de la base de datos no es válida: {text!r}. Use una ruta de archivo "
            "SQLite o postgresql+psycopg://usuario@servidor:5432/base."
        ) from error
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def describe(url: URL) -> str:
    """What the status bar shows: never the password."""
    if url.get_backend_name() == "sqlite":
        return f"SQLite · {url.database}"
    host = f"{url.host or 'localhost'}:{url.port or 5432}"
    return f"PostgreSQL · {url.username or ''}@{host}/{url.database}"


def make_engine(url: URL | str) -> Engine:
    """Create an engine with the per-backend settings the app relies on."""
    url = make_url(url) if isinstance(url, str) else url
    backend = url.get_backend_name()
    try:
        if backend == "sqlite":
            return _sqlite_engine(url)
        if backend == "postgresql":
            return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    except NoSuchModuleError as error:
        raise DatabaseUnavailable(
            f"No se reconoce el tipo de base de datos {url.drivername!r}."
        ) from error
    raise DatabaseUnavailable(
        f"Tipo de base de datos no admitido: {backend}. Use SQLite o PostgreSQL."
    )


def _sqlite_engine(url: URL) -> Engine:
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy own transactions (pysqlite would otherwise skip BEGIN before DDL), so
        # migrations and bulk writes are atomic.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # IMMEDIATE takes the write lock up front: a transaction that reads and then writes (an
        # issuance, a trajectory view and its audit entry) would otherwise fail with "database
        # is locked" when another connection committed in between (WAL cannot upgrade a stale
        # snapshot), whatever the busy timeout.  Pure readers opt out with `readonly()`.
        mode = connection.get_execution_options().get(SQLITE_BEGIN, "IMMEDIATE")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


SQLITE_BEGIN = "cla_sqlite_begin"


def readonly(engine: Engine) -> Engine:
    """The same engine for transactions that only read (searches, long verifications): on
    SQLite they neither wait for nor hold up writers."""
    return engine.execution_options(**{SQLITE_BEGIN: "DEFERRED"})


def check_connection(engine: Engine) -> None:
    """Open and close one connection; raise DatabaseUnavailable with a Spanish message."""
    try:
        with readonly(engine).connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except DBAPIError as error:
        log.exception("No se pudo abrir la base de datos %s", describe(engine.url))
        if engine.url.get_backend_name() == "sqlite":
            message = (
                f"No se pudo abrir el archivo de base de datos {engine.url.database}. "
                "Compruebe que la carpeta existe y que tiene permiso de escritura."
            )
        else:
            message = (
                f"No se pudo conectar con la base de datos {describe(engine.url)}. "
                "Compruebe que el servidor está encendido y accesible desde este equipo, y que "
                "el usuario y la contraseña son correctos."
            )
        raise DatabaseUnavailable(message) from error


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session whose work commits at the end of the block or rolls back on error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
