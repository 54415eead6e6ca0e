"""The verdicts a verification gives, and the data shown with each: what a QR claims is
shown only for verdicts that checked it (a forged code's data are not the constancia's)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlmodel import Session

from cla_desktop.domain.constancia import ConstanciaState, format_date_es
from cla_desktop.domain.constancia_payload import Claims
from cla_desktop.domain.lima_time import to_lima
from cla_desktop.store.models import Constancia, Office


class Verdict(StrEnum):
    VALIDA = "VÁLIDA"
    REEMPLAZADA = "REEMPLAZADA"
    ANULADA = "ANULADA"
    NO_ENCONTRADA = "NO ENCONTRADA"
    FALSIFICADA = "FALSIFICADA"
    NO_VERIFICABLE = "NO VERIFICABLE AQUÍ"
    CLAVE_REVOCADA = "CLAVE REVOCADA"
    ILEGIBLE = "ILEGIBLE"


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
    trust: str = ""  # "Lista de confianza al dd/mm/aaaa …": what this office could check against
    trust_expired: bool = False


FORGED = (
    "La firma no corresponde a los datos: la constancia fue alterada o no es auténtica. No la "
    "acepte y comuníquelo al supervisor."
)


def office_label(session: Session, code: str) -> str:
    office = session.get(Office, code) if code else None
    return f"{office.name} ({code})" if office else (code or "oficina no indicada")


def from_claims(
    session: Session, claims: Claims, verdict: Verdict, message: str, **extra
) -> Verification:
    if verdict is Verdict.FALSIFICADA:  # a forged code's data are not the constancia's
        return Verification(verdict, message, codigo_virtual=claims.codigo_virtual, **extra)
    return Verification(
        verdict=verdict,
        message=message,
        codigo_virtual=claims.codigo_virtual,
        correlativo=claims.correlativo,
        document=claims.document,
        names=f"{claims.names} {claims.surnames}".strip(),
        nivel=claims.nivel,
        years=claims.years,
        issued_at=to_lima(claims.issued_at).isoformat(),
        office=office_label(session, claims.office_code),
        **extra,
    )


def state_verdict(session: Session, row: Constancia) -> tuple[Verdict, str, dict]:
    if row.state == ConstanciaState.ANULADA.value:
        return (
            Verdict.ANULADA,
            f"La constancia fue ANULADA: {row.annul_reason}. No tiene validez.",
            {"annul_reason": row.annul_reason},
        )
    if row.state == ConstanciaState.REEMPLAZADA.value:
        newer, seen = row, set()
        while newer.replaced_by and newer.id not in seen:  # the chain ends at today's copy
            seen.add(newer.id)
            following = session.get(Constancia, newer.replaced_by)
            if following is None:
                break
            newer = following
        code = newer.codigo_virtual if newer is not row else None
        now = (
            f"la vigente es la de código {code}"
            if newer.state == ConstanciaState.VIGENTE.value
            else f"la última (código {code}) está {newer.state.lower()}; pida una nueva"
        )
        return (
            Verdict.REEMPLAZADA,
            f"La constancia fue REEMPLAZADA por otra más reciente: {now}.",
            {"replaced_by": code},
        )
    return (
        Verdict.VALIDA,
        f"Constancia VÁLIDA, emitida el {format_date_es(to_lima(row.issued_at).date())}. "
        "Compare los datos con el papel.",
        {},
    )


TAMPERED_REGISTER = (
    "El registro de esta constancia fue alterado: su firma no corresponde a sus datos. "
    "Comuníquelo al supervisor."
)
