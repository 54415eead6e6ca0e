"""Ed25519 signing keys: one per workstation, private half only in the OS keyring, public half
in the database (and exchanged between offices as a trust list)."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import keyring
import keyring.errors
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlmodel import Session, select

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.store.models import SigningKey

KEYRING_SERVICE = "cla-desktop"
TRUST_LIST_FORMAT = "cla-escritorio-lista-de-confianza"


class KeyringUnavailable(RuntimeError):
    """No OS keyring: the private key cannot be kept safely, so nothing is signed."""


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def key_id_of(public: bytes) -> str:
    return hashlib.sha256(public).hexdigest()[:16]


def _raw_public(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _keyring_name(workstation: str) -> str:
    return f"clave-de-firma/{workstation}"


@dataclass(frozen=True)
class WorkstationKey:
    key_id: str
    private: Ed25519PrivateKey

    def sign(self, payload: bytes) -> str:
        return b64(self.private.sign(payload))


def workstation_key(session: Session, actor: Actor) -> WorkstationKey:
    """This workstation's key, created (and its public half registered) on first use."""
    name = _keyring_name(actor.workstation)
    try:
        stored = keyring.get_password(KEYRING_SERVICE, name)
    except keyring.errors.KeyringError as error:
        raise KeyringUnavailable(
            "Este equipo no tiene un almacén seguro de claves (llavero del sistema), así que no "
            "puede firmar constancias. Pida al soporte técnico que active el llavero (en Windows "
            "viene incluido; en Linux, GNOME Keyring o KWallet) y vuelva a intentarlo."
        ) from error
    if stored:
        private = Ed25519PrivateKey.from_private_bytes(unb64(stored))
    else:
        private = Ed25519PrivateKey.generate()
        raw = private.private_bytes_raw()
        try:
            keyring.set_password(KEYRING_SERVICE, name, b64(raw))
        except keyring.errors.KeyringError as error:
            raise KeyringUnavailable(
                "No se pudo guardar la clave de firma en el llavero del sistema; no se emitió "
                "nada. Revise que el llavero esté desbloqueado."
            ) from error
    public = _raw_public(private)
    key_id = key_id_of(public)
    if session.get(SigningKey, key_id) is None:
        session.add(
            SigningKey(
                key_id=key_id,
                public_key=b64(public),
                workstation=actor.workstation,
                created_at=datetime.now(UTC),
                source="local",
            )
        )
        session.flush()
        record(session, actor, AuditAction.KEY_CHANGED, subject=key_id, detail={"nueva": True})
    return WorkstationKey(key_id, private)


def verify_signature(session: Session, key_id: str, payload: bytes, signature: str) -> bool:
    """True only for a known, active key whose signature over the payload is intact."""
    known = session.get(SigningKey, key_id)
    if known is None or not known.active:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(unb64(known.public_key)).verify(
            unb64(signature), payload
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def export_trust_list(session: Session, actor: Actor, path: Path) -> int:
    """Write every known public key to a JSON file other offices can import."""
    actor.require(Role.OPERADOR)
    keys = session.exec(select(SigningKey).order_by(SigningKey.key_id)).all()
    document = {
        "formato": TRUST_LIST_FORMAT,
        "version": 1,
        "exportado": datetime.now(UTC).isoformat(timespec="seconds"),
        "claves": [
            {
                "key_id": k.key_id,
                "public_key": k.public_key,
                "workstation": k.workstation,
                "office_code": k.office_code,
                "created_at": k.created_at.isoformat(),
                "active": k.active,
            }
            for k in keys
        ],
    }
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)  # never half a file
    record(
        session,
        actor,
        AuditAction.EXPORT,
        subject="lista de confianza",
        detail={"claves": len(keys), "archivo": path.name},
    )
    return len(keys)


def import_trust_list(session: Session, actor: Actor, path: Path) -> int:
    """Add the public keys of another office (checked: the id must match the key)."""
    actor.require(Role.ADMINISTRADOR)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ValueError(f"No se pudo leer la lista de confianza {path}: {error}") from error
    if document.get("formato") != TRUST_LIST_FORMAT:
        raise ValueError("El archivo no es una lista de confianza de CLA Escritorio.")
    added = 0
    for entry in document.get("claves", []):
        public = unb64(entry["public_key"])
        if len(public) != 32 or key_id_of(public) != entry["key_id"]:
            raise ValueError(f"La clave {entry.get('key_id')} no corresponde a su identificador.")
        if session.get(SigningKey, entry["key_id"]) is not None:
            continue
        session.add(
            SigningKey(
                key_id=entry["key_id"],
                public_key=entry["public_key"],
                workstation=entry.get("workstation") or "?",
                office_code=entry.get("office_code"),
                created_at=datetime.fromisoformat(entry["created_at"]),
                source="importada",
                active=bool(entry.get("active", True)),
            )
        )
        added += 1
    session.flush()
    record(
        session,
        actor,
        AuditAction.KEY_CHANGED,
        subject="lista de confianza",
        detail={"importadas": added, "archivo": path.name},
    )
    return added
