"""Initial schema: offices, ubigeo, schools, students, enrollments, results, observations.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "office",
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=4), nullable=False),
        sa.Column("dre_code", sa.String(length=6), nullable=True),
        sa.PrimaryKeyConstraint("code"),
    )
    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_office_dre_code"), ["dre_code"], unique=False)

    op.create_table(
        "student",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_type", sa.String(length=10), nullable=False),
        sa.Column("document_number", sa.String(length=12), nullable=True),
        sa.Column("codigo_estudiante", sa.String(length=14), nullable=True),
        sa.Column("apellido_paterno", sa.String(length=80), nullable=False),
        sa.Column("apellido_materno", sa.String(length=80), nullable=False),
        sa.Column("nombres", sa.String(length=120), nullable=False),
        sa.Column("sexo", sa.String(length=1), nullable=True),
        sa.Column("fecha_nacimiento", sa.Date(), nullable=True),
        sa.Column("ubigeo_nacimiento", sa.String(length=6), nullable=True),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("codigo_estudiante"),
        sa.UniqueConstraint("document_type", "document_number", name="uq_student_document"),
    )
    op.create_table(
        "ubigeo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=12), nullable=False),
        sa.Column("inei", sa.String(length=6), nullable=True),
        sa.Column("reniec", sa.String(length=6), nullable=True),
        sa.Column("departamento", sa.String(length=60), nullable=False),
        sa.Column("provincia", sa.String(length=60), nullable=True),
        sa.Column("distrito", sa.String(length=80), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ubigeo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ubigeo_inei"), ["inei"], unique=False)
        batch_op.create_index(batch_op.f("ix_ubigeo_reniec"), ["reniec"], unique=False)

    op.create_table(
        "school",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("codigo_modular", sa.String(length=7), nullable=False),
        sa.Column("anexo", sa.String(length=1), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("nivel_modalidad", sa.String(length=80), nullable=False),
        sa.Column("nivel", sa.String(length=12), nullable=True),
        sa.Column("gestion", sa.String(length=80), nullable=True),
        sa.Column("ugel_code", sa.String(length=6), nullable=True),
        sa.Column("ubigeo", sa.String(length=6), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("synthetic", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ugel_code"],
            ["office.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("codigo_modular", "anexo", name="uq_school_codmod_anexo"),
    )
    op.create_table(
        "enrollment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("school_id", sa.Integer(), nullable=False),
        sa.Column("nivel", sa.String(length=12), nullable=False),
        sa.Column("grado", sa.Integer(), nullable=False),
        sa.Column("seccion", sa.String(length=20), nullable=True),
        sa.Column("situacion_final", sa.String(length=60), nullable=True),
        sa.Column("acta_estado", sa.String(length=20), nullable=True),
        sa.Column("scale", sa.String(length=10), nullable=True),
        sa.Column("unit", sa.String(length=12), nullable=True),
        sa.Column("curriculum", sa.String(length=10), nullable=True),
        sa.ForeignKeyConstraint(
            ["school_id"],
            ["school.id"],
        ),
        sa.ForeignKeyConstraint(["student_id"], ["student.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrollment_school_id"), ["school_id"], unique=False)
        batch_op.create_index("ix_enrollment_student_year", ["student_id", "year"], unique=False)

    op.create_table(
        "observation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("resolucion", sa.String(length=120), nullable=False),
        sa.Column("motivo", sa.String(length=250), nullable=False),
        sa.ForeignKeyConstraint(["enrollment_id"], ["enrollment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_observation_enrollment_id"), ["enrollment_id"], unique=False
        )

    op.create_table(
        "result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("competencia", sa.String(length=250), nullable=True),
        sa.Column("calificativo", sa.String(length=4), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["enrollment_id"], ["enrollment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("result", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_result_enrollment_id"), ["enrollment_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("result", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_result_enrollment_id"))

    op.drop_table("result")
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_observation_enrollment_id"))

    op.drop_table("observation")
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.drop_index("ix_enrollment_student_year")
        batch_op.drop_index(batch_op.f("ix_enrollment_school_id"))

    op.drop_table("enrollment")
    op.drop_table("school")
    with op.batch_alter_table("ubigeo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ubigeo_reniec"))
        batch_op.drop_index(batch_op.f("ix_ubigeo_inei"))

    op.drop_table("ubigeo")
    op.drop_table("student")
    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_dre_code"))

    op.drop_table("office")
    op.drop_table("app_setting")
