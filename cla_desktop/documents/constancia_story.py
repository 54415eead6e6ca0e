"""What flows down a constancia's pages: the statement, the table of grades and the legend.

Every text of the snapshot is escaped before reportlab reads it as markup.  The table keeps each
section heading with its first row and the «Situación final» row with the row above it
(reportlab's NOSPLIT), so no page ends on a heading and no page holds the situación final alone.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from cla_desktop.documents.fonts import CONDENSED, CONDENSED_BOLD, REGULAR, register_fonts
from cla_desktop.domain.constancia import Snapshot
from cla_desktop.domain.facts import facts
from cla_desktop.domain.grading import (
    EXONERATED,
    LITERAL_NAMES,
    NO_DATA,
    VIGESIMAL_PASS_MARK,
)
from cla_desktop.domain.levels import Nivel, statement_list
from cla_desktop.domain.names import statement_name
from cla_desktop.domain.wording import join_es

PAGE = landscape(A4)
MARGIN = 12 * mm
LABEL_WIDTH = 105 * mm  # at least: the label column takes what the grade columns leave
GRADE_WIDTH = 32 * mm  # at most: «PROMOCIÓN GUIADA» stays on one line, the labels get room
HEADER_ROWS = 3  # Año lectivo, Grado/Edad, Código modular: repeated on every page
SECTIONS = {
    "AREA": "Áreas curriculares",
    "TRANSVERSAL": "Competencias transversales",
    "TALLER": "Talleres",
}


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "body": ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12),
        "cell": ParagraphStyle("cell", fontName=CONDENSED, fontSize=7, leading=8.5),
        "cell_bold": ParagraphStyle("cellb", fontName=CONDENSED_BOLD, fontSize=7, leading=8.5),
        "small": ParagraphStyle("small", fontName=REGULAR, fontSize=7, leading=9),
    }


def story(snapshot: Snapshot) -> list:
    found = styles()
    return [statement(snapshot, found), Spacer(1, 3 * mm), grades_table(snapshot, found)]


def issuer(office_name: str) -> str:
    """Who certifies, as the sentence's subject: «La Unidad de Gestión Educativa Local
    URUBAMBA» for «UGEL URUBAMBA» (facts.toml [constancia.statement])."""
    table = facts()["constancia"]["statement"]
    name = " ".join(office_name.split())
    if not name:
        return ""
    kind, _space, rest = name.partition(" ")
    spelled = table["office_kinds"].get(kind.upper())
    if spelled and rest:
        return f"{spelled} <b>{escape(rest)}</b>"
    return f"<b>{escape(name)}</b>"


def statement(snapshot: Snapshot, found: dict[str, ParagraphStyle]) -> Paragraph:
    """MINEDU's sentence (S2, C-code) with the issuing office as the one that certifies; it
    lists exactly the columns the table prints (constancia_years)."""
    table = facts()["constancia"]["statement"]
    nivel = Nivel(snapshot.nivel)
    name = escape(
        statement_name(snapshot.apellido_paterno, snapshot.apellido_materno, snapshot.nombres)
    )
    if snapshot.document_number:
        document = (
            f"con {escape(snapshot.document_type)} N.° <b>{escape(snapshot.document_number)}</b>"
        )
    else:
        document = f"con código de estudiante <b>{escape(snapshot.codigo_estudiante or '')}</b>"
    columns = snapshot.taken_columns
    if nivel.uses_age:
        ages = join_es([c.grado_label for c in columns])
        article = "a la edad de" if len(columns) == 1 else "a las edades de"
        what = f"{article} <b>{ages}</b>"
    else:
        what = f"a <b>{statement_list([c.grado for c in columns])}</b> grado"
    subject = issuer(snapshot.office_name)
    opening = f"{subject} hace constar que" if subject else table["without_office"]
    text = (
        f"{opening}, {escape(table['source'])}, la o el estudiante <b>{name}</b>, {document}, "
        f"registra calificativos correspondientes {what} de {escape(snapshot.modalidad.lower())}, "
        f"nivel de <b>EDUCACIÓN {nivel.value}</b>, {escape(table['closing'])}."
    )
    return Paragraph(text, found["body"])


def _nosplit_blocks(headings: list[int], final: int, end: int) -> list[tuple[int, int]]:
    """Row ranges that must stay on one page: the header with the first heading and its first
    row, each heading with its first row, and the last row with «Situación final» (row
    `final`) and the legend after it (up to row `end`).  Ranges that overlap are merged
    (reportlab does not combine them)."""
    wanted = [(0, min(HEADER_ROWS + 1, final))]
    wanted += [(row, row + 1) for row in headings]
    wanted.append((max(final - 1, 0), end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(wanted):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def grades_table(snapshot: Snapshot, found: dict[str, ParagraphStyle]) -> Table:
    nivel = Nivel(snapshot.nivel)
    columns = snapshot.columns
    cell, bold = found["cell"], found["cell_bold"]
    centred = ParagraphStyle("centred", parent=bold, alignment=TA_CENTER)
    grade_header = "Edad" if nivel.uses_age else "Grado"
    data: list[list] = [
        [Paragraph("<b>Año lectivo</b>", cell)] + [str(c.year or NO_DATA) for c in columns],
        [Paragraph(f"<b>{grade_header}</b>", cell)] + [c.grado_label for c in columns],
        [Paragraph("<b>Código modular de la IE</b>", cell)]
        + [c.codigo_modular or NO_DATA for c in columns],  # plain cells: never markup
    ]
    headings: list[int] = []
    heading = None
    for row in snapshot.rows:
        block = SECTIONS.get(row.kind, row.kind)
        if block != heading:
            heading = block
            headings.append(len(data))
            data.append([Paragraph(f"<b>{escape(block)}</b>", bold)] + [""] * len(columns))
        label = row.area if not row.competencia else f"{row.area}: {row.competencia}"
        if row.kind == "TRANSVERSAL" and row.competencia:
            label = row.competencia
        data.append([Paragraph(escape(label), cell), *list(row.values)])
    data.append(
        [Paragraph("<b>Situación final</b>", bold)]
        + [Paragraph(f"<b>{escape(c.situacion_final or NO_DATA)}</b>", centred) for c in columns]
    )
    final = len(data) - 1
    closing = legend(snapshot, found)
    if closing:  # a row of the table, so it never lands alone on a page of its own
        data.append([[Spacer(1, 2 * mm), *closing]] + [""] * len(columns))
    usable = PAGE[0] - 2 * MARGIN
    label_width = max(LABEL_WIDTH, usable - GRADE_WIDTH * len(columns))
    width = (usable - label_width) / max(len(columns), 1)
    table = Table(data, colWidths=[label_width] + [width] * len(columns), repeatRows=HEADER_ROWS)
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), CONDENSED, 7.5),
        ("GRID", (0, 0), (-1, final), 0.4, colors.grey),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, HEADER_ROWS - 1), colors.HexColor("#e8eef5")),
        ("FONT", (1, 0), (-1, HEADER_ROWS - 1), CONDENSED_BOLD, 7.5),
        ("BACKGROUND", (0, final), (-1, final), colors.HexColor("#f1f1f1")),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    if closing:
        commands += [("SPAN", (0, -1), (-1, -1)), ("LEFTPADDING", (0, -1), (-1, -1), 0)]
    for index in headings:
        commands += [
            ("SPAN", (0, index), (-1, index)),
            ("BACKGROUND", (0, index), (-1, index), colors.HexColor("#f7f7f7")),
        ]
    for start, end in _nosplit_blocks(headings, final, len(data) - 1):
        commands.append(("NOSPLIT", (0, start), (-1, end)))
    table.setStyle(TableStyle(commands))
    return table


def scales_used(snapshot: Snapshot) -> tuple[bool, bool]:
    """(literal, vigesimal): which grading scales the printed calificativos use."""
    values = {value for row in snapshot.rows for value in row.values}
    literal = any(value in LITERAL_NAMES for value in values)
    vigesimal = any(value.isascii() and value.isdigit() for value in values)
    return literal, vigesimal


def _uses_no_data(snapshot: Snapshot) -> bool:
    return any(NO_DATA in row.values for row in snapshot.rows) or any(
        c.year is None or not c.situacion_final for c in snapshot.columns
    )


def legend(snapshot: Snapshot, found: dict[str, ParagraphStyle]) -> list:
    """Only the keys the document needs: the scales it prints, «-» and EXO if they appear."""
    literal, vigesimal = scales_used(snapshot)
    parts = []
    if literal:
        names = join_es([f"{code} ({name.lower()})" for code, name in LITERAL_NAMES.items()])
        parts.append(f"Escala literal: {names}.")
    if vigesimal:
        parts.append(f"Escala vigesimal: de 0 a 20, aprobatoria desde {VIGESIMAL_PASS_MARK}.")
    if _uses_no_data(snapshot):
        parts.append("«-»: sin información en el acta.")
    if snapshot.has_exoneration or any(EXONERATED in row.values for row in snapshot.rows):
        parts.append(
            "EXO: la o el estudiante fue exonerado del área de Educación Religiosa a solicitud "
            "de la madre, el padre, el tutor o el apoderado."
        )
    items = [Paragraph(escape(" ".join(parts)), found["small"])] if parts else []
    if snapshot.observaciones:
        items.append(Spacer(1, 2 * mm))
        heading = ParagraphStyle("notes", parent=found["small"], keepWithNext=1)
        items.append(Paragraph("<b>Observaciones</b>", heading))
        items.extend(Paragraph(escape(note), found["small"]) for note in snapshot.observaciones)
    return items
