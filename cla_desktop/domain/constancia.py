"""The constancia as data: what is printed, frozen in a snapshot at issue time.

The snapshot is the only source of every printed copy (reprints never read the live tables), its
canonical JSON is hashed (SHA-256), and a compact payload with that digest is signed for the QR.
Layout facts: DOMAIN.md §1.2 (a column per grade, a row per área or competencia, "-" where there
is no data).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from enum import StrEnum

from cla_desktop.domain.constancia_years import printed_years
from cla_desktop.domain.facts import facts
from cla_desktop.domain.grading import EXONERATED, NO_DATA
from cla_desktop.domain.levels import Nivel, ordinal_word
from cla_desktop.domain.trajectory import ACTA_RECTIFICATION, Problem, YearRecord

SNAPSHOT_VERSION = 2  # 2: QR as COSE/CBOR/base45 (domain/constancia_payload.py)
# Unambiguous alphabet for the código virtual: no 0/O, 1/I/L (read aloud at a counter).
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8
CORRELATIVO_DIGITS = 8
_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
)


class RequesterType(StrEnum):
    TITULAR = "titular"
    MADRE = "madre"
    PADRE = "padre"
    APODERADO = "apoderado"


class ConstanciaState(StrEnum):
    VIGENTE = "VIGENTE"
    REEMPLAZADA = "REEMPLAZADA"
    ANULADA = "ANULADA"


class IssueRefused(Exception):
    """The constancia cannot be issued: the message is for the citizen; what a consulta to
    DIGE would say (nivel, years, código modular, the facts) travels with it."""

    def __init__(
        self,
        message: str,
        category: str,
        *,
        nivel: Nivel | None = None,
        years: tuple[int, ...] = (),
        codigo_modular: str | None = None,
        summary: str | None = None,
    ) -> None:
        super().__init__(message)
        self.category = category
        self.nivel = nivel
        self.years = years
        self.codigo_modular = codigo_modular
        self.summary = summary

    def as_problem(self) -> Problem:
        """The refusal as a trajectory problem, so "Registrar consulta" is prefilled the same
        way from both places."""
        return Problem(
            self.category,
            str(self),
            self.category,
            blocks_constancia=True,
            nivel=self.nivel,
            years=self.years,
            codigo_modular=self.codigo_modular,
            summary=self.summary,
        )


def motivos() -> tuple[str, ...]:
    return tuple(facts()["constancia"]["motivos"])


def modalidad() -> str:
    return facts()["constancia"]["modalidad"]


def is_valid_code(text: str) -> bool:
    return len(text) == CODE_LENGTH and all(c in CODE_ALPHABET for c in text)


def format_date_es(moment: date) -> str:
    """es-PE long date, as the CLA prints it: 28 de noviembre de 2026."""
    return f"{moment.day} de {_MONTHS[moment.month - 1]} de {moment.year}"


def format_time_es(moment: datetime) -> str:
    return f"{moment:%H:%M} horas"


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def is_adult(birth: date | None, today: date) -> bool:
    """Of age to ask for one's own constancia (an unknown birth date is not)."""
    return birth is not None and age_on(birth, today) >= facts()["constancia"]["adult_age"]


def default_motivo(birth: date | None, today: date) -> str:
    table = facts()["constancia"]
    return table["default_motivo_adult" if is_adult(birth, today) else "default_motivo_minor"]


def requester_choices(birth: date | None, today: date) -> tuple[RequesterType, ...]:
    """Who may ask, in the order the counter offers them: the titular alone from 18,
    otherwise the mother first, then the father and the apoderado."""
    if is_adult(birth, today):
        return (RequesterType.TITULAR,)
    return (RequesterType.MADRE, RequesterType.PADRE, RequesterType.APODERADO)


def check_requester(
    requester_type: RequesterType,
    document: str | None,
    name: str | None,
    *,
    birth: date | None,
    today: date,
) -> None:
    """Titular only from 18; otherwise mother, father or apoderado with DNI and name (C-code)."""
    adult_age = facts()["constancia"]["adult_age"]
    adult = is_adult(birth, today)
    if requester_type is RequesterType.TITULAR:
        if not adult:
            raise ValueError(
                f"La o el estudiante es menor de {adult_age} años: la constancia la solicita la "
                "madre, el padre o el apoderado, con su DNI."
            )
        return
    if adult:
        raise ValueError(
            f"La o el estudiante tiene {adult_age} años o más: solicita la constancia a título "
            "personal (titular)."
        )
    if not document or not re.fullmatch(r"[0-9]{8}", document):
        raise ValueError("El DNI de quien solicita debe tener 8 dígitos.")
    if not name or len(name.strip()) < 3:
        raise ValueError("Escriba los nombres y apellidos de quien solicita.")


def check_motivo(motivo: str) -> str:
    text = " ".join(motivo.split())
    limit = facts()["constancia"]["motivo_max_length"]
    if not text:
        raise ValueError("Elija el motivo de la solicitud.")
    if len(text) > limit:
        raise ValueError(f"El motivo no puede pasar de {limit} caracteres.")
    return text


@dataclass(frozen=True)
class Column:
    """One grade of the nivel: '-' everywhere when it was not taken."""

    grado: int
    grado_label: str
    year: int | None
    codigo_modular: str | None
    situacion_final: str | None


@dataclass(frozen=True)
class Row:
    kind: str  # AREA / TALLER / TRANSVERSAL
    area: str
    competencia: str | None
    values: tuple[str, ...]  # one per column, "-" where there is no data


@dataclass(frozen=True)
class Snapshot:
    """Exactly what one constancia prints (and nothing that could change after issue)."""

    version: int
    correlativo: str
    codigo_virtual: str
    issued_at: str  # ISO 8601 with offset, in the office's time zone
    office_code: str
    office_name: str
    header_lines: tuple[str, ...]
    verification_base: str
    modalidad: str
    nivel: str
    document_type: str
    document_number: str | None
    codigo_estudiante: str | None
    apellido_paterno: str
    apellido_materno: str
    nombres: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    observaciones: tuple[str, ...]
    has_exoneration: bool
    requester_type: str
    requester_document: str | None
    requester_name: str | None
    motivo: str
    logo_png: str | None = None  # the office's logo, frozen with the copy (base64)
    extra: dict = field(default_factory=dict)

    def canonical_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    def digest(self) -> str:
        return hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()

    @property
    def issued(self) -> datetime:
        return datetime.fromisoformat(self.issued_at)

    @property
    def taken_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.year is not None)

    @classmethod
    def from_json(cls, text: str) -> Snapshot:
        data = json.loads(text)
        data["columns"] = tuple(Column(**c) for c in data["columns"])
        data["rows"] = tuple(Row(**{**r, "values": tuple(r["values"])}) for r in data["rows"])
        for key in ("header_lines", "observaciones"):
            data[key] = tuple(data[key])
        return cls(**data)

    def statement_grades(self) -> list[int]:
        return [c.grado for c in self.taken_columns]

    def ordinal_words(self) -> list[str]:
        return [ordinal_word(g) for g in self.statement_grades()]


def nivel_records(records: tuple[YearRecord, ...], nivel: Nivel) -> tuple[YearRecord, ...]:
    return tuple(r for r in records if r.nivel is nivel and r.covered)


def no_enrollment_refusal(nivel: Nivel | None = None) -> IssueRefused:
    """The platform's refusal when SIAGIE holds nothing since 2013 (for the nivel, or at all)."""
    where = f" en el nivel {nivel.label.lower()}" if nivel else ""
    return IssueRefused(
        f"La o el estudiante no cuenta con matrículas registradas a partir de 2013{where} en "
        "el SIAGIE, por lo que no se puede emitir la constancia. Los estudios anteriores se "
        "acreditan con el certificado de estudios de la institución educativa. Puede registrar "
        "una consulta para DIGE.",
        "sin-matricula",
        nivel=nivel,
        summary=f"No tiene matrículas registradas en el SIAGIE desde 2013{where}; no se pudo "
        "emitir la constancia de logros de aprendizaje.",
    )


def check_issuable(records: tuple[YearRecord, ...], nivel: Nivel) -> None:
    """The platform's two refusals (DOMAIN.md §1.3, C-code), in words a citizen understands,
    and a third of our own: nothing closed to certify (an only year still in progress)."""
    mine = nivel_records(records, nivel)
    if not mine:
        raise no_enrollment_refusal(nivel)
    for record in mine:
        if record.acta_estado == ACTA_RECTIFICATION:
            raise IssueRefused(
                f"El acta de la IE {record.school.codigo_modular}, año {record.year}, "
                f"{record.grado_label} de {nivel.label.lower()}, está en revisión o "
                "rectificación: la constancia no puede emitirse hasta que se apruebe. El "
                "director de la institución educativa debe concluir el trámite; puede "
                "registrar una consulta para DIGE.",
                "acta-rectificacion",
                nivel=nivel,
                years=(record.year,),
                codigo_modular=record.school.codigo_modular,
                summary=f"El acta de evaluación de la IE {record.school.codigo_modular}, año "
                f"{record.year}, {record.grado_label} de {nivel.label.lower()}, está en revisión "
                "o rectificación; no se pudo emitir la constancia de logros de aprendizaje.",
            )
    printed = printed_years(records, nivel)
    if not printed.by_grado:  # a constancia of "-" only would certify nothing
        why = "; ".join(printed.notes)
        raise IssueRefused(
            f"La o el estudiante aún no tiene en el nivel {nivel.label.lower()} ningún año con "
            f"acta de evaluación cerrada y calificativos ({why}): no hay logros que la "
            "constancia pueda certificar. Se emite cuando la institución educativa cierre el "
            "acta; si el acta ya debía estar cerrada, puede registrar una consulta para DIGE.",
            "notas-faltantes",
            nivel=nivel,
            years=tuple(r.year for r in mine),
            summary=f"No tiene en el nivel {nivel.label.lower()} ningún año con acta de "
            f"evaluación cerrada y calificativos registrados en el SIAGIE ({why}).",
        )


def build_columns_and_rows(
    records: tuple[YearRecord, ...], nivel: Nivel
) -> tuple[tuple[Column, ...], tuple[Row, ...], tuple[str, ...], bool]:
    """A column per grade of the nivel (the latest year of each grade with a closed acta and
    calificativos: constancia_years), a row per área / competencia / transversal / taller
    across them, the observaciones (the years left out are named there), and whether any
    exoneration appears."""
    printed = printed_years(records, nivel)
    final = printed.by_grado
    columns = tuple(
        Column(
            grado=grado,
            grado_label=nivel.grado_label(grado),
            year=final[grado].year if grado in final else None,
            codigo_modular=final[grado].school.codigo_modular if grado in final else None,
            situacion_final=final[grado].situacion_final if grado in final else None,
        )
        for grado in nivel.grados
    )
    order: dict[tuple[str, str, str | None], tuple[int, int, int]] = {}
    kinds = {"AREA": 0, "TRANSVERSAL": 1, "TALLER": 2}
    for column_index, grado in enumerate(nivel.grados):
        for line in final[grado].results if grado in final else ():
            key = (line.kind, line.area, line.competencia)
            order.setdefault(key, (kinds.get(line.kind, 3), column_index, line.position))
    keys = sorted(order, key=lambda k: order[k])
    values = {
        grado: {(r.kind, r.area, r.competencia): r.calificativo for r in final[grado].results}
        for grado in final
    }
    rows = tuple(
        Row(
            kind=kind,
            area=area,
            competencia=competencia,
            values=tuple(
                (values.get(grado, {}).get((kind, area, competencia)) or NO_DATA)
                for grado in nivel.grados
            ),
        )
        for kind, area, competencia in keys
    )
    notes = (
        *(line for grado in nivel.grados if grado in final for line in final[grado].observations),
        *printed.notes,
    )
    exoneration = any(EXONERATED in row.values for row in rows)
    return columns, rows, notes, exoneration
