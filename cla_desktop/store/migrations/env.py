"""Alembic environment: runs on the connection the app hands over (see store.migrator)."""

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import cla_desktop.store.models  # noqa: F401  (registers the tables)
from cla_desktop.store.search_index import include_name

config = context.config
target_metadata = SQLModel.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as connection:
        _run(connection)


if context.is_offline_mode():
    raise SystemExit("CLA Escritorio solo migra en línea: use `cla db upgrade`.")
run_migrations_online()
