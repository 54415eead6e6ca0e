"""The school padrón (ESCALE): one row per educational service, upserted on (COD_MOD, ANEXO)."""

from __future__ import annotations

from dataclasses import dataclass

from cla_desktop.domain.codes import CodigoModular, Ubigeo
from cla_desktop.domain.names import clean_display, fold
from cla_desktop.domain.siagie_fields import code_problem, padded_digits, padron_nivel
from cla_desktop.services.imports.columns import Column, ColumnMap
from cla_desktop.services.imports.handler import KindHandler, Parsed, RowProblems
from cla_desktop.services.imports.report import Problem

COLUMNS = (
    Column("COD_MOD", ("CODIGO_MODULAR", "CODMOD"), required=True, label="código modular"),
    Column("ANEXO", (), label="anexo"),
    Column("CEN_EDU", ("NOMBRE_IE", "INSTITUCION_EDUCATIVA"), required=True, label="nombre"),
    Column("D_NIV_MOD", ("NIVEL_MODALIDAD",), required=True, label="nivel o modalidad"),
    Column("D_GES_DEP", ("D_GESTION", "GESTION_DEPENDENCIA"), label="gestión"),
    Column("CODOOII", ("COD_UGEL", "CODIGO_UGEL"), label="código de la UGEL"),
    Column("CODGEO", ("UBIGEO",), label="ubigeo INEI"),
    Column("DIR_CEN", ("DIRECCION",), label="dirección"),
    Column("D_ESTADO", ("ESTADO",), label="estado"),
)
# Columns of the table, in the order the rows below carry them.
FIELDS = ("name", "nivel_modalidad", "nivel", "gestion", "ugel_code", "ubigeo", "address", "active")
ACTIVE_WORDS = {"ACTIVA": True, "ACTIVO": True, "1": True, "INACTIVA": False, "INACTIVO": False}
ACTIVE_WORDS["2"] = False  # ESCALE's numeric ESTADO: 1 activa, 2 inactiva


OPTIONAL_FIELD_COLUMNS = {
    "gestion": "D_GES_DEP",
    "ugel_code": "CODOOII",
    "ubigeo": "CODGEO",
    "address": "DIR_CEN",
    "active": "D_ESTADO",
}


@dataclass(frozen=True)
class SchoolRow:
    code: CodigoModular
    values: tuple  # FIELDS order


class PadronHandler(KindHandler):
    """Schools are reference data: a newer padrón updates names, UGEL, state and address."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.seen: dict[tuple[str, str], int] = {}  # key -> first row, to report repeats
        rows = self.sql.connection.exec_driver_sql("SELECT code FROM office").fetchall()
        self.offices = {code for (code,) in rows}
        rows = self.sql.connection.exec_driver_sql(
            "SELECT inei FROM ubigeo WHERE inei IS NOT NULL"
        ).fetchall()
        self.ubigeos = {code for (code,) in rows}

    @staticmethod
    def column_map() -> ColumnMap:
        return ColumnMap(COLUMNS)

    def parse(self, row: int, cells: list[str]) -> SchoolRow:
        problems: list[Problem] = []
        cell = self.cell
        raw_code = cell(cells, "COD_MOD")
        anexo = padded_digits(cell(cells, "ANEXO"), 1) or "0"
        code = None
        try:
            code = CodigoModular(padded_digits(raw_code, 7), anexo)
        except ValueError as error:
            padded = padded_digits(raw_code, 7)
            key = "ANEXO" if padded.isdigit() and len(padded) == 7 else "COD_MOD"
            shown = anexo if key == "ANEXO" else raw_code
            problems.append(self.problem(row, key, shown, code_problem(shown, error)))
        name = clean_display(cell(cells, "CEN_EDU"))
        if not name:
            problems.append(self.problem(row, "CEN_EDU", "", "Falta el nombre de la institución."))
        elif len(name) > 200:
            problems.append(
                self.problem(row, "CEN_EDU", name[:40], "El nombre pasa de 200 letras.")
            )
        nivel_modalidad = cell(cells, "D_NIV_MOD").strip()
        if not nivel_modalidad:
            problems.append(
                self.problem(row, "D_NIV_MOD", "", "Falta el nivel o modalidad del servicio.")
            )
        ugel = cell(cells, "CODOOII").strip()
        if ugel:
            ugel = padded_digits(ugel, 6)
            if ugel not in self.offices:
                problems.append(
                    self.problem(
                        row, "CODOOII", ugel, "No es el código de ninguna DRE o UGEL conocida."
                    )
                )
        ubigeo = cell(cells, "CODGEO").strip()
        if ubigeo:
            ubigeo = padded_digits(ubigeo, 6)
            try:
                Ubigeo(ubigeo)
                if ubigeo not in self.ubigeos:
                    raise ValueError("No es un ubigeo de distrito conocido (INEI).")
            except ValueError as error:
                problems.append(self.problem(row, "CODGEO", ubigeo, code_problem(ubigeo, error)))
        state_text = fold(cell(cells, "D_ESTADO"))
        active = ACTIVE_WORDS.get(state_text) if state_text else True
        if active is None:
            problems.append(
                self.problem(
                    row,
                    "D_ESTADO",
                    cell(cells, "D_ESTADO"),
                    "Estado no reconocido: use Activa o Inactiva.",
                )
            )
        if code is not None and not problems:
            key = (code.codigo, code.anexo)
            first = self.seen.get(key)
            if first is not None:
                problems.append(
                    self.problem(
                        row,
                        "COD_MOD",
                        str(code),
                        f"Fila repetida: la misma institución está en la fila {first}.",
                    )
                )
            else:
                self.seen[key] = row
        if problems:
            raise RowProblems(problems)
        nivel = padron_nivel(nivel_modalidad)
        gestion = cell(cells, "D_GES_DEP").strip() or None
        address = clean_display(cell(cells, "DIR_CEN"))[:200] or None
        values = (
            name,
            nivel_modalidad[:80],
            nivel.value if nivel else None,
            gestion[:80] if gestion else None,
            ugel or None,
            ubigeo or None,
            address,
            active,
        )
        return SchoolRow(code, values)

    def apply(self, batch: list[Parsed]) -> dict[int, list[Problem]]:
        sql = self.sql
        codes = [item.record.code.codigo for item in batch]
        existing = {
            (codigo, anexo): (school_id, (*rest[:-1], bool(rest[-1])), synthetic)
            for school_id, codigo, anexo, synthetic, *rest in sql.select_in(
                f"SELECT id, codigo_modular, anexo, synthetic, {', '.join(FIELDS)} FROM school "
                "WHERE codigo_modular IN ({marks})",
                codes,
            )
        }
        keys = [(item.record.code.codigo, item.record.code.anexo) for item in batch]
        enrolled = self._enrolled_niveles([existing[key][0] for key in keys if key in existing])
        inserts, updates = [], []
        rejected: dict[int, list[Problem]] = {}
        nivel_at = FIELDS.index("nivel")
        # A column the file does not have says nothing: the stored value stays (a padrón cut
        # down to code, name and nivel must not empty the UGEL or reopen a closed school).
        kept = [
            at
            for at, field in enumerate(FIELDS)
            if field in OPTIONAL_FIELD_COLUMNS
            and OPTIONAL_FIELD_COLUMNS[field] not in self.columns.index
        ]
        for item in batch:
            record: SchoolRow = item.record
            found = existing.get((record.code.codigo, record.code.anexo))
            if found is not None and kept:
                values = list(record.values)
                for at in kept:
                    values[at] = found[1][at]
                record = SchoolRow(record.code, tuple(values))
            if found is None:
                inserts.append((record.code.codigo, record.code.anexo, *record.values, False))
            elif found[1] != record.values or found[2]:
                new_nivel = record.values[nivel_at]
                others = enrolled.get(found[0], set()) - {new_nivel}
                if found[1][nivel_at] != new_nivel and others:
                    rejected[item.row] = [self._nivel_changed(item.row, record, others)]
                    continue
                updates.append((*record.values, False, found[0]))
            else:
                self.report.counts.unchanged += 1
        sql.insert("school", ("codigo_modular", "anexo", *FIELDS, "synthetic"), inserts)
        sql.update("school", (*FIELDS, "synthetic"), updates)
        self.report.counts.inserted["school"] += len(inserts)
        self.report.counts.updated["school"] += len(updates)
        return rejected

    def _enrolled_niveles(self, school_ids: list[int]) -> dict[int, set[str]]:
        """The niveles each school already has enrollments in."""
        found: dict[int, set[str]] = {}
        for school_id, nivel in self.sql.select_in(
            "SELECT DISTINCT school_id, nivel FROM enrollment WHERE school_id IN ({marks})",
            school_ids,
        ):
            found.setdefault(school_id, set()).add(nivel)
        return found

    def _nivel_changed(self, row: int, record, others: set[str]) -> Problem:
        """A código modular names one nivel: a padrón that moves a school with enrollments to
        another nivel contradicts them (a wrong code or a wrong row), so it is not applied."""
        had = ", ".join(sorted(nivel.lower() for nivel in others))
        now = (record.values[FIELDS.index("nivel")] or "otra modalidad").lower()
        return self.problem(
            row,
            "D_NIV_MOD",
            record.values[FIELDS.index("nivel_modalidad")],
            f"La institución {record.code} tiene matrículas de {had} en la base y esta fila la "
            f"hace de {now}: cada nivel tiene su propio código modular. Revise el código o el "
            "nivel.",
        )
