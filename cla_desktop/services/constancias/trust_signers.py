"""Who may sign a trust list this office imports: a key it already trusts (not revoked), a
key whose huella the administrator confirmed with the issuing office, or — after a rotation —
a new key vouched for ("aval") by the same office's previous key, still trusted here.  A DRE's
confirmed key becomes an anchor that may vouch for any office's keys."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlmodel import Session

from cla_desktop.services.constancias.keys import (
    fingerprint,
    key_matches_id,
    signature_holds,
    unb64,
)
from cla_desktop.store.models import Office, SigningKey


class SignerNotTrusted(ValueError):
    """The list is intact but signed by a key this office has not confirmed yet."""

    def __init__(self, message: str, fingerprint_text: str) -> None:
        super().__init__(message)
        self.fingerprint = fingerprint_text


def canonical(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def aval_bytes(content: dict, signature: dict) -> bytes:
    """What a retired key signs for its successor: the list and the successor's own key, so
    the aval cannot be moved onto a list re-signed by someone else's key."""
    return canonical(
        {
            "contenido": content,
            "sucesor": {"key_id": signature["key_id"], "public_key": signature["public_key"]},
        }
    )


def trusted_signer(session: Session, document: dict, confirm: str | None) -> SigningKey:
    signature, issuer = document["firma"], document["contenido"]["emisor"]
    signer_id = signature["key_id"]
    known = session.get(SigningKey, signer_id)
    wanted = (confirm or "").strip().upper().replace("-", "").replace(" ", "")
    if known is not None and known.retired_at is not None and known.revoked_from is None:
        raise ValueError(
            f"La lista está firmada con una clave dada de baja ({fingerprint(signer_id)}): una "
            "clave retirada ya no firma listas. Pida a la oficina que la publique con su clave "
            "vigente."
        )
    if known is not None and known.revoked_from is None and known.active:
        if not key_matches_id(known):
            raise ValueError(
                "La clave que firmó la lista fue alterada en esta base de datos: no se importó. "
                "Comuníquelo al soporte técnico."
            )
        if wanted and wanted == signer_id.upper() and is_dre(session, issuer):
            known.list_signer = True
        return known
    if known is not None:
        raise ValueError(
            f"La lista está firmada con una clave revocada ({fingerprint(signer_id)}): no se "
            "importó."
        )
    vouched = _vouched_by_previous(session, document)
    if vouched is not None:
        return vouched
    if not wanted:
        raise SignerNotTrusted(
            f"La lista de {issuer.get('nombre')} está firmada con una clave que esta oficina "
            f"aún no conoce, de huella {fingerprint(signer_id)}. Confirme esa huella con la "
            "oficina emisora (por teléfono u oficio) y vuelva a importar indicándola.",
            fingerprint(signer_id),
        )
    if wanted != signer_id.upper():
        raise ValueError(
            f"La huella indicada no es la de la clave que firmó la lista "
            f"({fingerprint(signer_id)}): no se importó. Vuelva a confirmarla con la oficina."
        )
    if session.get(Office, str(issuer.get("codigo") or "")) is None:
        raise ValueError(
            f"La lista dice ser de la oficina «{issuer.get('codigo')}», que no es ninguna DRE ni "
            "UGEL conocida: no se importó."
        )
    return _new_signer(
        session,
        signer_id,
        signature["public_key"],
        str(issuer.get("codigo") or "")[:6] or None,
        str(issuer.get("nombre") or "")[:160] or None,
        anchor=is_dre(session, issuer),
    )


def _vouched_by_previous(session: Session, document: dict) -> SigningKey | None:
    """A rotation: the new key's list also carries a signature by the key it replaced."""
    aval = document.get("aval")
    issuer = document["contenido"]["emisor"]
    if not isinstance(aval, dict):
        return None
    previous = session.get(SigningKey, str(aval.get("key_id")))
    signature = document["firma"]
    if (
        previous is None
        or previous.revoked_from is not None
        or previous.retired_at is not None  # already retired here: its one aval was spent
        or not previous.active
        or not key_matches_id(previous)
        or not previous.office_code
        or previous.office_code != str(issuer.get("codigo"))
        or previous.vouched_for not in (None, signature["key_id"])  # one successor, once
        or not _retired_in_its_list(document, previous.key_id)
    ):
        return None
    try:
        holds = signature_holds(
            previous,
            aval_bytes(document["contenido"], signature),
            unb64(str(aval.get("valor"))),
        )
    except ValueError:
        return None
    if not holds:
        return None
    previous.vouched_for = signature["key_id"]
    return _new_signer(
        session,
        signature["key_id"],
        signature["public_key"],
        previous.office_code,
        previous.office_name,
        anchor=previous.list_signer,
    )


def _new_signer(
    session: Session,
    signer_id: str,
    public: str,
    office_code: str | None,
    office_name: str | None,
    *,
    anchor: bool,
) -> SigningKey:
    row = SigningKey(
        key_id=signer_id,
        public_key=public,
        workstation="?",
        office_code=office_code,
        office_name=office_name,
        created_at=datetime.now(UTC),
        source="importada",
        list_signer=anchor,
    )
    session.add(row)
    session.flush()
    return row


def is_dre(session: Session, issuer: dict) -> bool:
    """By this office's own table of DREs and UGELs, never by what the list says it is."""
    office = session.get(Office, str(issuer.get("codigo") or ""))
    return office is not None and office.kind == "DRE"


def _retired_in_its_list(document: dict, key_id: str) -> bool:
    """The list that carries an aval says the vouching key is retired (a rotation), so the
    retired key stops signing lists of its own from this import on."""
    issuer = document["contenido"]["emisor"]
    for entry in document["contenido"].get("claves", ()):
        if isinstance(entry, dict) and entry.get("key_id") == key_id:
            try:
                retired = datetime.fromisoformat(str(entry.get("retired_at")))
            except (ValueError, OverflowError):
                return False
            return (
                retired.tzinfo is not None
                and 2000 <= retired.year <= 2100
                and entry.get("office_code") == str(issuer.get("codigo"))
            )
    return False
