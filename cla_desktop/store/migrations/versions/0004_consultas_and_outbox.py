"""Consultas to DIGE (history, attachments) and the durable e-mail outbox.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "consulta",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket", sa.String(length=24), nullable=False),
        sa.Column("office_code", sa.String(length=6), nullable=False),
        sa.Column("clerk", sa.String(length=60), nullable=False),
        sa.Column("category", sa.String(length=24), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=True),
        sa.Column("nivel", sa.String(length=12), nullable=True),
        sa.Column("years", sa.String(length=80), nullable=True),
        sa.Column("codigo_modular", sa.String(length=9), nullable=True),
        sa.Column("citizen_document", sa.String(length=12), nullable=True),
        sa.Column("citizen_name", sa.String(length=160), nullable=True),
        sa.Column("citizen_contact", sa.String(length=160), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("reply_text", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("ticket"),
    )
    with op.batch_alter_table("consulta", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consulta_category"), ["category"], unique=False)
        batch_op.create_index(batch_op.f("ix_consulta_state"), ["state"], unique=False)

    op.create_table(
        "consulta_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consulta_id", sa.Integer(), nullable=True),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("content_type", sa.String(length=60), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["consulta_id"], ["consulta.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("consulta_attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consulta_attachment_consulta_id"), ["consulta_id"], unique=False
        )

    op.create_table(
        "consulta_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consulta_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=60), nullable=False),
        sa.Column("from_state", sa.String(length=12), nullable=True),
        sa.Column("to_state", sa.String(length=12), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(["consulta_id"], ["consulta.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("consulta_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consulta_event_consulta_id"), ["consulta_id"], unique=False
        )

    op.create_table(
        "outbox_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consulta_id", sa.Integer(), nullable=True),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column("to_address", sa.String(length=200), nullable=False),
        sa.Column("from_address", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.String(length=1000), nullable=True),
        sa.Column("claimed_by", sa.String(length=120), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["consulta_id"],
            ["consulta.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("message_id"),
    )
    with op.batch_alter_table("outbox_message", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outbox_message_consulta_id"), ["consulta_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_outbox_message_state"), ["state"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox_message", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_message_state"))
        batch_op.drop_index(batch_op.f("ix_outbox_message_consulta_id"))

    op.drop_table("outbox_message")
    with op.batch_alter_table("consulta_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consulta_event_consulta_id"))

    op.drop_table("consulta_event")
    with op.batch_alter_table("consulta_attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consulta_attachment_consulta_id"))

    op.drop_table("consulta_attachment")
    with op.batch_alter_table("consulta", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consulta_state"))
        batch_op.drop_index(batch_op.f("ix_consulta_category"))

    op.drop_table("consulta")
