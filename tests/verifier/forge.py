"""Byte-level forgeries of a constancia's QR text for the browser verifier's tests: one byte of
the signed claims changed (the signature kept), or one bit of the signature flipped; the result
is written back in the same form (CLA1:… or …#digits, compressed or not)."""

from __future__ import annotations

import zlib

import base45
import cbor2

from cla_desktop.domain.constancia_payload import QR_PREFIX, from_digits, to_digits


def _split(text: str) -> tuple[str, bytes]:
    if text.upper().startswith(QR_PREFIX):
        return QR_PREFIX, base45.b45decode(text[len(QR_PREFIX) :].upper())
    head, digits = text.rsplit("#", 1)
    return head + "#", from_digits(digits)


def _join(prefix: str, wire: bytes) -> str:
    if prefix == QR_PREFIX:
        return QR_PREFIX + base45.b45encode(wire).decode("ascii")
    return prefix + to_digits(wire)


def _rewrite(text: str, change) -> str:
    prefix, wire = _split(text)
    packed = wire[:1] == b"\x78"
    item = cbor2.loads(zlib.decompress(wire) if packed else wire)
    parts = list(item.value)
    change(parts)
    raw = cbor2.dumps(cbor2.CBORTag(item.tag, parts))
    return _join(prefix, zlib.compress(raw, 9) if packed else raw)


def change_claim_byte(text: str, old: bytes, new: bytes) -> str:
    """Replace `old` by `new` (same length) inside the signed claims: a retouched name or
    document whose CBOR stays well formed."""
    assert len(old) == len(new)

    def change(parts: list) -> None:
        payload = parts[2]
        assert payload.count(old) == 1, (old, payload)
        parts[2] = payload.replace(old, new)

    return _rewrite(text, change)


def flip_signature_bit(text: str, index: int = 10) -> str:
    def change(parts: list) -> None:
        signature = bytearray(parts[3])
        signature[index] ^= 0x01
        parts[3] = bytes(signature)

    return _rewrite(text, change)
