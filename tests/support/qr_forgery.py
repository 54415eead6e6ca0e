"""What a forger does to a constancia's QR: change a claim and keep the signature, or damage
the signature; the result is re-encoded in the same form so only the signature can tell."""

from __future__ import annotations

import zlib

import base45
import cbor2

from cla_desktop.domain.constancia_payload import QR_PREFIX, from_digits, to_digits


def _decode(text: str) -> tuple[str, bytes]:
    if text.startswith(QR_PREFIX):
        return QR_PREFIX, base45.b45decode(text[len(QR_PREFIX) :])
    head, digits = text.rsplit("#", 1)
    return head + "#", from_digits(digits)


def _encode(prefix: str, wire: bytes) -> str:
    if prefix == QR_PREFIX:
        return QR_PREFIX + base45.b45encode(wire).decode("ascii")
    return prefix + to_digits(wire)


def _cose(wire: bytes) -> tuple[bool, cbor2.CBORTag]:
    packed = wire[:1] == b"\x78"
    item = cbor2.loads(zlib.decompress(wire) if packed else wire)
    protected, unprotected, payload, signature = item.value
    return packed, cbor2.CBORTag(item.tag, [protected, dict(unprotected), payload, signature])


def _wire(packed: bool, item: cbor2.CBORTag) -> bytes:
    raw = cbor2.dumps(item)
    return zlib.compress(raw, 9) if packed else raw


def retouch_claims(text: str, changes: dict) -> str:
    prefix, wire = _decode(text)
    packed, item = _cose(wire)
    claims = {**cbor2.loads(item.value[2]), **changes}
    item.value[2] = cbor2.dumps(claims, canonical=True)
    return _encode(prefix, _wire(packed, item))


def flip_signature_bit(text: str) -> str:
    prefix, wire = _decode(text)
    packed, item = _cose(wire)
    signature = bytearray(item.value[3])
    signature[10] ^= 0x01
    item.value[3] = bytes(signature)
    return _encode(prefix, _wire(packed, item))


def cose_parts(text: str) -> list:
    """[protected, unprotected, payload, signature] of a QR text."""
    return _cose(_decode(text)[1])[1].value


def resign(text: str, changes: dict, private) -> str:
    """A thief holding a workstation's private key: new claims, a genuine signature."""
    prefix, wire = _decode(text)
    packed, item = _cose(wire)
    protected = item.value[0]
    claims = {**cbor2.loads(item.value[2]), **changes}
    payload = cbor2.dumps(claims, canonical=True)
    to_sign = cbor2.dumps(["Signature1", protected, b"", payload])
    item.value[2] = payload
    item.value[3] = private.sign(to_sign)
    return _encode(prefix, _wire(packed, item))
