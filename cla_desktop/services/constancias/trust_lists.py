"""Signed trust lists: how a constancia issued at one office is VÁLIDA at every other.

Each office publishes its keys in a list signed with its own workstation key.  A DRE imports
its UGELs' lists (confirming each signer's fingerprint once, by phone or oficio), then
publishes one list of them all, valid for a stated time; the DREs' lists combine into a
national one the same way.  An office imports its DRE's list by file; on a shared PostgreSQL
every counter sees what one administrator imported, at once.

Who may vouch for what: a signer confirmed by fingerprint whose office is a DRE may vouch for
any key (and for other list signers); any other trusted key only for keys of its own office
(so a UGEL can announce its own rotations).  Revocations and retirements only ever move
earlier; a list older than one already imported from the same issuer is refused.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import Session

from cla_desktop.domain.lima_time import to_lima
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.services.constancias.keys import (
    aware,
    b64,
    iso_moment,
    key_id_of,
    previous_key,
    signature_holds,
    unb64,
    workstation_key,
)
from cla_desktop.services.constancias.trust_signers import (
    SignerNotTrusted,
    aval_bytes,
    canonical,
    trusted_signer,
)
from cla_desktop.services.settings_store import current_office
from cla_desktop.store.models import SigningKey, TrustList

TRUST_LIST_FORMAT = "cla-escritorio-lista-de-confianza"
__all__ = ["SignerNotTrusted"]  # raised by import_trust_list; defined with the signer rules
TRUST_LIST_VERSION = 2
DEFAULT_VALID_DAYS = 90
# A list dated ahead of this office's clock by more than this is refused: a future list would
# block every later one of its issuer until that date.
CLOCK_SKEW = timedelta(minutes=10)


_canonical = canonical


def _entry(row: SigningKey, *, signer: bool) -> dict:
    return {
        "key_id": row.key_id,
        "public_key": row.public_key,
        "office_code": row.office_code,
        "office_name": row.office_name,
        "workstation": row.workstation,
        "created_at": iso_moment(row.created_at),
        "retired_at": iso_moment(row.retired_at),
        "revoked_from": iso_moment(row.revoked_from or (None if row.active else row.created_at)),
        "revoked_reason": row.revoked_reason,
        "list_signer": bool(row.list_signer or signer),
    }


def publish_trust_list(
    session: Session, actor: Actor, path: Path, *, valid_days: int = DEFAULT_VALID_DAYS
) -> int:
    """Write every key this office trusts, signed with this workstation's key."""
    actor.require(Role.ADMINISTRADOR)
    if not 1 <= valid_days <= 366:
        raise ValueError("La vigencia de la lista debe ser de 1 a 366 días.")
    office = current_office(session)
    if office is None:
        raise ValueError(
            "Esta base de datos aún no indica su oficina (DRE o UGEL): configúrela antes de "
            "publicar su lista de confianza."
        )
    key = workstation_key(session, actor)
    now = datetime.now(UTC)  # to the microsecond: two lists of one day still order
    rows = session.execute(select(SigningKey).order_by(SigningKey.key_id)).scalars().all()
    content = {
        "emisor": {"codigo": office.code, "nombre": office.name, "tipo": office.kind},
        "emitida": now.isoformat(),
        "valida_hasta": (now.date() + timedelta(days=valid_days)).isoformat(),
        "claves": [_entry(row, signer=row.key_id == key.key_id) for row in rows],
    }
    document = {
        "formato": TRUST_LIST_FORMAT,
        "version": TRUST_LIST_VERSION,
        "contenido": content,
        "firma": {
            "key_id": key.key_id,
            "public_key": b64(key.private.public_key().public_bytes_raw()),
            "valor": key.sign(_canonical(content)),
        },
    }
    previous = previous_key(session, actor)
    if previous is not None:  # after a rotation: the retired key vouches for the new one
        document["aval"] = {
            "key_id": previous.key_id,
            "valor": previous.sign(aval_bytes(content, document["firma"])),
        }
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(path)  # never half a file
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise ValueError(
            f"No se pudo escribir la lista de confianza en {path}: revise la carpeta y el "
            "espacio libre."
        ) from error
    record(
        session,
        actor,
        AuditAction.EXPORT,
        subject="lista de confianza",
        detail={"claves": len(rows), "archivo": path.name, "valida_hasta": content["valida_hasta"]},
    )
    return len(rows)


@dataclass(frozen=True)
class ImportOutcome:
    added: int
    updated: int
    ignored: int
    issuer: str
    issued_at: datetime
    valid_until: date


def _read(path: Path) -> dict:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ValueError(
            f"No se pudo leer la lista de confianza {path.name}: el archivo no existe, está "
            "dañado o no es una lista de CLA Escritorio."
        ) from error
    if not isinstance(document, dict) or document.get("formato") != TRUST_LIST_FORMAT:
        raise ValueError(f"{path.name} no es una lista de confianza de CLA Escritorio.")
    if document.get("version") != TRUST_LIST_VERSION:
        raise ValueError(
            f"{path.name} es una lista sin firma de una versión anterior: pida a la oficina "
            "que la publique de nuevo con esta versión (Administración → Lista de confianza)."
        )
    return document


def import_trust_list(
    session: Session, actor: Actor, path: Path, *, confirm_fingerprint: str | None = None
) -> ImportOutcome:
    """Check the list's signature and apply what its signer may vouch for (in the caller's
    transaction: a list that fails halfway changes nothing)."""
    actor.require(Role.ADMINISTRADOR)
    document = _read(path)
    try:
        content, signature = document["contenido"], document["firma"]
        issuer = content["emisor"]
        signer_public = unb64(signature["public_key"])
        issued_at = datetime.fromisoformat(content["emitida"])
        valid_until = date.fromisoformat(content["valida_hasta"])
        entries = list(content["claves"])
        if (
            not isinstance(issuer, dict)
            or issued_at.tzinfo is None
            or not 2000 <= issued_at.year <= 2100
            or not 2000 <= valid_until.year <= 2100
            or not all(isinstance(entry, dict) for entry in entries)
        ):
            raise ValueError("an issuer, a moment or a key of the wrong shape")
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as error:
        raise ValueError(f"La lista de confianza {path.name} está incompleta o dañada.") from error
    signer_id = signature.get("key_id")
    if len(signer_public) != 32 or key_id_of(signer_public) != signer_id:
        raise ValueError(f"La firma de {path.name} no corresponde a la clave que dice usar.")
    probe = SigningKey(key_id=signer_id, public_key=signature["public_key"], workstation="?")
    if not signature_holds(probe, _canonical(content), unb64(signature.get("valor", ""))):
        raise ValueError(
            f"La lista de confianza {path.name} fue alterada (su firma no corresponde a su "
            "contenido): no se importó. Pida el archivo original a la oficina que la publicó."
        )
    _check_dates(path, issued_at, valid_until)
    digest = hashlib.sha256(_canonical(content)).hexdigest()
    if session.execute(select(TrustList).where(TrustList.digest == digest)).first():
        return ImportOutcome(0, 0, 0, issuer["nombre"], issued_at, valid_until)
    if not any(entry.get("key_id") == signer_id for entry in entries):
        raise ValueError(
            f"{path.name} no incluye la clave que la firmó entre sus claves: no se importó."
        )
    existed = session.get(SigningKey, signer_id) is not None
    signer = trusted_signer(session, document, confirm_fingerprint)
    if signer.office_code and str(issuer.get("codigo")) != signer.office_code:
        raise ValueError(
            f"{path.name} dice ser de {issuer.get('nombre')} ({issuer.get('codigo')}), pero la "
            f"firmó una clave de {signer.office_name or signer.office_code}: no se importó."
        )
    latest = session.execute(
        select(func.max(TrustList.issued_at)).where(
            TrustList.issuer_office_code == issuer["codigo"]
        )
    ).scalar()
    if latest is not None and issued_at < aware(latest):
        raise ValueError(
            f"Esta lista de {issuer['nombre']} es del {_moment_es(issued_at)}, más antigua que "
            f"la ya importada ({_moment_es(aware(latest))}); no se importó."
        )
    added = updated = ignored = 0
    anchor = signer.list_signer
    fresh = set() if existed else {signer.key_id}
    for entry in entries:
        outcome = _apply(session, entry, signer, anchor, fresh)
        added += outcome == "added"
        updated += outcome == "updated"
        ignored += outcome == "ignored"
    session.add(
        TrustList(
            issuer_office_code=str(issuer["codigo"])[:6],
            issuer_office_name=str(issuer["nombre"])[:160],
            signer_key_id=signer_id,
            issued_at=issued_at,
            valid_until=valid_until,
            imported_at=datetime.now(UTC),
            imported_by=actor.username,
            key_count=len(entries),
            digest=digest,
        )
    )
    session.flush()
    record(
        session,
        actor,
        AuditAction.KEY_CHANGED,
        subject="lista de confianza",
        detail={
            "emisor": issuer["nombre"],
            "emitida": issued_at.isoformat(),
            "nuevas": added,
            "actualizadas": updated,
            "ignoradas": ignored,
            "archivo": path.name,
        },
    )
    return ImportOutcome(added, updated, ignored, issuer["nombre"], issued_at, valid_until)


def _moment_es(moment: datetime) -> str:
    return f"{to_lima(moment):%d/%m/%Y %H:%M}"


def _check_dates(path: Path, issued_at: datetime, valid_until: date) -> None:
    """A list from the future would block every later list of its issuer; a validity beyond a
    year, or already over, is not a list to start trusting."""
    now = datetime.now(UTC)
    if aware(issued_at) > now + CLOCK_SKEW:
        raise ValueError(
            f"{path.name} dice haberse emitido el {_moment_es(aware(issued_at))}, una fecha "
            "futura: no se importó. Pida a la oficina que revise la fecha de su equipo y la "
            "publique de nuevo."
        )
    start = to_lima(aware(issued_at)).date()
    if not start <= valid_until <= start + timedelta(days=366):
        raise ValueError(
            f"{path.name} tiene una vigencia imposible (del {start:%d/%m/%Y} al "
            f"{valid_until:%d/%m/%Y}; a lo más un año): no se importó."
        )
    if valid_until < to_lima(now).date():
        raise ValueError(
            f"{path.name} venció el {valid_until:%d/%m/%Y}: no se importó. Pida a la oficina "
            "emisora su lista vigente."
        )


def _apply(session: Session, entry: dict, signer: SigningKey, anchor: bool, fresh: set) -> str:
    """Add or update one key; "ignored" when the signer may not vouch for it; "same" when
    nothing changed.  A key first trusted in this import takes the list's own dates."""
    try:
        public = unb64(entry["public_key"])
        key_id = entry["key_id"]
        if len(public) != 32 or key_id_of(public) != key_id:
            raise ValueError
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(
            f"La clave {entry.get('key_id')} de la lista no corresponde a su identificador: la "
            "lista no se importó."
        ) from error
    own_office = entry.get("office_code") and entry.get("office_code") == signer.office_code
    if not (anchor or own_office or key_id == signer.key_id):
        return "ignored"
    row = session.get(SigningKey, key_id)
    outcome = "added" if key_id in fresh else "same"
    if row is None:
        row = SigningKey(
            key_id=key_id,
            public_key=entry["public_key"],
            workstation=str(entry.get("workstation") or "?")[:120],
            office_code=entry.get("office_code"),
            office_name=entry.get("office_name"),
            created_at=_parse(entry.get("created_at")) or datetime.now(UTC),
            source="importada",
        )
        session.add(row)
        outcome = "added"
    elif row.source == "local":
        return "ignored"  # this office's own keys are managed here, not by others' lists
    before = (row.office_name, row.workstation, row.list_signer, row.retired_at, row.revoked_from)
    row.office_name = row.office_name or entry.get("office_name")
    if key_id in fresh:  # confirmed by its huella just now: the list knows its history
        row.workstation = str(entry.get("workstation") or row.workstation)[:120]
        row.created_at = _parse(entry.get("created_at")) or row.created_at
    row.list_signer = row.list_signer or (anchor and bool(entry.get("list_signer")))
    for name in ("retired_at", "revoked_from"):
        value = _parse(entry.get(name))
        current = getattr(row, name)
        if value and (current is None or value < aware(current)):
            setattr(row, name, value)
            if name == "revoked_from":
                row.revoked_reason = str(entry.get("revoked_reason") or "")[:200] or None
    after = (row.office_name, row.workstation, row.list_signer, row.retired_at, row.revoked_from)
    if outcome == "same" and after != before:
        outcome = "updated"
    session.flush()
    return outcome


def _parse(text: object) -> datetime | None:
    """A list's moment, or None when absent or impossible (no key is older than 2000)."""
    if not text:
        return None
    try:
        moment = aware(datetime.fromisoformat(str(text)))
        moment.astimezone(UTC)
    except (ValueError, OverflowError):
        return None
    return moment if 2000 <= moment.year <= 2100 else None
