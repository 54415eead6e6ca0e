"""Renders a constancia snapshot to PDF (reportlab): A4 landscape, header and footer on every
page, page X of Y, embedded fonts, metadata, QR, and a watermark on previews and annulled copies.

Everything printed comes from the snapshot, and reportlab's invariant mode is on, so the same
snapshot always gives the same bytes (reprints are byte-identical).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from cla_desktop import APP_NAME, __version__
from cla_desktop.documents.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR, register_fonts
from cla_desktop.documents.office_logo import draw_logo
from cla_desktop.documents.qr import draw_qr
from cla_desktop.domain.constancia import Snapshot, format_date_es, format_time_es
from cla_desktop.domain.grading import LITERAL_NAMES, NO_DATA
from cla_desktop.domain.levels import Nivel, statement_list
from cla_desktop.domain.names import statement_name
from cla_desktop.domain.wording import join_es

PAGE = landscape(A4)
MARGIN = 12 * mm
HEADER_HEIGHT = 30 * mm
FOOTER_HEIGHT = 42 * mm
QR_SIZE = 38 * mm
LABEL_WIDTH = 105 * mm
TITLE = "CONSTANCIA DE LOGROS DE APRENDIZAJE"


@dataclass(frozen=True)
class RenderOptions:
    qr_text: str | None = None  # None: preview, no code or QR yet
    watermark: str | None = None  # "VISTA PREVIA", "ANULADA"


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "body": ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12),
        "cell": ParagraphStyle("cell", fontName=CONDENSED, fontSize=7, leading=8.5),
        "cell_bold": ParagraphStyle("cellb", fontName=CONDENSED_BOLD, fontSize=7, leading=8.5),
        "small": ParagraphStyle("small", fontName=REGULAR, fontSize=7, leading=9),
    }


def _statement(snapshot: Snapshot, styles) -> Paragraph:
    nivel = Nivel(snapshot.nivel)
    name = escape(
        statement_name(snapshot.apellido_paterno, snapshot.apellido_materno, snapshot.nombres)
    )
    if snapshot.document_number:
        document = (
            f"con {escape(snapshot.document_type)} N.° <b>{escape(snapshot.document_number)}</b>"
        )
    else:
        document = f"con código de estudiante <b>{escape(snapshot.codigo_estudiante)}</b>"
    grades = snapshot.statement_grades()
    if nivel.uses_age:
        what = "las edades de " + join_es([f"{g} años" for g in grades])
    else:
        what = (
            f"el {statement_list(grades)} grado"
            if len(grades) == 1
            else (f"los grados {statement_list(grades)}")
        )
    text = (
        f"Según la información registrada en el SIAGIE, la o el estudiante <b>{name}</b>, "
        f"{document}, tiene calificativos en {what} de {snapshot.modalidad.lower()}, nivel "
        f"<b>{nivel.value}</b>, según las actas de evaluación que se detallan a continuación."
    )
    return Paragraph(text, styles["body"])


def _table(snapshot: Snapshot, styles) -> Table:
    nivel = Nivel(snapshot.nivel)
    columns = snapshot.columns
    cell, bold = styles["cell"], styles["cell_bold"]
    grade_header = "Edad" if nivel.uses_age else "Grado"
    data = [
        [Paragraph("<b>Año lectivo</b>", cell)] + [str(c.year or NO_DATA) for c in columns],
        [Paragraph(f"<b>{grade_header}</b>", cell)] + [c.grado_label for c in columns],
        [Paragraph("<b>Código modular de la IE</b>", cell)]
        + [c.codigo_modular or NO_DATA for c in columns],
    ]
    sections = []
    heading = None
    for row in snapshot.rows:
        block = {
            "AREA": "Áreas curriculares",
            "TRANSVERSAL": "Competencias transversales",
            "TALLER": "Talleres",
        }.get(row.kind, row.kind)
        if block != heading:
            heading = block
            sections.append(len(data))
            data.append([Paragraph(f"<b>{block}</b>", bold)] + [""] * len(columns))
        label = row.area if not row.competencia else f"{row.area}: {row.competencia}"
        if row.kind == "TRANSVERSAL" and row.competencia:
            label = row.competencia
        data.append([Paragraph(escape(label), cell), *list(row.values)])
    data.append(
        [Paragraph("<b>Situación final</b>", bold)]
        + [Paragraph(f"<b>{escape(c.situacion_final or NO_DATA)}</b>", bold) for c in columns]
    )
    width = (PAGE[0] - 2 * MARGIN - LABEL_WIDTH) / max(len(columns), 1)
    table = Table(data, colWidths=[LABEL_WIDTH] + [width] * len(columns), repeatRows=3)
    commands = [
        ("FONT", (0, 0), (-1, -1), CONDENSED, 7.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 2), colors.HexColor("#e8eef5")),
        ("FONT", (1, 0), (-1, 2), CONDENSED_BOLD, 7.5),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f1f1f1")),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for index in sections:
        commands += [
            ("SPAN", (0, index), (-1, index)),
            ("BACKGROUND", (0, index), (-1, index), colors.HexColor("#f7f7f7")),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _legend(snapshot: Snapshot, styles) -> list:
    literal = "; ".join(f"{code}: {name}" for code, name in LITERAL_NAMES.items())
    parts = [
        f"Escala literal — {literal}. Escala vigesimal: de 0 a 20 (aprobatoria desde 11). "
        "«-»: sin información en el acta."
    ]
    if snapshot.has_exoneration:
        parts.append(
            "EXO: la o el estudiante fue exonerado del área de Educación Religiosa a solicitud "
            "de la madre, el padre, el tutor o el apoderado."
        )
    items = [Paragraph(" ".join(parts), styles["small"])]
    if snapshot.observaciones:
        items.append(Spacer(1, 2 * mm))
        items.append(Paragraph("<b>Observaciones</b>", styles["small"]))
        items.extend(Paragraph(escape(note), styles["small"]) for note in snapshot.observaciones)
    return items


class _DecoratedCanvas(Canvas):
    """Draws header, footer and 'Página X de Y' once the page count is known."""

    snapshot: Snapshot
    options: RenderOptions

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("initialFontName", REGULAR)  # never reference an unembedded Helvetica
        kwargs.setdefault("initialFontSize", 9)
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        snapshot, options = self.snapshot, self.options
        width, height = PAGE
        top = height - MARGIN
        left = draw_logo(self, snapshot.logo_png, MARGIN, top)
        self.setFont(BOLD, 8)
        for index, line in enumerate(snapshot.header_lines):
            self.drawString(left, top - 10 - index * 10, line)
        nivel = Nivel(snapshot.nivel)
        self.setFont(BOLD, 13)
        self.drawCentredString(width / 2, top - 12, TITLE)
        self.setFont(REGULAR, 9)
        self.drawCentredString(width / 2, top - 25, snapshot.modalidad)
        self.drawCentredString(width / 2, top - 37, f"NIVEL DE EDUCACIÓN {nivel.value}")
        if options.qr_text:
            self.setFont(REGULAR, 7.5)
            self.drawRightString(width - MARGIN, top - 10, "CÓDIGO VIRTUAL")
            self.setFont(BOLD, 13)
            self.drawRightString(width - MARGIN, top - 25, snapshot.codigo_virtual)
        self.setStrokeColor(colors.grey)
        self.line(
            MARGIN,
            height - MARGIN - HEADER_HEIGHT + 4 * mm,
            width - MARGIN,
            height - MARGIN - HEADER_HEIGHT + 4 * mm,
        )
        self._footer(number, total)
        if options.watermark:
            self.saveState()
            self.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.18))
            self.setFont(BOLD, 72)
            self.translate(width / 2, height / 2)
            self.rotate(28)
            self.drawCentredString(0, -20, options.watermark)
            self.restoreState()

    def _footer(self, number: int, total: int) -> None:
        snapshot, options = self.snapshot, self.options
        width, _height = PAGE
        bottom = MARGIN
        if options.qr_text:
            draw_qr(self, options.qr_text, MARGIN, bottom, QR_SIZE)
        issued = snapshot.issued
        x = MARGIN + QR_SIZE + 5 * mm
        text_width = width - MARGIN - x - 40 * mm  # leave room for the N.° on the right
        office = escape(snapshot.office_name or "la oficina")
        note = (
            f"<b>Fecha de emisión: {format_date_es(issued.date())}</b><br/>"
            f"<b>Hora de emisión: {format_time_es(issued)}</b><br/>"
            f"Emitida en ventanilla por {office} ({escape(snapshot.office_code or '-')}).<br/>"
            "Verifique esta constancia leyendo el código QR, o con el código virtual y el número "
            "de documento en la ventanilla de cualquier UGEL o DRE que use "
            f"{APP_NAME}, o en {escape(snapshot.verification_base)}. La firma digital del "
            "código QR se comprueba sin internet."
        )
        paragraph = Paragraph(note, _styles()["small"])
        _w, used = paragraph.wrapOn(self, text_width, QR_SIZE)
        paragraph.drawOn(self, x, bottom + QR_SIZE - used)
        self.setFont(BOLD, 10)
        self.drawRightString(
            width - MARGIN,
            bottom + QR_SIZE - 8,
            f"N.° {snapshot.correlativo}" if options.qr_text else "",
        )
        self.setFont(REGULAR, 7.5)
        self.drawRightString(width - MARGIN, bottom, f"Página {number} de {total}")


def render_constancia(snapshot: Snapshot, options: RenderOptions) -> bytes:
    styles = _styles()
    buffer = io.BytesIO()
    name = statement_name(snapshot.apellido_paterno, snapshot.apellido_materno, snapshot.nombres)
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN + FOOTER_HEIGHT,
        title=f"{TITLE.title()} — {name}",
        author=snapshot.office_name or APP_NAME,
        subject=f"Nivel {snapshot.nivel.lower()} — código virtual {snapshot.codigo_virtual}",
        creator=f"{APP_NAME} {__version__}",
        producer=f"{APP_NAME} {__version__}",
        keywords=["constancia", snapshot.codigo_virtual, snapshot.correlativo],
        invariant=1,
        lang="es-PE",
        initialFontName=REGULAR,
    )

    class PageCanvas(_DecoratedCanvas):
        pass

    PageCanvas.snapshot = snapshot
    PageCanvas.options = options
    story = [
        _statement(snapshot, styles),
        Spacer(1, 3 * mm),
        _table(snapshot, styles),
        Spacer(1, 3 * mm),
        *_legend(snapshot, styles),
    ]
    document.build(story, canvasmaker=PageCanvas)
    return buffer.getvalue()
