"""Renders a constancia snapshot to PDF (reportlab): A4 landscape, header and footer on every
page, page X of Y, embedded fonts, QR, a watermark on previews and on reprints of replaced or
annulled copies, metadata dated at the issue time and, on issued copies, the signed snapshot
attached as «constancia.json».

Everything printed comes from the snapshot, and reportlab's invariant mode is on (no clock, no
random document ID), so the same snapshot always gives the same bytes: reprints are
byte-identical.  The page content is built in constancia_story.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from cla_desktop import APP_NAME
from cla_desktop.documents import constancia_metadata
from cla_desktop.documents.constancia_attachment import attachment_data, embed
from cla_desktop.documents.constancia_story import MARGIN, PAGE, story, styles
from cla_desktop.documents.fonts import BOLD, REGULAR
from cla_desktop.documents.office_logo import draw_logo
from cla_desktop.documents.qr import draw_qr
from cla_desktop.domain.constancia import Snapshot, format_date_es, format_time_es
from cla_desktop.domain.levels import Nivel

HEADER_HEIGHT = 30 * mm
FOOTER_HEIGHT = 42 * mm
QR_SIZE = 38 * mm
TITLE = "CONSTANCIA DE LOGROS DE APRENDIZAJE"
WATERMARK_SIZE = 72


@dataclass(frozen=True)
class RenderOptions:
    qr_text: str | None = None  # None: preview, no code or QR yet
    watermark: str | None = None  # "VISTA PREVIA", "REEMPLAZADA", "ANULADA"


class _DecoratedCanvas(Canvas):
    """Draws header, footer and 'Página X de Y' once the page count is known."""

    snapshot: Snapshot
    options: RenderOptions
    meta: constancia_metadata.Metadata

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
        issued = self.snapshot.issued
        constancia_metadata.apply(self, self.meta, issued)
        if self.options.qr_text is not None:  # a preview is not a constancia: nothing attached
            data = attachment_data(self.snapshot, self.options.qr_text)
            embed(self, data, constancia_metadata.pdf_date(issued))
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
            self.setFont(BOLD, WATERMARK_SIZE)
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
        # No verification page configured (the default): no address printed at all.
        page = snapshot.verification_base.strip()
        online = f", o en {escape(page)}" if page else ""
        note = (
            f"<b>Fecha de emisión: {format_date_es(issued.date())}</b><br/>"
            f"<b>Hora de emisión: {format_time_es(issued)}</b><br/>"
            f"Emitida en ventanilla por {office} ({escape(snapshot.office_code or '-')}).<br/>"
            "Verifique esta constancia leyendo el código QR, o con el código virtual y el número "
            f"de documento en la ventanilla de cualquier UGEL o DRE que use {APP_NAME}{online}. "
            "La firma digital del código QR se comprueba sin internet."
        )
        paragraph = Paragraph(note, styles()["small"])
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
    buffer = io.BytesIO()
    meta = constancia_metadata.describe(snapshot, issued=options.qr_text is not None)
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN + FOOTER_HEIGHT,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        creator=meta.creator,
        producer=meta.creator,
        keywords=list(meta.keywords),
        invariant=1,
        lang=constancia_metadata.LANGUAGE,
        initialFontName=REGULAR,
    )

    class PageCanvas(_DecoratedCanvas):
        pass

    PageCanvas.snapshot = snapshot
    PageCanvas.options = options
    PageCanvas.meta = meta
    document.build(story(snapshot), canvasmaker=PageCanvas)
    return buffer.getvalue()
