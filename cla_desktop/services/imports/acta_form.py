"""Reading the official «Acta consolidada de evaluación» form as a school fills it in.

Offices rarely receive an acta in the long format the importer speaks (docs/IMPORT.md §3):
schools fill MINEDU's own spreadsheet form (secundaria, DCN era, grades 0–20) and send it as
.xls or .xlsx.  Retyping it is where grades get lost, so this module reads each value where the
form puts it and hands the importer the same rows a CSV acta would: one row per área or taller
that has a calificativo, numbered with the student's row in the sheet (a problem says "fila 27"
and the clerk finds the student there).

The layout is the blank form's (../shared/data/acta_consolidada_ebr_secundaria_2007_formato_
minedu.xls and .xlsx, identical); its printed labels are checked before anything is read, so a
form with rows or columns added is refused naming the cell that moved, never read from the
wrong cells.  A value is read from the top-left cell of its merged range.

- Header: UGEL code one digit per box D12, F12 … N12 (each box two merged cells), UGEL name
  D13:O16; IE name V11:AK11; código modular one digit per box V12 … AB12 (or typed whole in
  V12); resolución de creación V13:AB14; modalidad V15, grado AA15, sección AJ15, gestión V16,
  turno AJ16; período lectivo inicio AU9, fin BB9 (the year comes from there); ubicación BG11
  (dpto.), BG12 (prov.), BG13 (dist.), BF16 (centro poblado); the evaluación marked with an X
  in BJ17 (final), BJ18 (recuperación), BJ19 (ubicación) or BJ20 (estudios independientes).
- Students: the rows after each row that letters the áreas A–J (row 22; row 76 on the second
  page) up to the footnotes or the signatures (the blank form numbers rows 24–44 and 78–106):
  N.° de orden A; código del estudiante one digit per box B … O (or typed whole in B);
  apellidos y nombres P:AJ; sexo AK; áreas A–J in AL … AU, named in row 13; especialidad
  ocupacional AV; talleres K–O in AW … BA, named by the school in row 13; n.° de áreas
  desaprobadas BB; comportamiento BC; situación final BD; motivo del retiro BE; observaciones
  BF:BJ.

What the importer gets, and what it does not (the tables are in facts.toml, [acta_form]):
- The form names no nivel code: nivel comes from the title (only the secundaria form's layout
  is known).  The year comes from the período lectivo, else from the title ("… - 2007").  The
  form carries no acta state: ESTADO_ACTA is facts.toml's `estado_acta` (blank: a spreadsheet
  copy shows no signature, so the enrollment keeps the state it had).
- Situación final codes (footnote 7) become the words the project stores; "-" for a sección
  única (footnote 4) becomes no sección (the enrollment keeps the nómina's); área names become
  the names of curricula.toml.
- Only the evaluación final is read: a form marked Recuperación, Ubicación or Estudios
  independientes is refused, since its grades would overwrite the final ones under the same
  áreas and what the project should keep of a recuperación is not settled (DOMAIN.md §3.2).
- Comportamiento is not imported: the project stores áreas, talleres and competencias
  transversales only (curricula.toml; the constancia's rows; the CLA prints no comportamiento),
  and a "Comportamiento" área would print as one on every constancia.  It is shown in the
  preview (an ignored column) and kept in `ActaFormSource.students`, with sexo, motivo del
  retiro (footnote 8), observaciones and the other columns the acta kind has no place for.
- A student with a situación final but no calificativo at all (a RETIRADO, a FALLECIDO) yields
  the form's áreas with an empty calificativo, so that the enrollment and its situación final
  reach the importer; one with neither (a trasladado, per the form) yields nothing.
- A blank situación final stays blank, although the form asks to leave a trasladado's blank: a
  blank may as well be a cell nobody filled, and TRASLADADO is not a confirmed SIAGIE value.
- The form has no box labelled anexo: a digit written right after the código modular (AC12) is
  taken as the anexo, else the sede (0).
- Problems of the form itself (a header value, a situación final code, a taller with grades and
  no name) refuse the file with a SourceError naming every cell: the acta handler checks rows
  against the long layout, whose SITUACION_FINAL is free text, and has no way to carry a reason
  of the form's.  A calificativo the scale does not allow is the handler's: that row is
  rejected, naming the student's sheet row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from cla_desktop.domain.curricula import AreaKind
from cla_desktop.domain.facts import curricula as curricula_table
from cla_desktop.domain.facts import facts
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.names import fold
from cla_desktop.domain.siagie_fields import FIRST_YEAR, parse_date, parse_grado
from cla_desktop.domain.situacion_final import known_values
from cla_desktop.services.imports.acta_form_grid import (
    CellError,
    Grid,
    cell_at,
    column_letters,
    column_number,
    read_xls,
    read_xlsx,
    span,
    top_texts,
)
from cla_desktop.services.imports.columns import ColumnMap
from cla_desktop.services.imports.file_types import XLS, XLSX, sniff_type
from cla_desktop.services.imports.sheet_table import cell_text
from cla_desktop.services.imports.source_facts import FileFacts, SourceError
from cla_desktop.services.imports.sources import file_digest

# The acta kind's columns (acta.COLUMNS), in the order the rows carry them.
HEADER = (
    "COD_MOD",
    "ANEXO",
    "ANIO",
    "NIVEL",
    "GRADO",
    "SECCION",
    "COD_ESTUDIANTE",
    "AREA",
    "TIPO_AREA",
    "CALIFICATIVO",
    "SITUACION_FINAL",
    "ESTADO_ACTA",
)
# What the form holds that the acta kind has no column for: shown in the preview (as columns
# the app does not read) and written to the rejects file, where the clerk needs the cell.
EXTRA_HEADER = ("CELDA", "APELLIDOS_NOMBRES", "COMPORTAMIENTO", "MOTIVO_RETIRO", "OBSERVACIONES")
FORMAT_NAMES = {
    XLSX: "Acta consolidada (formato oficial, .xlsx)",
    XLS: "Acta consolidada (formato oficial, .xls)",
}
TOP_ROWS = 25  # is_acta_form looks at the title and the column headings only
FORM_MARKS = (  # folded texts every copy of the form carries above its first student
    "ACTA CONSOLIDADA DE EVALUACION",
    "CODIGO DEL ESTUDIANTE",
    "APELLIDOS Y NOMBRES",
    "SITUACION FINAL",
)
LAST_HEADING_ROW = 22  # the column headings span rows 11-22; students follow
EXCEL_EPOCH = date(1899, 12, 30)  # day 0 of a spreadsheet's serial dates


# -- where the form keeps each value (the blank form's cells) ---------------------------------
TITLE = "M2"
UGEL_CODE = ("D12", "F12", "H12", "J12", "L12", "N12")
UGEL_NAME = "D13"
SCHOOL_NAME = "V11"
CODIGO_MODULAR = ("V12", "W12", "X12", "Y12", "Z12", "AA12", "AB12")
ANEXO = "AC12"
RESOLUCION = "V13"
MODALIDAD, GRADO, SECCION, GESTION, TURNO = "V15", "AA15", "AJ15", "V16", "AJ16"
INICIO, FIN = "AU9", "BB9"
DEPARTAMENTO, PROVINCIA, DISTRITO, CENTRO_POBLADO = "BG11", "BG12", "BG13", "BF16"
EVALUACION = (
    ("BJ17", "FINAL"),
    ("BJ18", "RECUPERACIÓN"),
    ("BJ19", "UBICACIÓN"),
    ("BJ20", "ESTUDIOS INDEPENDIENTES"),
)
IMPORTED_EVALUACION = "FINAL"
SHOWN_CELLS = 10  # cells a refusal lists before "y N más"
AREA_NAMES_ROW = 13
ORDEN, NAME, SEXO = column_number("A"), column_number("P"), column_number("AK")
CODE_COLUMNS = span("B", "O")
AREA_COLUMNS = span("AL", "AU")  # áreas A-J
ESPECIALIDAD = column_number("AV")
TALLER_COLUMNS = span("AW", "BA")  # talleres K-O
AREA_LETTERS = "ABCDEFGHIJKLMNO"  # how the form letters its área and taller columns
DESAPROBADAS, COMPORTAMIENTO = column_number("BB"), column_number("BC")
SITUACION, MOTIVO, OBSERVACIONES = column_number("BD"), column_number("BE"), column_number("BF")
# Printed labels that pin the layout: (cell, folded text it contains, the text as printed).
LANDMARKS = (
    ("A12", "CODIGO", "Código"),
    ("A13", "NOMBRE DE UGEL", "Nombre de UGEL"),
    ("P11", "NOMBRE", "Número y/o Nombre"),
    ("P12", "CODIGO MODULAR", "Código Modular"),
    ("P15", "MODALIDAD", "Modalidad"),
    ("X15", "GRADO", "Grado"),
    ("AC15", "SECCION", "Sección"),
    ("P16", "GESTION", "Gestión"),
    ("AC16", "TURNO", "Turno"),
    ("AR9", "INICIO", "Inicio"),
    ("AY9", "FIN", "Fin"),
    ("BF11", "DPTO", "Dpto."),
    ("BF12", "PROV", "Prov."),
    ("BF13", "DIST", "Dist."),
    ("BF15", "CENTRO POBLADO", "Centro Poblado"),
    ("AL12", "AREAS", "Áreas"),
    ("AW12", "TALLERES", "Talleres"),
    ("AV13", "ESPECIALIDAD OCUPACIONAL", "Especialidad Ocupacional"),
    ("BB12", "DESAPROBADOS", "N.° Áreas/Talleres Desaprobados"),
    ("BC11", "COMPORTAMIENTO", "Comportamiento"),
    ("BD11", "SITUACION FINAL", "Situación Final"),
    ("BE11", "MOTIVO DEL RETIRO", "Motivo del Retiro"),
    ("A17", "ORDEN", "N.° Orden"),
    ("B17", "CODIGO DEL ESTUDIANTE", "Código del Estudiante"),
    ("P17", "APELLIDOS Y NOMBRES", "Apellidos y Nombres"),
    ("AK17", "SEXO", "Sexo H/M"),
    ("BF21", "OBSERVACIONES", "Observaciones"),
    *(
        (f"{column_letters(column)}{LAST_HEADING_ROW}", letter, letter)
        for column, letter in zip(AREA_COLUMNS + TALLER_COLUMNS, AREA_LETTERS, strict=True)
    ),
)
BLOCK_ENDS = ("NOMBRE DEL PROFESOR", "RESUMEN ESTADISTICO", "1 MODALIDAD")


@dataclass(frozen=True)
class FormHeader:
    """The header block as the school filled it (codes decoded where the form defines them)."""

    ugel_code: str
    ugel_name: str
    school_name: str
    codigo_modular: str
    anexo: str
    resolucion: str
    modalidad: str
    gestion: str
    turno: str
    nivel: Nivel
    grado: int
    seccion: str
    inicio: str  # ISO date, or "" when only the year was written
    fin: str
    year: int
    departamento: str
    provincia: str
    distrito: str
    centro_poblado: str
    evaluacion: str  # FINAL / RECUPERACIÓN / …, as marked with an X; "" if none


@dataclass(frozen=True)
class FormResult:
    area: str  # the project's name for it
    kind: AreaKind
    calificativo: str
    cell: str  # where it is, e.g. "AL27"


@dataclass(frozen=True)
class FormStudent:
    """One student row, with what the acta kind has no column for."""

    row: int
    orden: str
    codigo: str
    nombre: str  # apellidos y nombres, as written
    sexo: str
    results: tuple[FormResult, ...]
    comportamiento: str
    areas_desaprobadas: str
    situacion_final: str  # the stored word (APROBADO…); "" when the cell is blank
    situacion_final_code: str  # as written (A, RR…)
    motivo_retiro: str  # the words of footnote (8)
    motivo_retiro_code: str
    observaciones: str
    especialidad_ocupacional: str


# -- fact tables ---------------------------------------------------------------------------
@cache
def _table() -> dict[str, Any]:
    return facts()["acta_form"]


@cache
def _area_names() -> dict[str, str]:
    """Folded header text -> the project's área name: every curricula.toml name, then the
    form's own names (facts.toml) over them."""
    names: dict[str, str] = {}
    table = curricula_table()
    for curriculum in ("DCN2009", "CNEB"):
        for rows in table[curriculum].values():
            if isinstance(rows, list):
                for row in rows:
                    names.setdefault(fold(row["name"]), row["name"])
    for row in _table()["areas"]:
        names[fold(row["form"])] = row["name"]
    return names


def area_name(text: str) -> str:
    """The project's name for an área header ("Persona, Familia, y Relaciones Humanas" ->
    "Persona, Familia y Relaciones Humanas"); an unknown name is kept as written."""
    cleaned = " ".join(text.split())
    return _area_names().get(fold(cleaned), cleaned)


@cache
def _situacion_words() -> tuple[dict[str, str], dict[str, str]]:
    """(folded code -> stored word, folded written-out word -> stored word)."""
    codes: dict[str, str] = {}
    words = {fold(value): value for value in known_values()}
    for row in _table()["situacion_final"]:
        codes[fold(row["code"])] = row["text"]
        for word in row.get("words", ()):
            words[fold(word)] = row["text"]
    return codes, words


def situacion_final(text: str) -> str | None:
    """The stored word for what a school wrote in "Situación Final" (a footnote (7) code or the
    word itself); "" for a blank cell, None when it means nothing known."""
    key = fold(text)
    if not key:
        return ""
    codes, words = _situacion_words()
    return codes.get(key) or words.get(key)


def _code_table(name: str) -> dict[str, str]:
    return {fold(code): text for code, text in _table()[name].items() if code != "confidence"}


def _decoded(name: str, text: str) -> str:
    """A header or motivo code in words (footnotes 1, 2, 5, 8); anything else as written."""
    return _code_table(name).get(fold(text), text)


def is_acta_form(path: Path) -> bool:
    """Whether a file is the official form filled in (.xls or .xlsx, by its content).

    Told by the form's printed texts, not by cell positions: a copy whose rows moved is still
    the form, and ActaFormSource then says which cell moved instead of the importer saying
    "faltan columnas".  Never raises: anything that is not a readable workbook is not a form.
    """
    try:
        path = Path(path)
        kind = sniff_type(path)
        if kind not in (XLS, XLSX):
            return False
        found = fold(" ".join(top_texts(path, kind, TOP_ROWS)))
    except Exception:  # damaged or foreign files raise many kinds; none of them is a form
        return False
    return all(mark in found for mark in FORM_MARKS)


class _FormReader:
    """Reads one filled form; every failure is a SourceError naming the file and the cell."""

    def __init__(self, grid: Grid, name: str) -> None:
        self.grid = grid
        self.name = name

    def text(self, row: int, column: int) -> str:
        value = self.grid.value(row, column)
        if isinstance(value, CellError):
            raise SourceError(
                f"{self.name}: la celda {column_letters(column)}{row} tiene un error de fórmula "
                f"({value.code}); corríjala o escriba el valor y vuelva a importar el acta."
            )
        return cell_text(value)

    def at(self, ref: str) -> str:
        return self.text(*cell_at(ref))

    # -- header ----------------------------------------------------------------------------
    def header(self) -> FormHeader:
        """The header block, checked; the layout must have been checked (check_layout)."""
        codigo_modular, anexo = self._codigo_modular()
        year, inicio, fin = self._period()
        modalidad = self.at(MODALIDAD)
        if modalidad and fold(modalidad) not in ("EBR", "EDUCACION BASICA REGULAR"):
            raise SourceError(
                f"{self.name}: la modalidad de la celda {MODALIDAD} es «{modalidad}»; solo se "
                "importan actas de Educación Básica Regular (EBR)."
            )
        marked = self._evaluacion()
        return FormHeader(
            ugel_code="".join(self.at(ref).replace(" ", "") for ref in UGEL_CODE),
            ugel_name=self.at(UGEL_NAME),
            school_name=self.at(SCHOOL_NAME),
            codigo_modular=codigo_modular,
            anexo=anexo,
            resolucion=self.at(RESOLUCION),
            modalidad=_decoded("modalidad", modalidad or "EBR"),
            gestion=_decoded("gestion", self.at(GESTION)),
            turno=_decoded("turno", self.at(TURNO)),
            nivel=self._nivel(),
            grado=self._grado(),
            seccion=self._seccion(),
            inicio=inicio,
            fin=fin,
            year=year,
            departamento=self.at(DEPARTAMENTO),
            provincia=self.at(PROVINCIA),
            distrito=self.at(DISTRITO),
            centro_poblado=self.at(CENTRO_POBLADO),
            evaluacion=", ".join(marked),
        )

    def _evaluacion(self) -> list[str]:
        """The evaluación marked with an X (none marked: the final one, the form's usual)."""
        marked = [(ref, label) for ref, label in EVALUACION if self.at(ref)]
        others = [(ref, label) for ref, label in marked if label != IMPORTED_EVALUACION]
        if others:
            where = ", ".join(f"{label.lower()} (celda {ref})" for ref, label in others)
            raise SourceError(
                f"{self.name}: el acta está marcada como evaluación de {where}. CLA Escritorio "
                "importa solo el acta de la evaluación final: sus calificativos reemplazarían a "
                "los finales. Si es el acta final, deje la X solo en la celda BJ17 «Final»."
            )
        return [label for _, label in marked]

    def check_layout(self) -> None:
        title = self.at(TITLE)
        if "ACTA CONSOLIDADA DE EVALUACION" not in fold(title):
            raise self._moved(TITLE, "ACTA CONSOLIDADA DE EVALUACIÓN…", title)
        for ref, needle, printed in LANDMARKS:
            found = self.at(ref)
            if needle not in fold(found) or (len(needle) == 1 and fold(found) != needle):
                raise self._moved(ref, printed, found)

    def _moved(self, ref: str, printed: str, found: str) -> SourceError:
        return SourceError(
            f"{self.name}: la celda {ref} debería decir «{printed}» y "
            f"{f'dice «{found}»' if found else 'está vacía'}: el archivo no tiene la forma del "
            "formulario oficial del acta consolidada (¿se agregaron o borraron filas o "
            "columnas?). Copie los datos en el formulario oficial sin cambiar su forma y vuelva "
            "a importarlo."
        )

    def _nivel(self) -> Nivel:
        """The nivel the title names ("… DEL NIVEL DE EDUCACIÓN SECUNDARIA - 2007")."""
        title = fold(self.at(TITLE))
        named = [nivel for nivel in Nivel if f"NIVEL DE EDUCACION {nivel.value}" in title]
        known = Nivel(_table()["nivel"])
        if named != [known]:
            said = f"dice {named[0].label.lower()}" if named else "no dice el nivel"
            raise SourceError(
                f"{self.name}: el título del acta (celda {TITLE}) {said}; CLA Escritorio conoce "
                f"solo la forma del formulario de {known.label.lower()}. Exporte el acta del "
                "SIAGIE como CSV o XLSX de una fila por calificativo."
            )
        return known

    def _codigo_modular(self) -> tuple[str, str]:
        texts = [self.at(ref).replace(" ", "") for ref in CODIGO_MODULAR]
        cells = f"celdas {CODIGO_MODULAR[0]} a {CODIGO_MODULAR[-1]}"
        filled = [text for text in texts if text]
        if not filled:
            raise SourceError(
                f"{self.name}: falta el código modular de la IE: las {cells} (fila 12, junto a "
                "«Código Modular») están vacías. Escriba sus 7 dígitos, uno en cada casilla, y "
                "vuelva a importar el acta."
            )
        code, _, anexo = "".join(texts).partition("-")  # "0474494-0" typed in one cell
        if not code.isascii() or not code.isdigit():
            raise SourceError(
                f"{self.name}: el código modular «{code}» de la IE ({cells}) debe tener solo "
                "dígitos."
            )
        if len(filled) > 1 or len(code) == 1:  # one digit per box: every box filled
            for ref, text in zip(CODIGO_MODULAR, texts, strict=True):
                if len(text) != 1:
                    raise SourceError(
                        f"{self.name}: el código modular de la IE está incompleto: la casilla "
                        f"{ref} {'está vacía' if not text else f'tiene «{text}»'} ({cells}: "
                        "un dígito en cada una)."
                    )
        elif len(code) > 7:
            raise SourceError(
                f"{self.name}: el código modular «{code}» de la IE ({cells}) tiene más de 7 "
                "dígitos."
            )
        code = code.zfill(7)  # typed whole as a number: Excel dropped the leading zero
        anexo = anexo or self.at(ANEXO).lstrip("-").strip() or _table()["default_anexo"]
        if not (anexo.isascii() and anexo.isdigit() and len(anexo) == 1):
            raise SourceError(
                f"{self.name}: el anexo «{anexo}» (celda {ANEXO}, junto al código modular) debe "
                "ser un dígito: 0 para la sede."
            )
        return code, anexo

    def _period(self) -> tuple[int, str, str]:
        """The year of the acta: the período lectivo's, else the title's (the printed "- 2007"
        is the form's edition unless the school changed it, hence the range check)."""
        inicio, start_year = self._date(INICIO)
        fin, end_year = self._date(FIN)
        year = start_year or end_year
        if end_year and year and end_year != year:
            raise SourceError(
                f"{self.name}: el período lectivo empieza en {year} (celda {INICIO}) y termina "
                f"en {end_year} (celda {FIN}); corrija la fecha que no es del año del acta."
            )
        where = f"del período lectivo (celda {INICIO if start_year else FIN})"
        if year is None:
            found = re.findall(r"\b(?:19|20)[0-9]{2}\b", self.at(TITLE))
            if not found:
                raise SourceError(
                    f"{self.name}: falta el período lectivo (celdas {INICIO} «Inicio» y {FIN} "
                    f"«Fin») y el título (celda {TITLE}) no dice el año: escriba las fechas de "
                    "inicio y fin del año escolar, de allí se toma el año del acta."
                )
            year, where = int(found[-1]), f"del título del acta (celda {TITLE})"
        last = date.today().year
        if not FIRST_YEAR <= year <= last:
            raise SourceError(
                f"{self.name}: el año {year}, tomado {where}, está fuera del rango "
                f"{FIRST_YEAR}–{last} que guarda CLA Escritorio. Revise el período lectivo del "
                f"acta: celdas {INICIO} «Inicio» y {FIN} «Fin» (dd/mm/aaaa)."
            )
        return year, inicio, fin

    def _date(self, ref: str) -> tuple[str, int | None]:
        """(ISO date or "", year or None) of a período lectivo cell: a date, a date typed as
        text, a bare year, or a date Excel kept as its serial number."""
        value = self.grid.value(*cell_at(ref))
        if isinstance(value, datetime):
            value = value.date()
        if isinstance(value, date):
            serial = (value - EXCEL_EPOCH).days
            if value.year < 1910 and 1990 <= serial <= 2100:  # "2019" typed in a date cell
                return "", serial  # (the blank .xls formats AU9 and BB9 as dates)
            return value.isoformat(), value.year
        text = self.at(ref)
        if not text:
            return "", None
        if isinstance(value, int | float) and float(value).is_integer():
            number = int(value)
            if 1900 <= number <= 2100:
                return "", number
            if 20000 <= number <= 80000:  # 1954-2119 as a serial day number
                day = EXCEL_EPOCH + timedelta(days=number)
                return day.isoformat(), day.year
        if re.fullmatch(r"(19|20)[0-9]{2}", text):
            return "", int(text)
        try:
            day = parse_date(text)
        except ValueError:
            day = None
        if day is None:
            raise SourceError(
                f"{self.name}: la fecha «{text}» de la celda {ref} (período lectivo) no se "
                "entiende: escriba dd/mm/aaaa, por ejemplo 11/03/2019."
            )
        return day.isoformat(), day.year

    def _grado(self) -> int:
        text = self.at(GRADO)
        if not text:
            raise SourceError(f"{self.name}: falta el grado (celda {GRADO}).")
        try:
            return parse_grado(text, self._nivel(), siagie_id=False)
        except ValueError as error:
            raise SourceError(f"{self.name}, celda {GRADO}: {error}") from error

    def _seccion(self) -> str:
        text = self.at(SECCION)
        return _table()["seccion_unica"] if text in _table()["seccion_unica_marks"] else text

    def no_students(self) -> SourceError:
        return SourceError(
            f"{self.name} es el formulario del acta consolidada pero no tiene estudiantes: no "
            "hay ningún código, nombre ni calificativo en las filas de estudiantes (desde la "
            "fila 24). ¿Es el formulario en blanco? Importe el acta que llenó la institución "
            "educativa."
        )

    # -- students --------------------------------------------------------------------------
    def column_names(self) -> dict[int, tuple[str, AreaKind]]:
        """Column -> (the project's name, kind) for every área and taller named in row 13."""
        named: dict[int, tuple[str, AreaKind]] = {}
        seen: dict[tuple[AreaKind, str], int] = {}
        for column in AREA_COLUMNS + TALLER_COLUMNS:
            written = self.text(AREA_NAMES_ROW, column)
            if not written:
                continue
            kind = AreaKind.AREA if column in AREA_COLUMNS else AreaKind.TALLER
            name = area_name(written) if kind is AreaKind.AREA else written
            other = seen.setdefault((kind, fold(name)), column)
            if other != column:
                first, second = column_letters(other), column_letters(column)
                raise SourceError(
                    f"{self.name}: las columnas {first} y {second} llevan el mismo nombre "
                    f"«{name}» (celdas {first}{AREA_NAMES_ROW} y {second}{AREA_NAMES_ROW})."
                )
            named[column] = (name, kind)
        return named

    def students(self, names: dict[int, tuple[str, AreaKind]]) -> list[FormStudent]:
        """Every student row; the situación final codes the form does not define are named all
        at once, so that the school corrects them in one pass."""
        students = []
        for first, last in self._blocks():
            for row in range(first, last + 1):
                student = self._student(row, names)
                if student is not None:
                    students.append(student)
        unknown = [s for s in students if situacion_final(s.situacion_final_code) is None]
        if unknown:
            raise self._unknown_situacion(unknown)
        return students

    def _unknown_situacion(self, students: list[FormStudent]) -> SourceError:
        column = column_letters(SITUACION)
        cells = [
            f"celda {column}{s.row} «{s.situacion_final_code}» ({s.nombre or s.codigo})"
            for s in students[:SHOWN_CELLS]
        ]
        more = len(students) - len(cells)
        listed = "; ".join(cells) + (f"; y {more} más" if more else "")
        codes = [f"{item['code']} ({item['text'].lower()})" for item in _table()["situacion_final"]]
        return SourceError(
            f"{self.name}: situación final que no es un código del formulario — {listed}. Use "
            f"{', '.join(codes[:-1])} o {codes[-1]}; déjela en blanco si el estudiante fue "
            "trasladado. Corrija el acta y vuelva a importarla: no se guardó nada."
        )

    def _blocks(self) -> list[tuple[int, int]]:
        """(first, last) student rows after each row lettering the áreas A-J."""
        last_row = self.grid.last_row
        starts = [row for row in range(1, last_row + 1) if self._letters_row(row)]
        blocks = []
        for start in starts:
            end = start + 1
            while end <= last_row and not self._block_end(end):
                end += 1
            blocks.append((start + 1, end - 1))
        return blocks

    def _letters_row(self, row: int) -> bool:
        return (
            cell_text(self.grid.value(row, AREA_COLUMNS[0])) == "A"
            and cell_text(self.grid.value(row, AREA_COLUMNS[-1])) == "J"
            and cell_text(self.grid.value(row, TALLER_COLUMNS[0])) == "K"
        )

    def _block_end(self, row: int) -> bool:
        """The footnotes, the statistics, the signatures or the next page's headings."""
        first = fold(cell_text(self.grid.value(row, ORDEN)))
        second = fold(cell_text(self.grid.value(row, CODE_COLUMNS[0])))
        return (
            first.startswith(BLOCK_ENDS)
            or second.startswith(BLOCK_ENDS)
            or "ORDEN" in first
            or self._letters_row(row)
        )

    def _student(self, row: int, names: dict[int, tuple[str, AreaKind]]) -> FormStudent | None:
        text = self.text
        codigo = "".join(text(row, column).replace(" ", "") for column in CODE_COLUMNS)
        nombre = text(row, NAME)
        graded = [
            (column, mark)
            for column in AREA_COLUMNS + TALLER_COLUMNS
            if (mark := text(row, column))
        ]
        situacion_raw = text(row, SITUACION)
        if not codigo and not nombre:
            if graded or situacion_raw:
                raise SourceError(
                    f"{self.name}: la fila {row} tiene calificativos o situación final pero no "
                    f"el código ni el nombre del estudiante (celdas B{row} y P{row})."
                )
            return None  # a blank line of the form (its N.° de orden is printed)
        results = []
        for column, mark in graded:
            if column not in names:
                raise self._unnamed(column, row)
            name, kind = names[column]
            results.append(FormResult(name, kind, mark, f"{column_letters(column)}{row}"))
        situacion = situacion_final(situacion_raw) or ""  # unknown: named by students()
        motivo_raw = text(row, MOTIVO)
        return FormStudent(
            row=row,
            orden=text(row, ORDEN),
            codigo=codigo,
            nombre=nombre,
            sexo=text(row, SEXO),
            results=tuple(results),
            comportamiento=text(row, COMPORTAMIENTO),
            areas_desaprobadas=text(row, DESAPROBADAS),
            situacion_final=situacion,
            situacion_final_code=situacion_raw,
            motivo_retiro=_decoded("motivo_retiro", motivo_raw),
            motivo_retiro_code=motivo_raw,
            observaciones=text(row, OBSERVACIONES),
            especialidad_ocupacional=text(row, ESPECIALIDAD),
        )

    def _unnamed(self, column: int, row: int) -> SourceError:
        letter = AREA_LETTERS[(AREA_COLUMNS + TALLER_COLUMNS).index(column)]
        what = f"del {'área' if column in AREA_COLUMNS else 'taller'} {letter}"
        letters = column_letters(column)
        return SourceError(
            f"{self.name}: la columna {letters} tiene calificativos (fila {row}) pero falta el "
            f"nombre {what} en la celda {letters}{AREA_NAMES_ROW}."
        )


class ActaFormSource:
    """The filled form opened for import, offering what the importer uses of TableSource.

    The form is small (at most a few hundred cells per student), so it is read and checked
    whole when opened: every problem with the file shows before the first row is imported
    (in the preview too), and rows_hint is exact.
    """

    def __init__(self, path: Path, columns: ColumnMap) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise SourceError(f"{self.path} es una carpeta: elija el archivo que quiere importar.")
        if not self.path.is_file():
            raise SourceError(f"No se encontró el archivo {self.path}.")
        try:
            kind = sniff_type(self.path)
        except OSError as error:
            raise SourceError(f"No se pudo leer el archivo {self.path.name}.") from error
        if kind not in FORMAT_NAMES:
            raise SourceError(
                f"{self.path.name} no es un libro de Excel (.xls o .xlsx): el acta oficial se "
                "importa tal como la llenó la IE en el formulario de Excel."
            )
        self.format = FORMAT_NAMES[kind]
        self.stray: dict[int, list[str]] = {}  # the form's cells are read by position: none
        self.encoding: str | None = None
        self.delimiter: str | None = None
        self.header = [*HEADER, *EXTRA_HEADER]
        self.header_row = LAST_HEADING_ROW
        grid = read_xls(self.path) if kind == XLS else read_xlsx(self.path)
        reader = _FormReader(grid, self.path.name)
        reader.check_layout()
        names = reader.column_names()
        # The form's áreas in column order: what a student with no calificativo yields.
        self.areas = [name for name, kind in names.values() if kind is AreaKind.AREA]
        # Students before the header: a blank form says so, not "falta el código modular".
        self.students = reader.students(names)
        if not self.students:
            raise reader.no_students()
        self.form = reader.header()
        self._rows = [row for student in self.students for row in self._student_rows(student)]
        self.cleaned_rows = sorted(grid.cleaned)[:50]  # as TableSource: rows with control chars
        self.cleaned_count = sum(grid.cleaned.values())
        self.columns = columns
        columns.bind(self.header, self.path.name)
        sha, size = file_digest(self.path)
        self.facts = FileFacts(self.format, None, None, sha, size, len(self._rows))

    def _student_rows(self, student: FormStudent) -> list[tuple[int, list[str]]]:
        form = self.form
        enrollment = [
            form.codigo_modular,
            form.anexo,
            str(form.year),
            form.nivel.value,
            str(form.grado),
            form.seccion,
            student.codigo,
        ]
        situacion = student.situacion_final
        status = [situacion, _table()["estado_acta"]]
        extra = [student.nombre, student.comportamiento, student.motivo_retiro]
        results = [(r.area, r.kind, r.calificativo, r.cell) for r in student.results]
        if not results and situacion:  # a RETIRADO: the empty áreas carry the enrollment
            results = [(area, AreaKind.AREA, "", "") for area in self.areas]
        return [
            (
                student.row,
                [*enrollment, area, kind.value, mark, *status, cell, *extra, student.observaciones],
            )
            for area, kind, mark, cell in results
        ]

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(sheet row of the student, cells): one row per calificativo, cells aligned to the
        header and then one more "" (TableSource.rows's contract)."""
        for number, cells in self._rows:
            yield number, [*cells, ""]

    def forget_cleaned(self) -> None:
        """Nothing to forget: the form is read once, when opened, and every pass over its rows
        reports the same control characters (TableSource counts them per pass)."""
