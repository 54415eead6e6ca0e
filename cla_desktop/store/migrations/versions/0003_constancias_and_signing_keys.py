"""Constancias (the issuance register) and the public keys that sign them; on PostgreSQL a
sequence hands out correlativos atomically to every workstation.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "signing_key",
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("workstation", sa.String(length=120), nullable=False),
        sa.Column("office_code", sa.String(length=6), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=12), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("key_id"),
    )
    op.create_table(
        "constancia",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("correlativo", sa.Integer(), nullable=False),
        sa.Column("codigo_virtual", sa.String(length=8), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("nivel", sa.String(length=12), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.String(length=100), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issued_by", sa.String(length=60), nullable=False),
        sa.Column("workstation", sa.String(length=120), nullable=False),
        sa.Column("office_code", sa.String(length=6), nullable=False),
        sa.Column("requester_type", sa.String(length=12), nullable=False),
        sa.Column("requester_document", sa.String(length=12), nullable=True),
        sa.Column("requester_name", sa.String(length=160), nullable=True),
        sa.Column("motivo", sa.String(length=150), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("replaced_by", sa.Integer(), nullable=True),
        sa.Column("annul_reason", sa.String(length=300), nullable=True),
        sa.Column("annulled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("annulled_by", sa.String(length=60), nullable=True),
        sa.ForeignKeyConstraint(
            ["key_id"],
            ["signing_key.key_id"],
        ),
        sa.ForeignKeyConstraint(
            ["replaced_by"],
            ["constancia.id"],
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("codigo_virtual"),
        sa.UniqueConstraint("correlativo"),
    )
    with op.batch_alter_table("constancia", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_constancia_state"), ["state"], unique=False)
        batch_op.create_index(batch_op.f("ix_constancia_student_id"), ["student_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE SEQUENCE constancia_correlativo_seq START 1")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP SEQUENCE IF EXISTS constancia_correlativo_seq")
    with op.batch_alter_table("constancia", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_constancia_student_id"))
        batch_op.drop_index(batch_op.f("ix_constancia_state"))

    op.drop_table("constancia")
    op.drop_table("signing_key")
