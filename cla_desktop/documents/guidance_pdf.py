"""Renders a counter guidance note (domain.guidance) as a one-page A4 portrait PDF.

Same fonts and approach as the constancia (embedded DejaVu, reportlab invariant mode), so a note
rendered for the same office and day is byte-identical.  The note carries the office's header
because the citizen takes it to another institution; it says plainly that it certifies nothing.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer

from cla_desktop import APP_NAME, __version__
from cla_desktop.documents.fonts import BOLD, REGULAR, register_fonts
from cla_desktop.documents.office_logo import draw_logo
from cla_desktop.domain.constancia import format_date_es
from cla_desktop.domain.guidance import Guidance

PAGE = A4
MARGIN = 18 * mm
HEADER_HEIGHT = 24 * mm
FOOTER_HEIGHT = 22 * mm


@dataclass(frozen=True)
class Letterhead:
    """Who gives the note: the constancia's header lines, the office and its optional logo."""

    lines: tuple[str, ...]
    office_name: str = ""
    office_code: str = ""
    logo_png: str | None = None  # base64 PNG/JPEG, as stored in the settings


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "title": ParagraphStyle(
            "title", fontName=BOLD, fontSize=15, leading=19, alignment=TA_CENTER
        ),
        "date": ParagraphStyle(
            "date", fontName=REGULAR, fontSize=9.5, leading=12, alignment=TA_RIGHT
        ),
        "body": ParagraphStyle("body", fontName=REGULAR, fontSize=11, leading=15),
        "point": ParagraphStyle(
            "point",
            fontName=REGULAR,
            fontSize=11,
            leading=15,
            leftIndent=7 * mm,
            bulletIndent=2 * mm,
            bulletFontName=REGULAR,  # never reference an unembedded Helvetica
            spaceAfter=2.5 * mm,
        ),
        "heading": ParagraphStyle("heading", fontName=BOLD, fontSize=10, leading=13),
        "source": ParagraphStyle(
            "source",
            fontName=REGULAR,
            fontSize=9.5,
            leading=12.5,
            leftIndent=7 * mm,
            bulletIndent=2 * mm,
            bulletFontName=REGULAR,
        ),
        "small": ParagraphStyle("small", fontName=REGULAR, fontSize=8, leading=10),
    }


def _story(guidance: Guidance, day: date, styles: dict[str, ParagraphStyle]) -> list:
    """Every text comes from data and goes through `escape`: reportlab reads it as markup."""
    story: list = [
        Paragraph(escape(guidance.title), styles["title"]),
        Spacer(1, 2 * mm),
        Paragraph(escape(format_date_es(day)), styles["date"]),
        Spacer(1, 5 * mm),
        Paragraph(escape(guidance.intro), styles["body"]),
        Spacer(1, 4 * mm),
    ]
    story += [
        Paragraph(escape(point), styles["point"], bulletText="•") for point in guidance.points
    ]
    story += [
        Spacer(1, 3 * mm),
        Paragraph(f"<b>{escape(guidance.consulta)}</b>", styles["body"]),
        Spacer(1, 7 * mm),
        Paragraph("Base normativa", styles["heading"]),
        Spacer(1, 1.5 * mm),
    ]
    story += [
        Paragraph(escape(source), styles["source"], bulletText="–") for source in guidance.sources
    ]
    # Shrinks rather than spills onto a second page if the fact table's wording grows.
    return [KeepInFrame(0, 0, story, mode="shrink")]


def _draw_header(canvas: Canvas, letterhead: Letterhead) -> None:
    width, height = PAGE
    top = height - MARGIN
    left = draw_logo(canvas, letterhead.logo_png, MARGIN, top)
    canvas.setFont(BOLD, 8.5)
    for index, line in enumerate(letterhead.lines):
        canvas.drawString(left, top - 10 - index * 11, line)
    canvas.setStrokeColor(colors.grey)
    rule = height - MARGIN - HEADER_HEIGHT + 4 * mm
    canvas.line(MARGIN, rule, width - MARGIN, rule)


def _draw_footer(canvas: Canvas, guidance: Guidance, letterhead: Letterhead) -> None:
    width, _height = PAGE
    canvas.setStrokeColor(colors.grey)
    canvas.line(
        MARGIN, MARGIN + FOOTER_HEIGHT - 4 * mm, width - MARGIN, MARGIN + FOOTER_HEIGHT - 4 * mm
    )
    office = letterhead.office_name or "la oficina"
    code = f" ({letterhead.office_code})" if letterhead.office_code else ""
    text = (
        f"<b>{escape(guidance.disclaimer)}</b><br/>"
        f"Entregada por {escape(office)}{escape(code)} con {escape(APP_NAME)}."
    )
    paragraph = Paragraph(text, _styles()["small"])
    _w, used = paragraph.wrapOn(canvas, width - 2 * MARGIN, FOOTER_HEIGHT)
    paragraph.drawOn(canvas, MARGIN, MARGIN + FOOTER_HEIGHT - 6 * mm - used)


def render_guidance_note(guidance: Guidance, letterhead: Letterhead, day: date) -> bytes:
    """One A4 page: header, title, date (es-PE), the note, its sources and the disclaimer."""
    styles = _styles()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN + FOOTER_HEIGHT,
        title=guidance.title,
        author=letterhead.office_name or APP_NAME,
        subject="Nota informativa para el ciudadano",
        creator=f"{APP_NAME} {__version__}",
        producer=f"{APP_NAME} {__version__}",
        keywords=["nota informativa", guidance.key],
        invariant=1,
        lang="es-PE",
        initialFontName=REGULAR,
    )

    def decorate(canvas: Canvas, _document: SimpleDocTemplate) -> None:
        canvas.saveState()
        _draw_header(canvas, letterhead)
        _draw_footer(canvas, guidance, letterhead)
        canvas.restoreState()

    document.build(_story(guidance, day, styles), onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()
