"""Resolving código modular + anexo to the school's row, batch by batch, remembered."""

from __future__ import annotations

from cla_desktop.services.imports.sql import Sql


class SchoolLookup:
    """Schools named by a file, looked up once each (a nómina names a few hundred)."""

    def __init__(self, sql: Sql) -> None:
        self.sql = sql
        self.ids: dict[tuple[str, str], int | None] = {}

    def resolve(self, keys: list[tuple[str, str]]) -> None:
        missing = [key for key in dict.fromkeys(keys) if key not in self.ids]
        if not missing:
            return
        wanted = set(missing)
        for school_id, codigo, anexo in self.sql.select_in(
            "SELECT id, codigo_modular, anexo FROM school WHERE codigo_modular IN ({marks})",
            [codigo for codigo, _ in missing],
        ):
            if (codigo, anexo) in wanted:
                self.ids[(codigo, anexo)] = school_id
        for key in missing:
            self.ids.setdefault(key, None)

    def get(self, key: tuple[str, str]) -> int | None:
        return self.ids.get(key)

    def unknown(self, handler, row: int, code) -> list:
        """The problem of a row whose school is not in the database."""
        return [handler.problem(row, "COD_MOD", str(code), UNKNOWN_SCHOOL.format(code=code))]


UNKNOWN_SCHOOL = (
    "La institución {code} no está en el padrón de esta base: importe primero el padrón de "
    "instituciones educativas (o corrija el código)."
)
