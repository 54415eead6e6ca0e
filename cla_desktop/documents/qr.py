"""Draws a QR code straight onto a reportlab canvas (dark runs as filled rectangles).

reportlab's QrCodeWidget goes through renderPDF, which selects the non-embedded Helvetica as a
side effect; drawing the modules here keeps every font in the PDF embedded.
"""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white border the standard asks for


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    count = code.getModuleCount()
    module = size / (count + 2 * QUIET_ZONE)
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    for row in range(count):
        top = y + size - (QUIET_ZONE + row + 1) * module
        column = 0
        while column < count:
            if not code.isDark(row, column):
                column += 1
                continue
            start = column
            while column < count and code.isDark(row, column):
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
