"""The trust network: keys retired (rotated out, still verifying what they signed before) or
revoked from a date, keys allowed to sign trust lists, and the trust lists imported.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("signing_key", schema=None) as batch_op:
        batch_op.add_column(sa.Column("office_name", sa.String(length=160), nullable=True))
        batch_op.add_column(sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("revoked_from", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("revoked_reason", sa.String(length=200), nullable=True))
        batch_op.add_column(
            sa.Column("list_signer", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("vouched_for", sa.String(length=32), nullable=True))
    op.create_table(
        "trust_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issuer_office_code", sa.String(length=6), nullable=False),
        sa.Column("issuer_office_name", sa.String(length=160), nullable=False),
        sa.Column("signer_key_id", sa.String(length=32), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by", sa.String(length=60), nullable=False),
        sa.Column("key_count", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("digest"),
    )
    with op.batch_alter_table("trust_list", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trust_list_issuer_office_code"), ["issuer_office_code"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("trust_list", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trust_list_issuer_office_code"))
    op.drop_table("trust_list")
    with op.batch_alter_table("signing_key", schema=None) as batch_op:
        for column in (
            "list_signer",
            "revoked_reason",
            "revoked_from",
            "retired_at",
            "office_name",
        ):
            batch_op.drop_column(column)
