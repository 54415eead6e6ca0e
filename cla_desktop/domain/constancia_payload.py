"""What the QR of a constancia carries and signs, in each snapshot version's own form.

Version 1 (the first release) signed a JSON summary and printed it base64url in a URL's query
string: dense (QR version 18–21) and with the student's data in the part a server logs.  From
version 2 the QR follows the EU Digital COVID Certificate: a COSE_Sign1 structure (RFC 9052,
Ed25519) over CBOR claims, zlib-compressed when that is shorter, written in base45 (RFC 9285) so
the QR uses its alphanumeric mode.  docs/VERIFICATION.md specifies the format byte by byte (the
offline HTML verifier implements the same reading).

A constancia is signed and verified with the payload of its snapshot's version, so raising
SNAPSHOT_VERSION never turns an older constancia FALSIFICADA.
"""

from __future__ import annotations

import io
import json
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

import base45
import cbor2

from cla_desktop.domain.constancia import Snapshot

QR_PREFIX = "CLA1:"
COSE_SIGN1_TAG = 18
ALG_EDDSA = -8  # COSE algorithm id (RFC 9053)
HEADER_ALG = 1
HEADER_KID = 4
DIGEST_BYTES = 16  # of the snapshot's SHA-256: binds the QR to every printed grade
YEAR_BASE = 2000  # years travel as year - 2000 (one CBOR byte up to 2023, two after)
# Wire tables, frozen with the format (docs/VERIFICATION.md): a word not listed travels as text.
NIVEL_CODES = {"INICIAL": "I", "PRIMARIA": "P", "SECUNDARIA": "S"}
SITUACION_CODES = (
    None,
    "APROBADO",
    "PROMOVIDO",
    "PROMOCIÓN GUIADA",
    "DESAPROBADO",
    "PERMANECE EN EL GRADO",
    "REQUIERE RECUPERACIÓN",
    "REQUIERE RECUPERACIÓN PEDAGÓGICA",
    "RETIRADO",
    "TRASLADADO",
    "FALLECIDO",
    "POSTERGA EVALUACIÓN",
)
DNI = "DNI"

# Claim keys (integers keep the CBOR small; docs/VERIFICATION.md lists them).
VERSION, CODE, CORRELATIVO, OFFICE, ISSUED, DOCUMENT, SURNAMES, NAMES, NIVEL, YEARS, DIGEST = range(
    1, 12
)


class PayloadError(ValueError):
    """The text is not a constancia's QR (cut short, from another system, or altered)."""


@dataclass(frozen=True)
class Claims:
    """What a QR says about the constancia, in any version, for display and comparison."""

    version: int
    codigo_virtual: str
    correlativo: str
    office_code: str
    issued_at: datetime
    document_type: str
    document: str
    surnames: str
    names: str
    nivel: str
    years: tuple[tuple[int, int, str | None], ...]
    digest: str  # hex; the full SHA-256 in version 1, its first 16 bytes from version 2

    def matches_digest(self, snapshot_digest: str) -> bool:
        return bool(self.digest) and snapshot_digest.startswith(self.digest)

    def agrees_with(self, other: Claims) -> bool:
        """Everything a reader compares with the paper is the same (the digests aside: a QR
        carries a cut one)."""
        fields = (
            "codigo_virtual",
            "correlativo",
            "office_code",
            "document",
            "surnames",
            "names",
            "nivel",
            "years",
        )
        same_moment = int(self.issued_at.timestamp()) == int(other.issued_at.timestamp())
        return same_moment and all(getattr(self, f) == getattr(other, f) for f in fields)


@dataclass(frozen=True)
class SignedPayload:
    """The bytes a signature covers, the signature and the key id it names."""

    claims: Claims
    signed_bytes: bytes
    signature: bytes
    key_id: str


def _v1_payload(snapshot: Snapshot, key_id: str) -> bytes:
    data = {
        "v": 1,
        "c": snapshot.codigo_virtual,
        "n": snapshot.correlativo,
        "d": snapshot.document_number or snapshot.codigo_estudiante,
        "a": f"{snapshot.apellido_paterno} {snapshot.apellido_materno}".strip(),
        "m": snapshot.nombres,
        "l": snapshot.nivel,
        "y": [[c.year, c.grado, c.situacion_final] for c in snapshot.taken_columns],
        "h": snapshot.digest(),
        "k": key_id,
        "t": snapshot.issued_at,
        "o": snapshot.office_code,
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _document(snapshot: Snapshot) -> str | list[str]:
    """A DNI as its bare number (the usual case), any other document as [type, number]."""
    if snapshot.document_number:
        if snapshot.document_type == DNI:
            return snapshot.document_number
        return [snapshot.document_type, snapshot.document_number]
    return ["CÓDIGO DEL ESTUDIANTE", snapshot.codigo_estudiante or ""]


def _situacion_code(text: str | None) -> int | str:
    return SITUACION_CODES.index(text) if text in SITUACION_CODES else str(text)


def _situacion_text(value: object) -> str | None:
    if isinstance(value, int) and 0 <= value < len(SITUACION_CODES):
        return SITUACION_CODES[value]
    if isinstance(value, str):
        return value
    raise PayloadError("unknown situación final code")


def _v2_claims(snapshot: Snapshot) -> bytes:
    claims = {
        VERSION: snapshot.version,
        CODE: snapshot.codigo_virtual,
        CORRELATIVO: int(snapshot.correlativo or 0),
        OFFICE: snapshot.office_code,
        ISSUED: int(snapshot.issued.timestamp()),
        DOCUMENT: _document(snapshot),
        SURNAMES: f"{snapshot.apellido_paterno} {snapshot.apellido_materno}".strip(),
        NAMES: snapshot.nombres,
        NIVEL: NIVEL_CODES.get(snapshot.nivel, snapshot.nivel),
        YEARS: [
            [c.year - YEAR_BASE, c.grado, _situacion_code(c.situacion_final)]
            for c in snapshot.taken_columns
        ],
        DIGEST: bytes.fromhex(snapshot.digest())[:DIGEST_BYTES],
    }
    return cbor2.dumps(claims, canonical=True)


def _protected_header() -> bytes:
    return cbor2.dumps({HEADER_ALG: ALG_EDDSA}, canonical=True)


def _sig_structure(protected: bytes, payload: bytes) -> bytes:
    """COSE's "to be signed" bytes (RFC 9052 §4.4), with an empty external_aad."""
    return cbor2.dumps(["Signature1", protected, b"", payload])


def signed_bytes(snapshot: Snapshot, key_id: str) -> bytes:
    """The bytes the workstation key signs, in the form of the snapshot's own version."""
    if snapshot.version == 1:
        return _v1_payload(snapshot, key_id)
    return _sig_structure(_protected_header(), _v2_claims(snapshot))


def qr_text(snapshot: Snapshot, key_id: str, signature: bytes) -> str:
    """The QR's text: the office's verification page with the signed payload in the fragment
    (which browsers never send to a server), or the bare payload when no page is set."""
    if snapshot.version == 1:
        from cla_desktop.domain.constancia_payload_v1 import v1_qr_text

        return v1_qr_text(snapshot, _v1_payload(snapshot, key_id), signature)
    cose = cbor2.dumps(
        cbor2.CBORTag(
            COSE_SIGN1_TAG,
            [
                _protected_header(),
                {HEADER_KID: bytes.fromhex(key_id)},
                _v2_claims(snapshot),
                signature,
            ],
        )
    )
    packed = zlib.compress(cose, 9)
    wire = packed if len(packed) < len(cose) else cose
    base = snapshot.verification_base.strip()
    if not base:
        return QR_PREFIX + base45.b45encode(wire).decode("ascii")
    return f"{base.rstrip('/')}/{snapshot.codigo_virtual}#{to_digits(wire)}"


def to_digits(data: bytes) -> str:
    """Bytes as one decimal number (a leading 1 keeps leading zero bytes): a URL fragment
    made only of digits, which the QR's numeric mode packs as densely as base45 (base45's
    space and % are not valid in a URL)."""
    return str(int.from_bytes(b"\x01" + data, "big"))


def from_digits(text: str) -> bytes:
    if not text.isascii() or not text.isdigit() or len(text) > 4000:
        raise PayloadError("not a run of digits")
    raw = int(text).to_bytes((int(text).bit_length() + 7) // 8, "big")
    if not raw or raw[0] != 1:
        raise PayloadError("missing the leading marker byte")
    return raw[1:]


def _unpack(wire: bytes) -> SignedPayload:
    if wire[:1] == b"\x78":  # zlib header (deflate, 32K window)
        try:
            decompressor = zlib.decompressobj()
            wire = decompressor.decompress(wire, 8192)
        except zlib.error as error:
            raise PayloadError("damaged compression") from error
        if not decompressor.eof or decompressor.unused_data or decompressor.unconsumed_tail:
            raise PayloadError("cut short, or more than one stream")  # strict, as browsers are
    try:
        stream = io.BytesIO(wire)
        item = cbor2.CBORDecoder(stream).decode()
        if stream.tell() != len(wire):
            raise PayloadError("bytes after the COSE structure")
        if not isinstance(item, cbor2.CBORTag) or item.tag != COSE_SIGN1_TAG:
            raise PayloadError("not a COSE_Sign1 structure")
        protected, unprotected, payload, signature = item.value
        header = cbor2.loads(protected)
        raw = cbor2.loads(payload)
    except (cbor2.CBORDecodeError, ValueError, TypeError) as error:
        raise PayloadError("damaged CBOR") from error
    if not isinstance(header, Mapping) or not isinstance(unprotected, Mapping):
        raise PayloadError("headers are not maps")
    if header.get(HEADER_ALG) != ALG_EDDSA:
        raise PayloadError("unknown algorithm")
    kid = unprotected.get(HEADER_KID)
    if not isinstance(kid, bytes) or not isinstance(signature, bytes):
        raise PayloadError("no key id or signature")
    return SignedPayload(
        _claims_from_v2(raw), _sig_structure(protected, payload), signature, kid.hex()
    )


def _claims_from_v2(raw: object) -> Claims:
    try:
        document = raw[DOCUMENT]
        if isinstance(document, str):
            document = (DNI, document)
        niveles = {code: name for name, code in NIVEL_CODES.items()}
        office = str(raw[OFFICE])
        if int(raw[VERSION]) < 2 or not (
            office.isascii() and office.isdigit() and len(office) == 6
        ):
            raise PayloadError("a version or an office this format never writes")
        return Claims(
            version=int(raw[VERSION]),
            codigo_virtual=str(raw[CODE]),
            correlativo=f"{int(raw[CORRELATIVO]):08d}",
            office_code=str(raw[OFFICE]),
            issued_at=datetime.fromtimestamp(int(raw[ISSUED]), UTC),
            document_type=str(document[0]),
            document=str(document[1]),
            surnames=str(raw[SURNAMES]),
            names=str(raw[NAMES]),
            nivel=niveles.get(str(raw[NIVEL]), str(raw[NIVEL])),
            years=tuple((int(y) + YEAR_BASE, int(g), _situacion_text(s)) for y, g, s in raw[YEARS]),
            digest=bytes(raw[DIGEST]).hex(),
        )
    except (KeyError, IndexError, TypeError, ValueError) as error:
        raise PayloadError("claims missing or of the wrong type") from error


def read_qr_text(text: str) -> SignedPayload:
    """Any form a QR or a pasted text takes: CLA1:…, a verification URL with #digits, the bare
    digits, or a first-release URL (?c=…&p=…&s=…)."""
    cleaned = text.strip()
    if cleaned.upper().startswith(QR_PREFIX):
        try:
            return _unpack(base45.b45decode(cleaned[len(QR_PREFIX) :].upper()))
        except ValueError as error:
            raise PayloadError("damaged base45") from error
    if "#" in cleaned:
        return _unpack(from_digits(cleaned.rsplit("#", 1)[1]))
    if cleaned.isdigit():
        return _unpack(from_digits(cleaned))
    if "?" in cleaned and "c=" in cleaned:
        from cla_desktop.domain.constancia_payload_v1 import read_v1_qr

        return read_v1_qr(cleaned)
    raise PayloadError("not a constancia's QR")


def looks_like_qr(text: str) -> bool:
    cleaned = text.strip()
    return (
        cleaned.upper().startswith(QR_PREFIX)
        or "#" in cleaned
        or ("?" in cleaned and "c=" in cleaned)
        or (cleaned.isdigit() and len(cleaned) > 40)
    )
