"""Bulk inserts of demo rows with one `executemany` per table and batch.

Goes to the driver directly (exec_driver_sql) because the ORM's per-object work would cost more
than the database itself; the rows are plain tuples in the column order below.
"""

from __future__ import annotations

from sqlalchemy import Connection

from cla_desktop.services.demo.trajectory import Rows

STUDENT_COLUMNS = (
    "id",
    "document_type",
    "document_number",
    "codigo_estudiante",
    "apellido_paterno",
    "apellido_materno",
    "nombres",
    "sexo",
    "fecha_nacimiento",
    "ubigeo_nacimiento",
    "name_key",
)
ENROLLMENT_COLUMNS = (
    "id",
    "student_id",
    "year",
    "school_id",
    "nivel",
    "grado",
    "seccion",
    "situacion_final",
    "acta_estado",
    "scale",
    "unit",
    "curriculum",
)
RESULT_COLUMNS = ("enrollment_id", "area", "kind", "competencia", "calificativo", "position")
OBSERVATION_COLUMNS = ("enrollment_id", "year", "resolucion", "motivo")


def insert_sql(connection: Connection, table: str, columns: tuple[str, ...]) -> str:
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    placeholders = ", ".join(marker for _ in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"


class BulkWriter:
    """Writes students and their rows in FK order on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.sql = {
            "student": insert_sql(connection, "student", STUDENT_COLUMNS),
            "enrollment": insert_sql(connection, "enrollment", ENROLLMENT_COLUMNS),
            "result": insert_sql(connection, "result", RESULT_COLUMNS),
            "observation": insert_sql(connection, "observation", OBSERVATION_COLUMNS),
        }

    def write(self, students: list[tuple], rows: Rows) -> int:
        run = self.connection.exec_driver_sql
        total = 0
        for table, batch in (
            ("student", students),
            ("enrollment", rows.enrollments),
            ("result", rows.results),
            ("observation", rows.observations),
        ):
            if batch:
                run(self.sql[table], batch)
                total += len(batch)
        return total

    def reset_sequences(self) -> None:
        """PostgreSQL: explicit ids were inserted, so move the serial sequences past them."""
        if self.connection.dialect.name != "postgresql":
            return
        for table in ("student", "enrollment", "result", "observation"):
            self.connection.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
