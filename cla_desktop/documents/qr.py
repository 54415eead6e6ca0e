"""Draws a QR code straight onto a reportlab canvas (dark runs as filled rectangles).

Encoded with segno (pure Python, several times faster than reportlab's encoder for the ~700
characters of a signed payload) and encoded once per document, not once per page.  Drawing the
modules here also keeps reportlab's renderPDF, which selects the non-embedded Helvetica, out of
the PDF.
"""

from __future__ import annotations

from functools import lru_cache

import segno
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white border the standard asks for


@lru_cache(maxsize=8)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    code = segno.make(text, error="m", micro=False, boost_error=False)
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
