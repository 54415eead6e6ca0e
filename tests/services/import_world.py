"""Helpers for the import tests: run an import, and a snapshot of everything it may touch."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.imports.importer import ImportOptions, run_import
from cla_desktop.services.imports.kinds import ImportKind
from cla_desktop.store.database import readonly

SUPERVISOR = Actor("jefa", Role.SUPERVISOR)
TABLES = {
    "school": "codigo_modular, anexo, name, nivel_modalidad, nivel, gestion, ugel_code, ubigeo, "
    "address, active, synthetic",
    "student": "id, codigo_estudiante, document_type, document_number, apellido_paterno, "
    "apellido_materno, nombres, sexo, fecha_nacimiento, ubigeo_nacimiento, name_key",
    "enrollment": "id, student_id, year, school_id, nivel, grado, seccion, situacion_final, "
    "acta_estado, scale, unit, curriculum",
    "result": "id, enrollment_id, area, kind, competencia, calificativo, position",
}


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of the imported tables (ids included: re-imports must not churn them)."""
    with readonly(engine).connect() as connection:
        return {
            table: [
                tuple(str(value) for value in row)
                for row in connection.exec_driver_sql(
                    f"SELECT {columns} FROM {table} ORDER BY {columns.split(',')[0]}, 2"
                )
            ]
            for table, columns in TABLES.items()
        }


def load(engine: Engine, path: Path, kind: str | ImportKind, actor: Actor = SUPERVISOR, **options):
    progress = options.pop("progress", None)
    announce = options.pop("announce", None)
    return run_import(
        engine,
        actor,
        Path(path),
        ImportKind(kind),
        ImportOptions(**options),
        progress,
        announce=announce,
    )


def count(engine: Engine, table: str) -> int:
    with readonly(engine).connect() as connection:
        return connection.exec_driver_sql(f"SELECT COUNT(*) FROM {table}").scalar_one()
