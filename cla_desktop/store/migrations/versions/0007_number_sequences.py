"""Named counters for numbers given under concurrency (consulta tickets), seeded from the
tickets already given so that no number is given twice.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TICKET = re.compile(r"^(.+-\d{4}-)(\d+)$")


def upgrade() -> None:
    table = op.create_table(
        "number_sequence",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    highest: dict[str, int] = {}
    for (ticket,) in op.get_bind().execute(sa.text("SELECT ticket FROM consulta")):
        found = _TICKET.match(ticket or "")
        if found:
            name = f"consulta:{found.group(1)}"
            highest[name] = max(highest.get(name, 0), int(found.group(2)))
    if highest:
        op.bulk_insert(table, [{"name": n, "last": last} for n, last in sorted(highest.items())])


def downgrade() -> None:
    op.drop_table("number_sequence")
