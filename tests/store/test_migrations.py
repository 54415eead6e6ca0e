"""The real Alembic migrations on both backends: empty -> head, down to base and up again."""

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

import cla_desktop.store.models  # noqa: F401
from cla_desktop.services.database_setup import open_database, schema_status
from cla_desktop.store import migrator
from cla_desktop.store.database import make_engine
from cla_desktop.store.errors import DatabaseNotReady, DatabaseTooNew, DatabaseUnavailable
from cla_desktop.store.search_index import include_name

TABLES = {
    "office",
    "ubigeo",
    "school",
    "student",
    "enrollment",
    "result",
    "observation",
    "app_setting",
}


def test_upgrade_from_empty_downgrade_and_upgrade_again(empty_url):
    engine = make_engine(empty_url)
    try:
        assert migrator.current_revision(engine) is None
        migrator.upgrade(engine)
        assert migrator.current_revision(engine) == migrator.head_revision()
        assert set(inspect(engine).get_table_names()) >= TABLES
        migrator.downgrade(engine, "base")
        assert not TABLES & set(inspect(engine).get_table_names())
        migrator.upgrade(engine)
        assert set(inspect(engine).get_table_names()) >= TABLES
    finally:
        engine.dispose()


def test_migrated_schema_matches_the_models(engine):
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []


def test_sqlite_pragmas_are_on(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()


def test_sqlite_file_is_backed_up_before_a_migration(tmp_path, monkeypatch):
    path = tmp_path / "office.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    assert migrator.upgrade(engine) is None  # a new file: nothing to back up
    with engine.begin() as connection:  # still in the WAL, not yet checkpointed
        connection.exec_driver_sql("INSERT INTO app_setting VALUES ('office_code', '150104')")
    assert migrator.upgrade(engine) is None  # already at head: no migration, no copy
    # Pretend the app ships a newer revision: the next upgrade must copy the file first.
    current = migrator.head_revision()
    monkeypatch.setattr(migrator, "head_revision", lambda: "9999")
    backup = migrator.upgrade(engine)
    engine.dispose()
    assert backup is not None and backup.name.startswith(f"office.antes-de-migrar-{current}-")
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT value FROM app_setting").fetchone() == ("150104",)


def test_database_newer_than_the_app_is_refused_in_spanish(engine):
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    with pytest.raises(DatabaseTooNew, match="versión más reciente"):
        migrator.upgrade(engine)
    with pytest.raises(DatabaseTooNew):
        open_database(engine.url, upgrade=False)


def test_unmigrated_database_is_reported(empty_url):
    with pytest.raises(DatabaseNotReady, match="cla db upgrade"):
        open_database(empty_url, upgrade=False)
    assert schema_status(empty_url) == (None, migrator.head_revision())


def test_unreachable_postgresql_gets_a_spanish_message():
    with pytest.raises(DatabaseUnavailable, match="No se pudo conectar"):
        open_database("postgresql+psycopg://nadie@127.0.0.1:1/cla")


def test_ticket_counters_are_seeded_from_the_tickets_given(empty_url):
    """Migration 0007: an office upgrading keeps numbering above its last ticket."""
    engine = make_engine(empty_url)
    try:
        migrator.upgrade(engine, "0006", backup=False)
        with engine.begin() as connection:
            for ticket in ("UGEL03-2026-000007", "UGEL03-2026-000012", "UGEL03-2025-000400"):
                connection.execute(
                    text(
                        "INSERT INTO consulta (ticket, office_code, clerk, category, state, "
                        "description, created_at, updated_at) VALUES (:t, '150104', 'ana', "
                        "'otros', 'BORRADOR', 'Consulta anterior.', :at, :at)"
                    ),
                    {"t": ticket, "at": "2026-01-05 10:00:00"},
                )
        migrator.upgrade(engine, backup=False)
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT name, last FROM number_sequence ORDER BY name")
            ).all()
        assert [tuple(r) for r in rows] == [
            ("consulta:UGEL03-2025-", 400),
            ("consulta:UGEL03-2026-", 12),
        ]
    finally:
        engine.dispose()
