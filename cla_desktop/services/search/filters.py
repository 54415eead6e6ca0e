"""Optional narrowing of a search: birth date or year, UGEL, school, nivel, school year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cla_desktop.domain.codes import CodigoModular
from cla_desktop.domain.levels import Nivel


@dataclass(frozen=True)
class SearchFilters:
    birth_date: date | None = None
    birth_year: int | None = None
    ugel_code: str | None = None
    school: CodigoModular | None = None
    nivel: Nivel | None = None
    year: int | None = None

    def describe(self) -> dict[str, str]:
        """The filters in use, for the audit trail."""
        return {
            f"filtro_{name}": str(value) for name, value in vars(self).items() if value is not None
        }

    @property
    def needs_enrollment(self) -> bool:
        return any(v is not None for v in (self.ugel_code, self.school, self.nivel, self.year))

    def sql(self, alias: str = "s") -> tuple[str, dict]:
        """A WHERE fragment over student `alias` (empty when there is nothing to filter)."""
        clauses: list[str] = []
        params: dict = {}
        if self.birth_date is not None:
            clauses.append(f"{alias}.fecha_nacimiento = :f_birth_date")
            params["f_birth_date"] = self.birth_date
        if self.birth_year is not None:
            born = f"{alias}.fecha_nacimiento"
            clauses.append(f"{born} >= :f_year_from AND {born} < :f_year_to")
            params["f_year_from"] = date(self.birth_year, 1, 1)
            params["f_year_to"] = date(self.birth_year + 1, 1, 1)
        if self.needs_enrollment:
            inner = ["fe.student_id = " + alias + ".id"]
            if self.ugel_code:
                inner.append("fs.ugel_code = :f_ugel")
                params["f_ugel"] = self.ugel_code
            if self.school:
                inner.append("fs.codigo_modular = :f_codmod AND fs.anexo = :f_anexo")
                params["f_codmod"] = self.school.codigo
                params["f_anexo"] = self.school.anexo
            if self.nivel:
                inner.append("fe.nivel = :f_nivel")
                params["f_nivel"] = self.nivel.value
            if self.year:
                inner.append("fe.year = :f_school_year")
                params["f_school_year"] = self.year
            clauses.append(
                "EXISTS (SELECT 1 FROM enrollment fe JOIN school fs ON fs.id = fe.school_id "
                f"WHERE {' AND '.join(inner)})"
            )
        return " AND ".join(clauses), params
