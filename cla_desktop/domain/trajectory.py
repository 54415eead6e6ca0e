"""The trajectory of one student as plain data: what the counter shows and the constancia
prints.  Built by services.trajectory from the database; judged by trajectory_problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cla_desktop.domain.levels import Nivel

FIRST_COVERED_YEAR = 2013  # the CLA covers SIAGIE enrollments from 2013 (C-code)
ACTA_APPROVED = "APROBADA"
ACTA_RECTIFICATION = "EN_RECTIFICACION"


@dataclass(frozen=True)
class SchoolInfo:
    codigo_modular: str  # printed "0474494-0"
    name: str
    ugel: str | None
    gestion: str | None
    active: bool
    synthetic: bool


@dataclass(frozen=True)
class ResultLine:
    area: str
    kind: str  # AREA / TALLER / TRANSVERSAL
    competencia: str | None
    calificativo: str
    position: int


@dataclass(frozen=True)
class YearRecord:
    enrollment_id: int
    year: int
    nivel: Nivel
    grado: int
    seccion: str | None
    situacion_final: str | None
    acta_estado: str | None
    scale: str | None
    unit: str | None
    school: SchoolInfo
    results: tuple[ResultLine, ...] = ()
    observations: tuple[str, ...] = ()  # "AÑO - RESOLUCIÓN - MOTIVO"

    @property
    def grado_label(self) -> str:
        return self.nivel.grado_label(self.grado)

    @property
    def covered(self) -> bool:
        return self.year >= FIRST_COVERED_YEAR


@dataclass(frozen=True)
class StudentSummary:
    student_id: int
    document_type: str
    document_number: str | None
    codigo_estudiante: str | None
    apellido_paterno: str
    apellido_materno: str
    nombres: str
    sexo: str | None
    fecha_nacimiento: date | None


@dataclass(frozen=True)
class Problem:
    """Something the clerk must see, in plain Spanish, with what a consulta would be about."""

    code: str
    message: str
    category: str  # consulta category (DOMAIN.md §8): sin-matricula, acta-rectificacion, ...
    blocks_constancia: bool = False
    nivel: Nivel | None = None
    years: tuple[int, ...] = ()
    codigo_modular: str | None = None
    summary: str | None = None  # the facts for DIGE, without the clerk's guidance

    @property
    def consulta_text(self) -> str:
        """What a consulta about this problem tells DIGE: facts, not advice to the clerk."""
        return self.summary or self.message


@dataclass(frozen=True)
class Trajectory:
    student: StudentSummary
    records: tuple[YearRecord, ...]  # every enrollment, by year then id
    current_year: int
    problems: tuple[Problem, ...] = field(default=())

    def by_nivel(self) -> dict[Nivel, tuple[YearRecord, ...]]:
        """Covered years (2013+) grouped by nivel, in school order."""
        grouped: dict[Nivel, list[YearRecord]] = {}
        for record in self.records:
            if record.covered:
                grouped.setdefault(record.nivel, []).append(record)
        order = [n for n in Nivel if n in grouped]
        return {n: tuple(grouped[n]) for n in order}

    @property
    def before_coverage(self) -> tuple[YearRecord, ...]:
        return tuple(r for r in self.records if not r.covered)
