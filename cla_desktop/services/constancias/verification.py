"""Verifying a constancia offline: from the scanned QR text (signature checked against the known
public keys) or from a typed código virtual and document number (the register)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import parse_qs, urlsplit

from sqlalchemy import select
from sqlmodel import Session

from cla_desktop.domain.constancia import (
    ConstanciaState,
    Snapshot,
    compact_payload,
    format_date_es,
    is_valid_code,
)
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.services.constancias.keys import unb64, verify_signature
from cla_desktop.store.models import Constancia


class Verdict(StrEnum):
    VALIDA = "VÁLIDA"
    REEMPLAZADA = "REEMPLAZADA"
    ANULADA = "ANULADA"
    NO_ENCONTRADA = "NO ENCONTRADA"
    FALSIFICADA = "FALSIFICADA"


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    message: str
    codigo_virtual: str | None = None
    correlativo: str | None = None
    document: str | None = None
    names: str | None = None
    nivel: str | None = None
    years: tuple[tuple[int, int, str | None], ...] = ()  # (year, grado, situación final)
    issued_at: str | None = None
    office: str | None = None
    replaced_by: str | None = None
    annul_reason: str | None = None
    in_register: bool = False


def _from_payload(payload: dict, verdict: Verdict, message: str, **extra) -> Verification:
    return Verification(
        verdict=verdict,
        message=message,
        codigo_virtual=payload.get("c"),
        correlativo=payload.get("n"),
        document=payload.get("d"),
        names=f"{payload.get('m', '')} {payload.get('a', '')}".strip(),
        nivel=payload.get("l"),
        years=tuple(tuple(y) for y in payload.get("y", ())),
        issued_at=payload.get("t"),
        office=payload.get("o"),
        **extra,
    )


def _state_verdict(session: Session, row: Constancia) -> tuple[Verdict, str, dict]:
    if row.state == ConstanciaState.ANULADA.value:
        return (
            Verdict.ANULADA,
            f"La constancia fue ANULADA: {row.annul_reason}. No tiene validez.",
            {"annul_reason": row.annul_reason},
        )
    if row.state == ConstanciaState.REEMPLAZADA.value:
        newer = session.get(Constancia, row.replaced_by) if row.replaced_by else None
        code = newer.codigo_virtual if newer else None
        return (
            Verdict.REEMPLAZADA,
            f"La constancia fue REEMPLAZADA por otra más reciente (código {code}); pida la "
            "vigente.",
            {"replaced_by": code},
        )
    issued = row.issued_at
    return (
        Verdict.VALIDA,
        f"Constancia VÁLIDA, emitida el {format_date_es(issued.date())}. Compare los datos con el "
        "papel.",
        {},
    )


def verify_text(
    session: Session, actor: Actor, text: str, *, dni: str | None = None
) -> Verification:
    """Accept the scanned QR text or a typed código virtual (with the DNI)."""
    actor.require(Role.OPERADOR)
    result = _verify(session, text, dni)
    record(
        session,
        actor,
        AuditAction.CONSTANCIA_VERIFIED,
        subject=result.codigo_virtual,
        detail={"resultado": result.verdict.value, "por": "qr" if "c=" in text else "codigo"},
    )
    return result


def _verify(session: Session, text: str, dni: str | None) -> Verification:
    cleaned = text.strip()
    if cleaned.count("c=") > 1:  # two scans (or pastes) ran together in the box
        raise ValueError(
            "En el cuadro hay dos códigos seguidos (se escaneó dos veces sin Intro): borre el "
            "cuadro y escanee el código QR una sola vez."
        )
    if "?" in cleaned and "c=" in cleaned:
        return _verify_qr(session, cleaned)
    code = cleaned.upper().replace(" ", "")
    if not is_valid_code(code):
        return Verification(
            Verdict.NO_ENCONTRADA,
            "El código virtual tiene 8 caracteres (letras y números, sin O, I ni L). Revise lo "
            "escrito o escanee el código QR.",
        )
    return _verify_code(session, code, dni)


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
    payload = compact_payload(snapshot, row.key_id)
    if snapshot.digest() != row.digest or not verify_signature(
        session, row.key_id, payload, row.signature
    ):
        return Verification(
            Verdict.FALSIFICADA,
            "El registro de esta constancia fue alterado: su firma no corresponde a sus datos. "
            "Comuníquelo al supervisor.",
            codigo_virtual=code,
        )
    verdict, message, extra = _state_verdict(session, row)
    return _from_payload(json.loads(payload), verdict, message, in_register=True, **extra)


def _verify_qr(session: Session, text: str) -> Verification:
    forged = Verification(
        Verdict.FALSIFICADA,
        "El código QR no lleva una firma válida de ninguna oficina conocida: la constancia no es "
        "auténtica o fue alterada.",
    )
    try:
        query = parse_qs(urlsplit(text).query)
        code, raw_payload, signature = query["c"][0], unb64(query["p"][0]), query["s"][0]
        payload = json.loads(raw_payload)
    except (KeyError, IndexError, ValueError):
        return forged
    if payload.get("c") != code or not verify_signature(
        session, payload.get("k", ""), raw_payload, signature
    ):
        return forged
    row = session.execute(select(Constancia).where(Constancia.codigo_virtual == code)).scalar()
    if row is None:
        return _from_payload(
            payload,
            Verdict.VALIDA,
            "Firma VÁLIDA de una oficina de confianza; esta constancia no está en el registro de "
            "esta oficina, así que no se puede saber si fue reemplazada o anulada después.",
        )
    if row.digest != payload.get("h"):
        return _from_payload(payload, Verdict.FALSIFICADA, forged.message)
    verdict, message, extra = _state_verdict(session, row)
    return _from_payload(payload, verdict, message, in_register=True, **extra)
