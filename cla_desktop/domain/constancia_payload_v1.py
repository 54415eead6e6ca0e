"""The first release's QR (snapshot version 1), still read so its constancias stay verifiable:
a URL whose query string carries the código, a base64url JSON summary and its signature."""

from __future__ import annotations

import base64
import json
from datetime import datetime
from urllib.parse import parse_qs, urlsplit

from cla_desktop.domain.constancia import Snapshot
from cla_desktop.domain.constancia_payload import Claims, PayloadError, SignedPayload


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def v1_qr_text(snapshot: Snapshot, payload: bytes, signature: bytes) -> str:
    return (
        f"{snapshot.verification_base}?c={snapshot.codigo_virtual}&p={_b64(payload)}"
        f"&s={_b64(signature)}"
    )


def read_v1_qr(text: str) -> SignedPayload:
    try:
        query = parse_qs(urlsplit(text).query)
        code, raw, signature = query["c"][0], _unb64(query["p"][0]), _unb64(query["s"][0])
        data = json.loads(raw)
        if data.get("c") != code:
            raise PayloadError("the código in the URL is not the signed one")
        document = str(data.get("d") or "")
        claims = Claims(
            version=1,
            codigo_virtual=code,
            correlativo=str(data["n"]),
            office_code=str(data.get("o") or ""),
            issued_at=datetime.fromisoformat(data["t"]),
            document_type="DNI" if len(document) == 8 else "",
            document=document,
            surnames=str(data.get("a") or ""),
            names=str(data.get("m") or ""),
            nivel=str(data.get("l") or ""),
            years=tuple((int(y), int(g), s) for y, g, s in data.get("y", ())),
            digest=str(data.get("h") or ""),
        )
        return SignedPayload(claims, raw, signature, str(data.get("k") or ""))
    except (KeyError, IndexError, TypeError, ValueError) as error:
        raise PayloadError("damaged first-release QR") from error
