"""Resolving código modular + anexo to the school's row, batch by batch, remembered.

A código modular names one educational service — one nivel (DOMAIN.md, "Código modular"):
a row that enrolls a student in secundaria under a primaria code is a wrong code, not a
school that changed, so it is refused when the padrón says the school's nivel."""

from __future__ import annotations

from cla_desktop.services.imports.sql import Sql


class SchoolLookup:
    """Schools named by a file, looked up once each (a nómina names a few hundred)."""

    def __init__(self, sql: Sql) -> None:
        self.sql = sql
        self.ids: dict[tuple[str, str], int | None] = {}
        # school id -> (its EBR nivel or None, the padrón's nivel/modalidad text)
        self.niveles: dict[int, tuple[str | None, str]] = {}

    def resolve(self, keys: list[tuple[str, str]]) -> None:
        missing = [key for key in dict.fromkeys(keys) if key not in self.ids]
        if not missing:
            return
        wanted = set(missing)
        for school_id, codigo, anexo, nivel, modalidad in self.sql.select_in(
            "SELECT id, codigo_modular, anexo, nivel, nivel_modalidad FROM school "
            "WHERE codigo_modular IN ({marks})",
            [codigo for codigo, _ in missing],
        ):
            if (codigo, anexo) in wanted:
                self.ids[(codigo, anexo)] = school_id
                self.niveles[school_id] = (nivel, modalidad or "")
        for key in missing:
            self.ids.setdefault(key, None)

    def get(self, key: tuple[str, str]) -> int | None:
        return self.ids.get(key)

    def other_nivel(self, school_id: int, nivel, code) -> str | None:
        """The reason a row's nivel cannot be this school's, or None."""
        known, modalidad = self.niveles.get(school_id, (None, ""))
        if known == nivel.value:
            return None
        if known is None:
            if not modalidad.strip():  # a school the padrón did not describe: nothing to check
                return None
            return NOT_EBR.format(code=code, modalidad=modalidad.strip())
        return OTHER_NIVEL.format(code=code, school=known.lower(), nivel=nivel.value.lower())

    def unknown(self, handler, row: int, code) -> list:
        """The problem of a row whose school is not in the database."""
        return [handler.problem(row, "COD_MOD", str(code), UNKNOWN_SCHOOL.format(code=code))]


OTHER_NIVEL = (
    "La institución {code} es de {school} según el padrón, y la fila dice {nivel}: cada nivel "
    "tiene su propio código modular. Corrija el código modular o el nivel."
)
NOT_EBR = (
    "La institución {code} es de «{modalidad}» según el padrón, no de Educación Básica Regular "
    "(inicial, primaria o secundaria): CLA Escritorio guarda solo matrículas de EBR. Corrija el "
    "código modular."
)
UNKNOWN_SCHOOL = (
    "La institución {code} no está en el padrón de esta base: importe primero el padrón de "
    "instituciones educativas (o corrija el código)."
)
