"""Students named by a batch: found by SIAGIE code (or document), compared, inserted, updated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cla_desktop.domain.identifiers import PersonDocument
from cla_desktop.domain.names import search_key
from cla_desktop.services.imports.sql import Sql

PERSON_FIELDS = (
    "document_type",
    "document_number",
    "apellido_paterno",
    "apellido_materno",
    "nombres",
    "sexo",
    "fecha_nacimiento",
    "ubigeo_nacimiento",
    "name_key",
)
FIELD_WORDS = {
    "document_type": "tipo de documento",
    "document_number": "documento",
    "apellido_paterno": "apellido paterno",
    "apellido_materno": "apellido materno",
    "nombres": "nombres",
    "sexo": "sexo",
    "fecha_nacimiento": "fecha de nacimiento",
    "ubigeo_nacimiento": "ubigeo de nacimiento",
}


@dataclass(frozen=True)
class Person:
    """A student as one row of a nómina describes them (None: the file does not say)."""

    codigo: str
    document: PersonDocument | None
    apellido_paterno: str
    apellido_materno: str
    nombres: str
    sexo: str | None
    fecha_nacimiento: date | None
    ubigeo_nacimiento: str | None

    def merged(self, stored: tuple | None) -> tuple:
        """The PERSON_FIELDS values after this row: what the file leaves out keeps the stored
        value (a nómina without birth dates must not erase them)."""
        old = dict(zip(PERSON_FIELDS, stored, strict=True)) if stored else {}
        if self.document is not None and self.document.number is not None:
            doc_type, doc_number = self.document.type.value, self.document.number
        elif old.get("document_number"):
            doc_type, doc_number = old["document_type"], old["document_number"]
        else:
            doc_type, doc_number = "NINGUNO", None
        birth = self.fecha_nacimiento.isoformat() if self.fecha_nacimiento else None
        return (
            doc_type,
            doc_number,
            self.apellido_paterno,
            self.apellido_materno,
            self.nombres,
            self.sexo or old.get("sexo"),
            birth or old.get("fecha_nacimiento"),
            self.ubigeo_nacimiento or old.get("ubigeo_nacimiento"),
            search_key(self.apellido_paterno, self.apellido_materno, self.nombres),
        )


def stored_tuple(row: tuple) -> tuple:
    """A student row as read back, with the date as ISO text on both backends."""
    values = list(row)
    birth = values[6]
    if isinstance(birth, date):
        values[6] = birth.isoformat()
    return tuple(values)


def differences(before: tuple, after: tuple) -> list[str]:
    return [
        FIELD_WORDS[name]
        for name, old, new in zip(PERSON_FIELDS, before, after, strict=True)
        if name in FIELD_WORDS and old != new
    ]


class StudentBook:
    """The students of one batch, by SIAGIE code and by document."""

    def __init__(self, sql: Sql) -> None:
        self.sql = sql
        self.by_code: dict[str, tuple[int, tuple]] = {}  # code -> (id, stored PERSON_FIELDS)
        self.by_document: dict[tuple[str, str], tuple[int, str | None]] = {}  # -> (id, code)

    def load(self, codes: list[str], documents: list[tuple[str, str]]) -> None:
        columns = ", ".join(PERSON_FIELDS)
        self.by_code = {
            code: (student_id, stored_tuple(rest))
            for student_id, code, *rest in self.sql.select_in(
                f"SELECT id, codigo_estudiante, {columns} FROM student "
                "WHERE codigo_estudiante IN ({marks})",
                codes,
            )
        }
        wanted = set(documents)
        self.by_document = {}
        if documents:
            for student_id, code, doc_type, number in self.sql.select_in(
                "SELECT id, codigo_estudiante, document_type, document_number FROM student "
                "WHERE document_number IN ({marks})",
                [number for _, number in documents],
            ):
                if (doc_type, number) in wanted:
                    self.by_document[(doc_type, number)] = (student_id, code)

    def stored_by_id(self, student_id: int) -> tuple:
        row = self.sql.connection.exec_driver_sql(
            f"SELECT {', '.join(PERSON_FIELDS)} FROM student WHERE id = {self.sql.marker}",
            (student_id,),
        ).one()
        return stored_tuple(row)

    def date_param(self, values: tuple) -> tuple:
        """PostgreSQL takes the birth date as a date; SQLite stores the ISO text."""
        if self.sql.dialect != "postgresql" or values[6] is None:
            return values
        return (*values[:6], date.fromisoformat(values[6]), *values[7:])

    def insert(self, rows: dict[str, tuple]) -> dict[str, int]:
        """Insert new students (code -> PERSON_FIELDS) and return their ids by code."""
        if not rows:
            return {}
        self.sql.insert(
            "student",
            ("codigo_estudiante", *PERSON_FIELDS),
            [(code, *self.date_param(values)) for code, values in rows.items()],
        )
        return {
            code: student_id
            for student_id, code in self.sql.select_in(
                "SELECT id, codigo_estudiante FROM student WHERE codigo_estudiante IN ({marks})",
                list(rows),
            )
        }

    def update(self, rows: list[tuple[int, str, tuple]]) -> None:
        """(id, code, PERSON_FIELDS) for students whose data changed (or who gain their code)."""
        self.sql.update(
            "student",
            ("codigo_estudiante", *PERSON_FIELDS),
            [(code, *self.date_param(values), student_id) for student_id, code, values in rows],
        )
