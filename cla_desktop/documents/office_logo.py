"""The office's logo at the top left of a printed page (the constancia, the guidance note)."""

from __future__ import annotations

import base64
import io

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

LOGO_HEIGHT = 16 * mm
GAP = 3 * mm


def draw_logo(canvas: Canvas, logo_png: str | None, left: float, top: float) -> float:
    """Draws the logo (base64 PNG/JPEG) with its top-left corner at (left, top), scaled to
    LOGO_HEIGHT; returns where the header text may start (left itself without a logo)."""
    if not logo_png:
        return left
    logo = ImageReader(io.BytesIO(base64.b64decode(logo_png)))
    logo_width, logo_height = logo.getSize()
    scale = LOGO_HEIGHT / logo_height
    canvas.drawImage(logo, left, top - LOGO_HEIGHT, logo_width * scale, LOGO_HEIGHT, mask="auto")
    return left + logo_width * scale + GAP
