"""The constancia's document metadata: Info dictionary and XMP packet, dated at the issue time.

reportlab's invariant mode (what makes reprints byte-identical) dates every document
2000-01-01; a constancia is instead dated by its snapshot's issue time, with its offset, which
is just as fixed: a reprint of the same snapshot stays byte-identical and the dates are true.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import XMP
from reportlab.pdfgen.canvas import Canvas

from cla_desktop import APP_NAME, __version__
from cla_desktop.domain.constancia import Snapshot
from cla_desktop.domain.names import statement_name

TITLE = "Constancia de Logros de Aprendizaje"
LANGUAGE = "es-PE"


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]
    creator: str


def describe(snapshot: Snapshot, issued: bool) -> Metadata:
    """What a file manager or a PDF viewer shows about the document."""
    name = statement_name(snapshot.apellido_paterno, snapshot.apellido_materno, snapshot.nombres)
    nivel = f"Nivel {snapshot.nivel.lower()}"
    if issued:
        subject = (
            f"{nivel}, {snapshot.modalidad.lower()}; código virtual {snapshot.codigo_virtual}, "
            f"N.° {snapshot.correlativo}"
        )
        keywords = ("constancia de logros de aprendizaje", snapshot.codigo_virtual)
        title = f"{TITLE} — {name}"
    else:
        subject = f"{nivel}, {snapshot.modalidad.lower()}; vista previa, sin validez"
        keywords = ("constancia de logros de aprendizaje", "vista previa")
        title = f"{TITLE} (vista previa) — {name}"
    return Metadata(
        title=title,
        author=snapshot.office_name or APP_NAME,
        subject=subject,
        keywords=keywords,
        creator=f"{APP_NAME} {__version__}",
    )


def pdf_date(moment: datetime) -> str:
    """PDF date syntax with the UTC offset: D:20261128103500-05'00'."""
    offset = moment.utcoffset()
    if offset is None:
        return f"D:{moment:%Y%m%d%H%M%S}"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{rest:02d}'"


def xmp_packet(meta: Metadata, moment: datetime) -> bytes:
    """The XMP twin of the Info dictionary (PDF/A readers and archives read this one)."""
    stamp = moment.isoformat()

    def alt(text: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt>'

    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
        "<dc:format>application/pdf</dc:format>\n"
        f"<dc:title>{alt(meta.title)}</dc:title>\n"
        f"<dc:creator><rdf:Seq><rdf:li>{escape(meta.author)}</rdf:li></rdf:Seq></dc:creator>\n"
        f"<dc:description>{alt(meta.subject)}</dc:description>\n"
        f"<dc:language><rdf:Bag><rdf:li>{LANGUAGE}</rdf:li></rdf:Bag></dc:language>\n"
        f"<xmp:CreateDate>{stamp}</xmp:CreateDate>\n"
        f"<xmp:ModifyDate>{stamp}</xmp:ModifyDate>\n"
        f"<xmp:MetadataDate>{stamp}</xmp:MetadataDate>\n"
        f"<xmp:CreatorTool>{escape(meta.creator)}</xmp:CreatorTool>\n"
        f"<pdf:Producer>{escape(meta.creator)}</pdf:Producer>\n"
        f"<pdf:Keywords>{escape(', '.join(meta.keywords))}</pdf:Keywords>\n"
        "</rdf:Description>\n"
        "</rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="r"?>'
    )
    return packet.encode("utf-8")


def apply(canvas: Canvas, meta: Metadata, moment: datetime) -> None:
    """Dates the Info dictionary and attaches the XMP stream (uncompressed, as XMP wants)."""
    stamp = pdf_date(moment)
    canvas.setDateFormatter(lambda *_parts: stamp)
    packet = xmp_packet(meta, moment)
    canvas._doc.Catalog.Metadata = XMP(creator=lambda _document: packet)
