"""Ed25519 signing keys: one per workstation, private half only in the OS keyring, public half
in the database (and exchanged between offices in signed trust lists, services.constancias.
trust_lists).  A key is rotated (retired: it still verifies what it signed before) or revoked
from a date (a stolen workstation: what it signs from then on is void)."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

import keyring
import keyring.errors
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.services.settings_store import current_office
from cla_desktop.store.models import SigningKey

KEYRING_SERVICE = "cla-desktop"


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
    private = Ed25519PrivateKey.from_private_bytes(unb64(stored)) if stored else None
    if private is not None:
        row = session.get(SigningKey, key_id_of(_raw_public(private)))
        if row is not None and (row.retired_at or row.revoked_from or not row.active):
            private = None  # rotated out or revoked: this workstation gets a new key
    if private is None:
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
    office = current_office(session)
    existing = session.get(SigningKey, key_id)
    if existing is not None and existing.office_code is None and office is not None:
        existing.office_code, existing.office_name = office.code, office.name  # set later
    if existing is None:
        session.add(
            SigningKey(
                key_id=key_id,
                public_key=b64(public),
                workstation=actor.workstation,
                office_code=office.code if office else None,
                office_name=office.name if office else None,
                created_at=datetime.now(UTC),
                source="local",
            )
        )
        session.flush()
        record(session, actor, AuditAction.KEY_CHANGED, subject=key_id, detail={"nueva": True})
    return WorkstationKey(key_id, private)


def public_key(row: SigningKey) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(unb64(row.public_key))


def signature_holds(row: SigningKey, payload: bytes, signature: bytes) -> bool:
    try:
        public_key(row).verify(signature, payload)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(key_id: str) -> str:
    """The key id in groups of four, to read over the phone when confirming a DRE's key."""
    return "-".join(key_id[i : i + 4] for i in range(0, len(key_id), 4)).upper()


def rotate_key(session: Session, actor: Actor) -> tuple[str, str]:
    """Retire this workstation's key and start a new one: what the old key signed stays valid
    (verified against its date), what is signed from now on carries the new key."""
    actor.require(Role.ADMINISTRADOR)
    old = workstation_key(session, actor)
    row = session.get(SigningKey, old.key_id)
    row.retired_at = datetime.now(UTC)
    session.flush()
    try:  # kept only to vouch for its successor in the next trust list (never to sign)
        keyring.set_password(
            KEYRING_SERVICE, _previous_name(actor.workstation), b64(old.private.private_bytes_raw())
        )
    except keyring.errors.KeyringError as error:
        raise KeyringUnavailable(
            "No se pudo guardar la clave anterior en el llavero del sistema; no se rotó nada."
        ) from error
    new = workstation_key(session, actor)
    record(
        session,
        actor,
        AuditAction.KEY_CHANGED,
        subject=new.key_id,
        detail={"rotada": old.key_id, "nueva": new.key_id},
    )
    return old.key_id, new.key_id


def revoke_key(
    session: Session, actor: Actor, key_id: str, revoked_from: datetime, reason: str
) -> SigningKey:
    """Void what a key signs from a moment on (a stolen or broken workstation).  Earlier
    constancias keep their validity; a revocation is never undone, only moved earlier."""
    actor.require(Role.ADMINISTRADOR)
    reason = " ".join(reason.split())
    if len(reason) < 5:
        raise ValueError(
            "Escriba el motivo de la revocación, de al menos 5 caracteres (por ejemplo: robo "
            "del equipo)."
        )
    wanted = key_id.strip().lower().replace("-", "")
    row = session.get(SigningKey, wanted)
    if row is None:
        raise ValueError(f"No hay ninguna clave {key_id} en esta base de datos.")
    if row.revoked_from is None or revoked_from < aware(row.revoked_from):
        row.revoked_from = revoked_from
        row.revoked_reason = reason[:200]
    session.flush()
    record(
        session,
        actor,
        AuditAction.KEY_CHANGED,
        subject=row.key_id,
        detail={"revocada_desde": revoked_from.isoformat(), "motivo": reason},
    )
    return row


def aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes for what was stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def key_matches_id(row: SigningKey) -> bool:
    """A stored public key is only the key its id names (a row edited in the database is not)."""
    try:
        return key_id_of(unb64(row.public_key)) == row.key_id
    except ValueError:
        return False


def _previous_name(workstation: str) -> str:
    return f"{_keyring_name(workstation)}/anterior"


def previous_key(session: Session, actor: Actor) -> WorkstationKey | None:
    """The key this workstation retired at its last rotation, while it is only retired (a
    revoked key vouches for nothing)."""
    try:
        stored = keyring.get_password(KEYRING_SERVICE, _previous_name(actor.workstation))
    except keyring.errors.KeyringError:
        return None
    if not stored:
        return None
    private = Ed25519PrivateKey.from_private_bytes(unb64(stored))
    row = session.get(SigningKey, key_id_of(_raw_public(private)))
    if row is None or row.revoked_from is not None or not row.active or row.retired_at is None:
        return None
    return WorkstationKey(row.key_id, private)


def iso_moment(value: datetime | None) -> str | None:
    """A stored moment as trust lists and the HTML verifier write it (UTC offset, seconds)."""
    return aware(value).isoformat(timespec="seconds") if value else None
