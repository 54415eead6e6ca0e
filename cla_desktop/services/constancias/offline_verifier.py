"""The offline HTML verifier: one self-contained file (no server, no network, no external
script) with this office's trusted keys written into it, for an office to host or hand out.

The page itself is resources/verificador/verificador.html; it reads the same QR format
(docs/VERIFICATION.md) and gives the same verdicts as the app, checking Ed25519 with the
browser's WebCrypto.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.paths import resources_dir
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.services.constancias.keys import iso_moment
from cla_desktop.services.constancias.trust_overview import trust_status
from cla_desktop.services.settings_store import current_office
from cla_desktop.store.models import Office, SigningKey

TEMPLATE = ("verificador", "verificador.html")  # under resources/
MARKER = "/*CLA-TRUST*/"


def trust_data(session: Session) -> dict:
    """What the page trusts: every key this office trusts, as of its trust list."""
    keys = session.execute(select(SigningKey).order_by(SigningKey.key_id)).scalars().all()
    offices = session.execute(select(Office)).scalars().all()
    office = current_office(session)
    status = trust_status(session)
    return {
        "generado": datetime.now(UTC).isoformat(timespec="seconds"),
        "oficina": {"codigo": office.code, "nombre": office.name} if office else None,
        "lista_al": status.issued_at.date().isoformat() if status.issued_at else None,
        "vigente_hasta": status.valid_until.isoformat() if status.valid_until else None,
        "claves": [
            {
                "kid": k.key_id,
                "pub": k.public_key,
                # A local key made before the office was set belongs to this office.
                "office_code": k.office_code
                or (office.code if k.source == "local" and office else None),
                "office_name": k.office_name
                or (office.name if k.source == "local" and office else None),
                "created_at": iso_moment(k.created_at),
                "retired_at": iso_moment(k.retired_at),
                "revoked_from": iso_moment(k.revoked_from or (None if k.active else k.created_at)),
                "revoked_reason": k.revoked_reason,
            }
            for k in keys
        ],
        "oficinas": {o.code: o.name for o in offices},
    }


def render_offline_verifier(data: dict) -> str:
    template = resources_dir().joinpath(*TEMPLATE).read_text(encoding="utf-8")
    start = template.index(MARKER)
    end = template.index(MARKER, start + len(MARKER))
    # "<" only occurs inside JSON strings; as \u003c no text (an office name, a revocation
    # reason from an imported list) can close the script or open "<!--" in it.
    embedded = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
    return template[: start + len(MARKER)] + embedded + template[end:]


def write_offline_verifier(session: Session, actor: Actor, path: Path) -> int:
    actor.require(Role.OPERADOR)
    data = trust_data(session)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(render_offline_verifier(data), encoding="utf-8")
        tmp.replace(path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise ValueError(
            f"No se pudo escribir el verificador en {path}: revise la carpeta y el espacio libre."
        ) from error
    record(
        session,
        actor,
        AuditAction.EXPORT,
        subject="verificador sin internet",
        detail={"claves": len(data["claves"]), "archivo": path.name},
    )
    return len(data["claves"])
