"""What a file is, told by its first bytes rather than its name: an .xlsx renamed .csv, a PDF
saved as "nomina.csv" or Excel's "Texto Unicode" (UTF-16) must each get a sentence that names
the file and says what to do, not a codec error or "faltan columnas"."""

from __future__ import annotations

import codecs
from pathlib import Path

from cla_desktop.services.imports.source_facts import SourceError

SAMPLE = 65536
CSV, XLSX, XLS, DBF = "CSV", "XLSX", "XLS", "DBF"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old Office documents (.xls, .doc)
_ZIP = b"PK\x03\x04"
_DBF_VERSIONS = {0x02, 0x03, 0x30, 0x31, 0x32, 0x43, 0x63, 0x83, 0x8B, 0xCB, 0xF5, 0xFB}
# Files an office may pick by mistake: (first bytes, what it is).
_NOT_TABLES = (
    (b"%PDF", "un documento PDF"),
    (b"\x89PNG", "una imagen PNG"),
    (b"\xff\xd8\xff", "una imagen JPEG"),
    (b"GIF8", "una imagen GIF"),
    (b"Rar!", "un archivo comprimido RAR"),
    (b"7z\xbc\xaf", "un archivo comprimido 7-Zip"),
    (b"\x1f\x8b", "un archivo comprimido GZIP"),
    (b"{\\rtf", "un documento RTF"),
    (b"SQLite format 3\x00", "una base de datos SQLite (quizá la del propio programa)"),
    (b"MZ", "un programa de Windows"),
    (b"\x7fELF", "un programa"),
)
_ADVICE = "Exporte la tabla como CSV o Excel (.xlsx) y vuelva a importarla."


def sniff_type(path: Path) -> str:
    """CSV, XLSX, XLS or DBF; SourceError for anything that is not a table."""
    with path.open("rb") as handle:
        head = handle.read(SAMPLE)
    if not head:
        raise SourceError(f"{path.name} está vacío: no tiene encabezado ni filas.")
    for magic, what in _NOT_TABLES:
        if head.startswith(magic):
            raise SourceError(f"{path.name} es {what}, no una tabla de datos. {_ADVICE}")
    if head.startswith(_ZIP):
        if _zip_is_workbook(path):
            return XLSX
        raise SourceError(
            f"{path.name} es un archivo comprimido (ZIP) o un documento de Office que no es un "
            f"libro de Excel: descomprímalo o ábralo y guarde la tabla como CSV o .xlsx."
        )
    if head.startswith(_OLE):
        return XLS
    if _looks_like_dbf(head, path):
        return DBF
    if head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return CSV
    if utf16_without_bom(head) is not None:
        return CSV
    if _binary(head):
        raise SourceError(
            f"{path.name} no es un archivo de texto ni un libro de Excel que se pueda leer. "
            f"{_ADVICE}"
        )
    return CSV


def utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when every other byte is NUL (UTF-16 text of Latin letters
    saved without its byte-order mark), else None."""
    sample = head[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.5 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.5 * len(odd):
        return "utf-16-be"
    return None


BINARY_SHARE = 0.1  # control bytes in a machine file's first bytes; text has almost none
BINARY_MIN = 512  # a shorter file is judged by its header instead


def _binary(head: bytes) -> bool:
    """Text has few control bytes; NUL padding in a few cells is tolerated (they are removed
    and reported), a machine file is not."""
    if len(head) < BINARY_MIN:
        return False
    controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    return controls > BINARY_SHARE * len(head)


def _looks_like_dbf(head: bytes, path: Path) -> bool:
    """A dBase header: version byte, a plausible date, header and record lengths that add up
    to the file's size (the padrón's Padron_web.dbf)."""
    if len(head) < 32 or head[0] not in _DBF_VERSIONS:
        return False
    month, day = head[2], head[3]
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    records = int.from_bytes(head[4:8], "little")
    header_length = int.from_bytes(head[8:10], "little")
    record_length = int.from_bytes(head[10:12], "little")
    if header_length < 33 or record_length < 1:
        return False
    expected = header_length + records * record_length
    size = path.stat().st_size
    return expected <= size <= expected + 1  # the end-of-file mark 0x1A is optional


def _zip_is_workbook(path: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return False
    return "[Content_Types].xml" in names and any(name.startswith("xl/") for name in names)
