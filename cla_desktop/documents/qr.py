"""Draws a QR code straight onto a reportlab canvas (dark runs as filled rectangles).

Encoded with segno (pure Python, several times faster than reportlab's encoder for the ~700
characters of a signed payload) and encoded once per document, not once per page.  Drawing the
modules here also keeps reportlab's renderPDF, which selects the non-embedded Helvetica, out of
the PDF.
"""

from __future__ import annotations

from functools import lru_cache

import segno
import segno.consts
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white border the standard asks for


MAX_VERSION = 10  # ≥ 0.5 mm modules at QR_SIZE, and a phone reads it at arm's length


def _segments(text: str) -> str | list[tuple[str, int]]:
    """A verification address in byte mode, its #digits in numeric mode (about 3.3 bits a
    digit instead of 8); anything else in the densest single mode segno finds."""
    head, sep, digits = text.rpartition("#")
    if sep and digits.isdigit():
        return [(head + sep, segno.consts.MODE_BYTE), (digits, segno.consts.MODE_NUMERIC)]
    return text


def make_qr(text: str) -> segno.QRCode:
    """Error correction M (15 %) when that stays within version 10, otherwise L if that does,
    otherwise M at whatever version it takes (docs/VERIFICATION.md)."""
    content = _segments(text)
    medium = segno.make(content, error="m", micro=False, boost_error=False)
    if medium.version <= MAX_VERSION:
        return medium
    low = segno.make(content, error="l", micro=False, boost_error=False)
    return low if low.version <= MAX_VERSION else medium


@lru_cache(maxsize=8)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    code = make_qr(text)
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix)


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    matrix = qr_matrix(text)
    count = len(matrix)
    module = size / (count + 2 * QUIET_ZONE)
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    for row_index, row in enumerate(matrix):
        top = y + size - (QUIET_ZONE + row_index + 1) * module
        column = 0
        while column < count:
            if not row[column]:
                column += 1
                continue
            start = column
            while column < count and row[column]:
                column += 1
            canvas.rect(
                x + (QUIET_ZONE + start) * module,
                top,
                (column - start) * module,
                module,
                stroke=0,
                fill=1,
            )
    canvas.restoreState()
