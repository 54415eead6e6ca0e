"""The columns that name an enrollment — school, year, nivel, grado, sección, student — read
the same way by the nómina and the acta, and the in-file check that a student is in one grado
per year."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from cla_desktop.domain.codes import CodigoModular
from cla_desktop.domain.identifiers import is_siagie_code
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.names import clean_display
from cla_desktop.domain.siagie_fields import (
    code_problem,
    padded_digits,
    parse_grado,
    parse_nivel,
    parse_year,
)
from cla_desktop.services.imports.columns import Column
from cla_desktop.services.imports.handler import KindHandler
from cla_desktop.services.imports.report import Problem

# Columns both the nómina and the acta use to name the enrollment.
ENROLLMENT_COLUMNS = (
    Column(
        "COD_MOD",
        ("CODIGO_MODULAR", "CODMOD", "CODIGO_MODULAR_IE"),
        required=True,
        label="código modular",
    ),
    Column("ANEXO", (), label="anexo"),
    Column("ANIO", ("ANO", "ID_ANIO", "PERIODO", "ANIO_ACADEMICO"), required=True, label="año"),
    Column("NIVEL", ("ID_NIVEL", "DSC_NIVEL", "NIVEL_EDUCATIVO"), required=True, label="nivel"),
    Column("GRADO", ("ID_GRADO", "DSC_GRADO", "EDAD_GRADO"), required=True, label="grado"),
    Column("SECCION", ("DSC_SECCION",), label="sección"),
    Column(
        "COD_ESTUDIANTE",
        ("CODIGO_ESTUDIANTE", "COD_ALUMNO", "CODIGO_ALUMNO", "CODIGO_SIAGIE"),
        required=True,
        label="código del estudiante",
    ),
)


@dataclass(frozen=True)
class EnrollmentKey:
    """The enrollment a row names, checked; shared with the acta."""

    code: CodigoModular
    year: int
    nivel: Nivel
    grado: int
    seccion: str | None
    codigo: str  # SIAGIE student code


@lru_cache(maxsize=4096)
def school_code(raw_code: str, raw_anexo: str) -> CodigoModular:
    """The school of a row (raises ValueError); an acta names a few schools on every row."""
    return CodigoModular(padded_digits(raw_code, 7), padded_digits(raw_anexo, 1) or "0")


@lru_cache(maxsize=4096)
def short_text(text: str, limit: int) -> str | None:
    return clean_display(text)[:limit] or None


@dataclass(frozen=True)
class Classroom:
    """What every student of one grado and sección shares on a row."""

    code: CodigoModular
    year: int
    nivel: Nivel
    grado: int
    seccion: str | None

    def of(self, codigo: str) -> EnrollmentKey:
        return EnrollmentKey(self.code, self.year, self.nivel, self.grado, self.seccion, codigo)


def parse_classroom(handler: KindHandler, row: int, cells: list[str]) -> tuple:
    """(Classroom or None, problems) from the school, year, nivel, grado and sección."""
    cell = handler.cell
    problems: list[Problem] = []
    code = nivel = grado = year = None
    raw_code = cell(cells, "COD_MOD")
    anexo = padded_digits(cell(cells, "ANEXO"), 1) or "0"
    try:
        code = school_code(raw_code, cell(cells, "ANEXO"))
    except ValueError as error:
        bad_anexo = padded_digits(raw_code, 7).isdigit() and len(padded_digits(raw_code, 7)) == 7
        key, shown = ("ANEXO", anexo) if bad_anexo else ("COD_MOD", raw_code)
        problems.append(handler.problem(row, key, shown, code_problem(shown, error)))
    raw_year = cell(cells, "ANIO")
    try:
        year = parse_year(raw_year, handler.today.year)
    except ValueError as error:
        problems.append(handler.problem(row, "ANIO", raw_year, str(error)))
    _, header, raw_nivel = handler.columns.filled(cells, "NIVEL")
    try:
        nivel = parse_nivel(raw_nivel)
    except ValueError as error:
        problems.append(Problem(row, header, raw_nivel, str(error)))
    alias, header, raw_grado = handler.columns.filled(cells, "GRADO")
    if nivel is not None:
        try:
            grado = parse_grado(raw_grado, nivel, siagie_id=alias == "ID_GRADO")
        except ValueError as error:
            problems.append(Problem(row, header, raw_grado, str(error)))
    raw_seccion = cell(cells, "SECCION")
    seccion = clean_display(raw_seccion) or None
    if seccion is not None and len(seccion) > SECCION_LENGTH:  # never cut: a shifted column?
        problems.append(
            handler.problem(
                row,
                "SECCION",
                raw_seccion[:30],
                f"La sección pasa de {SECCION_LENGTH} letras: revise si la columna se corrió.",
            )
        )
    if not problems:
        for key in ("NIVEL", "GRADO"):
            found = handler.columns.alternatives.get(key, ())
            if len(found) > 1:  # ID_NIVEL and DSC_NIVEL side by side must agree
                filled = tuple((a, h, cells[at].strip()) for a, at, h in found if cells[at].strip())
                clash = _alternatives_clash(key, filled, nivel) if len(filled) > 1 else None
                if clash is not None:
                    problems.append(Problem(row, *clash))
    if problems:
        return None, problems
    return Classroom(code, year, nivel, grado, seccion), problems


SECCION_LENGTH = 20


@lru_cache(maxsize=4096)
def _alternatives_clash(key: str, filled: tuple, nivel) -> tuple[str, str, str] | None:
    """(header, value, reason) when two of a row's columns for the same thing (ID_GRADO 6 and
    DSC_GRADO PRIMERO) say different things; the rows of a file repeat a few combinations."""
    read = []
    for alias, header, text in filled:
        try:
            if key == "NIVEL":
                value = parse_nivel(text)
            else:
                value = parse_grado(text, nivel, siagie_id=alias == "ID_GRADO")
        except ValueError:
            continue  # a column that says nothing readable cannot contradict the others
        read.append((header, text, value))
    for header, text, value in read[1:]:
        if value != read[0][2]:
            first_header, first_text, _ = read[0]
            return (
                header,
                text,
                f"Las columnas {first_header} («{first_text}») y {header} («{text}») dicen "
                f"{'niveles' if key == 'NIVEL' else 'grados'} distintos: corrija una de las dos.",
            )
    return None


def student_code_problem(handler: KindHandler, row: int, codigo: str) -> Problem | None:
    if is_siagie_code(codigo):
        return None
    reason = code_problem(
        codigo, ValueError("El código del estudiante del SIAGIE debe tener 14 dígitos.")
    )
    return handler.problem(row, "COD_ESTUDIANTE", codigo, reason)


def parse_enrollment(handler: KindHandler, row: int, cells: list[str]) -> tuple:
    """(EnrollmentKey or None, problems) from the enrollment columns of a row."""
    room, problems = parse_classroom(handler, row, cells)
    codigo = handler.cell(cells, "COD_ESTUDIANTE")
    wrong = student_code_problem(handler, row, codigo)
    if wrong is not None:
        problems.append(wrong)
    if problems:
        return None, problems
    return room.of(codigo), problems


def enrollment_conflict_in_file(
    handler: KindHandler, seen: dict, row: int, key: EnrollmentKey
) -> Problem | None:
    """The same student in two grados of one year, anywhere in the file."""
    marker = hash((key.codigo, key.year))
    grade = (key.nivel, key.grado)
    first = seen.get(marker)
    if first is None:
        seen[marker] = (row, grade)
        return None
    first_row, first_grade = first
    if first_grade == grade:
        return None
    shown = first_grade[0].grado_label(first_grade[1])
    return handler.problem(
        row,
        "GRADO",
        key.nivel.grado_label(key.grado),
        f"Matrícula en conflicto: la fila {first_row} pone al mismo estudiante en {shown} "
        f"el año {key.year}.",
    )
