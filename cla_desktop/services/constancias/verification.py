"""Verifying a constancia offline: from the scanned QR text, from the PDF itself (its attached
signed snapshot), or from a typed código virtual and document number (the register).

The verdict tells the truth about what this office can know: FALSIFICADA only when a signature
or the data fail; a key this office does not know is NO VERIFICABLE AQUÍ (the constancia may be
genuine: the trust list is what is missing); a key revoked before the issue date is CLAVE
REVOCADA.

Verdict and Verification live in services.constancias.verdicts and are imported from here too.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlmodel import Session

from cla_desktop.domain.constancia import Snapshot, format_date_es, is_valid_code
from cla_desktop.domain.constancia_payload import (
    Claims,
    PayloadError,
    SignedPayload,
    looks_like_qr,
    read_qr_text,
    signed_bytes,
)
from cla_desktop.domain.lima_time import to_lima
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.services.constancias.keys import (
    aware,
    key_matches_id,
    signature_holds,
    unb64,
)
from cla_desktop.services.constancias.trust_overview import trust_status
from cla_desktop.services.constancias.verdicts import (
    FORGED,
    TAMPERED_REGISTER,
    Verdict,
    Verification,
    from_claims,
    office_label,
    state_verdict,
)
from cla_desktop.store.models import Constancia, SigningKey


def verify_text(
    session: Session, actor: Actor, text: str, *, dni: str | None = None
) -> Verification:
    """Accept the scanned QR text or a typed código virtual (with the DNI)."""
    actor.require(Role.OPERADOR)
    qr = looks_like_qr(text)
    result = _with_trust(session, _verify(session, text, dni))
    _audit(session, actor, result, "qr" if qr else "codigo")
    return result


def _with_trust(session: Session, result: Verification) -> Verification:
    status = trust_status(session)
    today = to_lima(datetime.now(UTC)).date()
    return replace(result, trust=status.text(today), trust_expired=status.expired(today))


def verify_document(session: Session, actor: Actor, attached: dict | None) -> Verification:
    """A constancia's PDF: its attached signed snapshot, checked against the signature."""
    actor.require(Role.OPERADOR)
    if attached is None:
        result = Verification(
            Verdict.ILEGIBLE,
            "El PDF no lleva la constancia firmada adjunta (no fue emitido por CLA Escritorio o "
            "es de la primera versión): escanee su código QR.",
        )
    else:
        result = _verify_attached(session, attached)
    result = _with_trust(session, result)
    _audit(session, actor, result, "pdf")
    return result


def _audit(session: Session, actor: Actor, result: Verification, by: str) -> None:
    record(
        session,
        actor,
        AuditAction.CONSTANCIA_VERIFIED,
        subject=result.codigo_virtual,
        detail={"resultado": result.verdict.value, "por": by},
    )


def _verify_attached(session: Session, attached: dict) -> Verification:
    try:
        signed = read_qr_text(str(attached["qr"]))
        snapshot = Snapshot.from_json(_canonical(attached["snapshot"]))
    except (KeyError, TypeError, ValueError):
        return Verification(Verdict.ILEGIBLE, "Los datos adjuntos al PDF están dañados.")
    result = _verify_signed(session, signed)
    if result.verdict in (Verdict.FALSIFICADA, Verdict.ILEGIBLE):
        return result
    if not signed.claims.matches_digest(snapshot.digest()) or not signed.claims.agrees_with(
        _register_claims(snapshot)
    ):
        return from_claims(
            session,
            signed.claims,
            Verdict.FALSIFICADA,
            "Los datos adjuntos al PDF no son los que se firmaron: el documento fue alterado. "
            "No lo acepte y comuníquelo al supervisor.",
        )
    return result


def _canonical(data: object) -> str:
    return json.dumps(data, ensure_ascii=False)


def _verify(session: Session, text: str, dni: str | None) -> Verification:
    cleaned = text.strip()
    if cleaned.upper().count("CLA1:") > 1 or cleaned.count("c=") > 1 or cleaned.count("#") > 1:
        raise ValueError(
            "En el cuadro hay dos códigos seguidos (se escaneó dos veces sin Intro): borre el "
            "cuadro y escanee el código QR una sola vez."
        )
    if cleaned.upper().startswith("CLA1") and not cleaned.upper().startswith("CLA1:"):
        return Verification(
            Verdict.ILEGIBLE,
            "El lector escribió el código con otra distribución de teclado (por ejemplo «Ñ» en "
            "lugar de «:»). Configure el lector de códigos con la distribución de teclado de "
            "este equipo (español latinoamericano) o escriba el código virtual y el DNI.",
        )
    if looks_like_qr(cleaned):
        try:
            signed = read_qr_text(cleaned)
        except PayloadError:
            return Verification(
                Verdict.ILEGIBLE,
                "No se pudo leer el código QR completo (está cortado, dañado o no es de una "
                "constancia). Escanéelo de nuevo o escriba el código virtual y el DNI.",
            )
        return _verify_signed(session, signed)
    code = cleaned.upper().replace(" ", "").replace("-", "")
    if not is_valid_code(code):
        return Verification(
            Verdict.NO_ENCONTRADA,
            "El código virtual tiene 8 caracteres (letras y números, sin O, I ni L). Revise lo "
            "escrito o escanee el código QR.",
        )
    return _verify_code(session, code, dni)


SKEW = timedelta(minutes=10)  # clocks of two workstations; issue moments are whole seconds


def _key_verdict(session: Session, claims: Claims, key_id: str, holds: bool) -> Verification | None:
    """None when the key is trusted, speaks for the office the constancia names, and its
    signature holds at the constancia's date."""
    key = session.get(SigningKey, key_id)
    if key is None or not key_matches_id(key):
        altered = key is not None
        return from_claims(
            session,
            claims,
            Verdict.NO_VERIFICABLE,
            (
                "La clave registrada con ese identificador en esta base de datos fue alterada: "
                "comuníquelo al soporte técnico. "
                if altered
                else "Está firmada con una clave que esta oficina no conoce; "
            )
            + f"dice haber sido emitida por {office_label(session, claims.office_code)} el "
            f"{format_date_es(to_lima(claims.issued_at).date())}. Puede ser auténtica: importe "
            "la lista de confianza vigente de su DRE (Administración → Claves de firma) y "
            "verifique otra vez, o consulte a la oficina emisora.",
        )
    if not holds:
        return from_claims(session, claims, Verdict.FALSIFICADA, FORGED)
    if not key.office_code and key.source != "local":
        return from_claims(
            session,
            claims,
            Verdict.NO_VERIFICABLE,
            "La clave que la firmó no indica de qué oficina es, así que no puede avalar ninguna "
            "constancia: pida a su DRE la lista de confianza vigente.",
        )
    if aware(claims.issued_at) > datetime.now(UTC) + SKEW:
        return from_claims(
            session,
            claims,
            Verdict.FALSIFICADA,
            f"Dice haberse emitido el {format_date_es(to_lima(claims.issued_at).date())}, una "
            "fecha futura: no es auténtica. No la acepte y comuníquelo al supervisor.",
        )
    if key.office_code and claims.office_code != key.office_code:
        return from_claims(
            session,
            claims,
            Verdict.FALSIFICADA,
            f"Dice haber sido emitida por {office_label(session, claims.office_code)}, pero la "
            f"firma es de una clave de {office_label(session, key.office_code)}: no es "
            "auténtica. No la acepte y comuníquelo al supervisor.",
        )
    issued = aware(claims.issued_at)
    void_from = key.revoked_from or (None if key.active else key.created_at)
    try:
        backdated = issued < aware(key.created_at).replace(microsecond=0) - SKEW
    except OverflowError:  # an impossible creation date: nothing can be older
        backdated = False
    if void_from is not None and (issued >= aware(void_from) or backdated):
        return from_claims(
            session,
            claims,
            Verdict.CLAVE_REVOCADA,
            f"Está firmada con una clave de {key.office_name or 'su oficina'} revocada desde el "
            f"{format_date_es(to_lima(aware(void_from)).date())}"
            f"{f' ({key.revoked_reason})' if key.revoked_reason else ''}: no tiene validez. La "
            "persona debe pedir una nueva constancia en la oficina emisora.",
        )
    if key.retired_at is not None and issued > aware(key.retired_at):
        return from_claims(
            session,
            claims,
            Verdict.CLAVE_REVOCADA,
            "Está firmada con una clave dada de baja antes de la fecha que indica: no tiene "
            "validez. Consulte a la oficina emisora.",
        )
    return None


def register_intact(session: Session, row: Constancia) -> bool:
    """The register row still says what was signed: its snapshot hashes to its digest and
    the workstation's signature over it holds."""
    snapshot = Snapshot.from_json(row.snapshot)
    key = session.get(SigningKey, row.key_id)
    return (
        snapshot.digest() == row.digest
        and key is not None
        and key_matches_id(key)
        and signature_holds(key, signed_bytes(snapshot, row.key_id), unb64(row.signature))
    )


def _verify_signed(session: Session, signed: SignedPayload) -> Verification:
    key = session.get(SigningKey, signed.key_id)
    holds = key is not None and signature_holds(key, signed.signed_bytes, signed.signature)
    refused = _key_verdict(session, signed.claims, signed.key_id, holds)
    if refused is not None:
        return refused
    claims = signed.claims
    row = session.execute(
        select(Constancia).where(Constancia.codigo_virtual == claims.codigo_virtual)
    ).scalar()
    if row is None:
        # Only this database's own keys must find their constancias in its register: an office
        # whose counters keep separate SQLite files imports each other's lists, and their
        # constancias (this office's code, another register) are genuine.
        if key.source == "local":
            return from_claims(
                session,
                claims,
                Verdict.FALSIFICADA,
                "Está firmada con una clave de esta oficina pero no figura en su registro: "
                "puede haberse hecho con una clave robada (o el registro se restauró de una "
                "copia anterior). No la acepte y comuníquelo al supervisor.",
            )
        return from_claims(
            session,
            claims,
            Verdict.VALIDA,
            f"Firma VÁLIDA de {office_label(session, claims.office_code)}. Esta constancia no "
            "está en el registro de esta oficina, así que no se puede saber aquí si fue "
            "reemplazada o anulada después.",
        )
    if not register_intact(session, row):
        return from_claims(session, claims, Verdict.FALSIFICADA, TAMPERED_REGISTER)
    registered = _register_claims(Snapshot.from_json(row.snapshot))
    if not claims.matches_digest(row.digest) or not claims.agrees_with(registered):
        return from_claims(session, claims, Verdict.FALSIFICADA, FORGED)
    verdict, message, extra = state_verdict(session, row)
    return from_claims(session, claims, verdict, message, in_register=True, **extra)


def _verify_code(session: Session, code: str, dni: str | None) -> Verification:
    row = session.execute(select(Constancia).where(Constancia.codigo_virtual == code)).scalar()
    if row is None:
        return Verification(
            Verdict.NO_ENCONTRADA,
            f"No hay ninguna constancia con el código {code} en el registro de esta oficina. Si "
            "fue emitida en otra oficina, escanee su código QR.",
            codigo_virtual=code,
        )
    snapshot = Snapshot.from_json(row.snapshot)
    document = snapshot.document_number or snapshot.codigo_estudiante
    if dni is not None and dni.strip() != document:
        return Verification(
            Verdict.NO_ENCONTRADA,
            "El código virtual no corresponde a ese número de documento.",
            codigo_virtual=code,
        )
    if not register_intact(session, row):
        return Verification(Verdict.FALSIFICADA, TAMPERED_REGISTER, codigo_virtual=code)
    claims = _register_claims(snapshot)
    refused = _key_verdict(session, claims, row.key_id, True)
    if refused is not None:
        return refused
    verdict, message, extra = state_verdict(session, row)
    return from_claims(session, claims, verdict, message, in_register=True, **extra)


def _register_claims(snapshot: Snapshot) -> Claims:
    return Claims(
        version=snapshot.version,
        codigo_virtual=snapshot.codigo_virtual,
        correlativo=snapshot.correlativo,
        office_code=snapshot.office_code,
        issued_at=datetime.fromisoformat(snapshot.issued_at),
        document_type=snapshot.document_type,
        document=snapshot.document_number or snapshot.codigo_estudiante or "",
        surnames=f"{snapshot.apellido_paterno} {snapshot.apellido_materno}".strip(),
        names=snapshot.nombres,
        nivel=snapshot.nivel,
        years=tuple((c.year, c.grado, c.situacion_final) for c in snapshot.taken_columns),
        digest=snapshot.digest(),
    )


__all__ = ["Verdict", "Verification", "register_intact", "verify_document", "verify_text"]
