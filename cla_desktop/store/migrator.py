"""Alembic migrations: the only way any schema is created, in the app and in the tests."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine

from cla_desktop.store.database import readonly
from cla_desktop.store.errors import DatabaseNotReady, DatabaseTooNew

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with readonly(engine).connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def ensure_known_revision(engine: Engine) -> str | None:
    """Refuse a database migrated by a newer app instead of failing later in odd ways."""
    revision = current_revision(engine)
    if revision is None:
        return None
    try:
        known = script_directory().get_revision(revision)
    except CommandError:
        known = None
    if known is None:
        raise DatabaseTooNew(
            f"La base de datos fue actualizada por una versión más reciente de CLA Escritorio "
            f"(revisión {revision}). Instale la versión más reciente de la aplicación en este "
            "equipo antes de abrirla."
        )
    return revision


def ensure_current(engine: Engine) -> None:
    """For commands that need the schema: say plainly when `cla db upgrade` is needed."""
    revision = ensure_known_revision(engine)
    if revision != head_revision():
        raise DatabaseNotReady(
            "La base de datos no está preparada para esta versión. Ejecute `cla db upgrade` "
            "(se guarda una copia de seguridad antes de cambiarla)."
        )


def backup_sqlite(engine: Engine, revision: str | None) -> Path | None:
    """Copy a SQLite file before migrating it (online backup API: safe with WAL)."""
    database = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    source_path = Path(database)
    if not source_path.exists() or source_path.stat().st_size == 0:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source_path.with_name(
        f"{source_path.stem}.antes-de-migrar-{revision or 'vacia'}-{stamp}{source_path.suffix}"
    )
    with sqlite3.connect(source_path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    source.close()
    copy.close()
    log.info("Copia de seguridad antes de migrar: %s", target)
    return target


def upgrade(engine: Engine, revision: str = "head", *, backup: bool = True) -> Path | None:
    """Migrate to `revision`; returns the backup file when one was made."""
    current = ensure_known_revision(engine)
    if current == head_revision() and revision == "head":
        return None
    backup_path = backup_sqlite(engine, current) if backup and current is not None else None
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return backup_path


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
