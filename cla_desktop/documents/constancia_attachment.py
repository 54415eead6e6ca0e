"""The signed snapshot travels inside the PDF as «constancia.json» (#15, point 5).

As PDF/A-3 e-invoices carry their XML, an issued copy embeds what it was printed from, so a
university or another office reads the grades without scraping the table: the snapshot (its
canonical JSON re-serialised the same way gives back the digest that was signed) and the exact
QR text (signature included).  Written with reportlab's own PDF objects, deterministically (no
clock, fixed compression), so a reprint stays byte-identical; read back with pypdf, which parses
PDFs from any producer.  Previews carry nothing: they are not constancias.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFStream,
    PDFString,
    PDFText,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas

from cla_desktop.domain.constancia import Snapshot

FILE_NAME = "constancia.json"
FORMAT = "cla-escritorio-constancia"
FORMAT_VERSION = 1
MIME_NAME = "/application#2Fjson"  # a PDF name: «/» is written #2F
DESCRIPTION = "Datos firmados de la constancia (JSON)"


def attachment_data(snapshot: Snapshot, qr_text: str) -> bytes:
    """The attached file: sorted keys, no spaces, UTF-8, so one snapshot gives one byte string."""
    document = {
        "formato": FORMAT,
        "version": FORMAT_VERSION,
        "snapshot": json.loads(snapshot.canonical_json()),
        "qr": qr_text,
    }
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8")


def embed(canvas: Canvas, data: bytes, pdf_date: str) -> None:
    """Adds the file to the document being saved: an /EmbeddedFile stream, its /Filespec
    (/AFRelationship /Data: the table is drawn from it), the catalog's /Names /EmbeddedFiles
    tree (what viewers list) and /AF (PDF/A-3's associated files)."""
    document = canvas._doc  # reportlab has no public API for attachments
    stream = PDFStream(
        PDFDictionary(
            {
                "Type": "/EmbeddedFile",
                "Subtype": MIME_NAME,
                "Params": PDFDictionary(
                    {
                        "Size": len(data),
                        "ModDate": PDFString(pdf_date),
                        "CheckSum": PDFText(hashlib.md5(data, usedforsecurity=False).digest()),
                    }
                ),
            }
        ),
        content=data,
        filters=[PDFZCompress],
    )
    stream_ref = document.Reference(stream)
    spec = PDFDictionary(
        {
            "Type": "/Filespec",
            "F": PDFString(FILE_NAME),
            "UF": PDFString(FILE_NAME),
            "Desc": PDFString(DESCRIPTION),
            "AFRelationship": "/Data",
            "EF": PDFDictionary({"F": stream_ref, "UF": stream_ref}),
        }
    )
    spec_ref = document.Reference(spec)
    catalog = document.Catalog
    catalog.Names = PDFDictionary(
        {"EmbeddedFiles": PDFDictionary({"Names": PDFArray([PDFString(FILE_NAME), spec_ref])})}
    )
    catalog.AF = PDFArray([spec_ref])
    if "AF" not in catalog.__NoDefault__:  # the catalog writes only the keys it lists
        catalog.__NoDefault__ = [*catalog.__NoDefault__, "AF"]


def read_attached(pdf: bytes) -> dict | None:
    """The attached «constancia.json» as a dict; None when the PDF carries none (a preview, a
    PDF from elsewhere).  ValueError, in Spanish, when the PDF or the attachment is unreadable.
    Checks the format only: whether the snapshot is genuine is for verification to say."""
    from pypdf import PdfReader  # only receivers read PDFs back: not loaded to render

    # pypdf logs its repairs in English; the Spanish error below is what the user is told.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(pdf))
        found = reader.attachments.get(FILE_NAME)
    except Exception:  # any parser failure on untrusted bytes means "unreadable"
        raise ValueError("No se pudo leer el PDF: no es un PDF válido o está dañado.") from None
    if not found:
        return None
    try:
        data = json.loads(found[0].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValueError(
            f"El archivo {FILE_NAME} adjunto al PDF está dañado: no es JSON válido."
        ) from None
    if not isinstance(data, dict) or data.get("formato") != FORMAT:
        raise ValueError(
            f"El archivo {FILE_NAME} adjunto al PDF no es una constancia de CLA Escritorio."
        )
    if data.get("version") != FORMAT_VERSION or not isinstance(data.get("snapshot"), dict):
        raise ValueError(
            f"El archivo {FILE_NAME} adjunto al PDF tiene una versión que esta aplicación no "
            "conoce; actualice CLA Escritorio."
        )
    return data
