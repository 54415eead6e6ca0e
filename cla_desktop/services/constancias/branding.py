"""The office's header on its constancias: entity lines and an optional logo (administrador)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.constancias.issuance import HEADER_LINES, HEADER_LOGO
from cla_desktop.services.settings_store import set_setting

MAX_LOGO_BYTES = 200_000
_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def set_header_lines(session: Session, actor: Actor, lines: list[str]) -> None:
    actor.require(Role.ADMINISTRADOR)
    cleaned = [" ".join(line.split()).upper() for line in lines if line.strip()]
    if not 1 <= len(cleaned) <= 4 or any(len(line) > 80 for line in cleaned):
        raise ValueError("Escriba de 1 a 4 líneas de encabezado, de 80 caracteres como máximo.")
    set_setting(session, actor, HEADER_LINES, json.dumps(cleaned, ensure_ascii=False))


def set_header_logo(session: Session, actor: Actor, path: Path | None) -> None:
    """A PNG or JPEG of at most 200 KB, or None to print without a logo."""
    actor.require(Role.ADMINISTRADOR)
    if path is None:
        set_setting(session, actor, HEADER_LOGO, "")
        return
    data = path.read_bytes()
    if not data.startswith(_SIGNATURES):
        raise ValueError("El logo debe ser una imagen PNG o JPEG.")
    if len(data) > MAX_LOGO_BYTES:
        raise ValueError("El logo pesa más de 200 KB: reduzca la imagen.")
    set_setting(session, actor, HEADER_LOGO, base64.b64encode(data).decode("ascii"))
