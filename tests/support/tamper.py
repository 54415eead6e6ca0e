"""What an intruder with database rights does: switch the append-only guard off, then edit."""

from __future__ import annotations

from sqlalchemy import Engine, text

from cla_desktop.store.audit_guard import drop_statements


def without_guard(engine: Engine, *statements: str) -> None:
    dialect = engine.dialect.name
    with engine.begin() as connection:
        if dialect == "postgresql":
            connection.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER USER"))
        else:
            for statement in drop_statements(dialect):
                connection.execute(text(statement))
        for statement in statements:
            connection.execute(text(statement))
