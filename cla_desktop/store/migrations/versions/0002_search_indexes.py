"""Search indexes: FTS5 (SQLite) or a full-text GIN index (PostgreSQL) over the folded name key,
plus plain indexes for document number, name key and (birth date, name key, document) for
the duplicate hint.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

from cla_desktop.store import search_index

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("student") as batch:
        batch.create_index("ix_student_document_number", ["document_number"])
        batch.create_index(
            "ix_student_birth_name",
            ["fecha_nacimiento", "name_key", "document_number"],
            postgresql_include=["id"],
        )
        batch.create_index("ix_student_name_key", ["name_key"])
    dialect = op.get_bind().dialect.name
    statements = search_index.SQLITE_CREATE if dialect == "sqlite" else search_index.POSTGRES_CREATE
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    statements = search_index.SQLITE_DROP if dialect == "sqlite" else search_index.POSTGRES_DROP
    for statement in statements:
        op.execute(statement)
    with op.batch_alter_table("student") as batch:
        batch.drop_index("ix_student_name_key")
        batch.drop_index("ix_student_birth_name")
        batch.drop_index("ix_student_document_number")
