"""The three kinds of file an office imports, and how a file name suggests one."""

from __future__ import annotations

from enum import StrEnum

from cla_desktop.domain.names import fold


class ImportKind(StrEnum):
    PADRON = "padron"  # schools (ESCALE padrón de instituciones educativas)
    NOMINA = "nomina"  # students and their enrollments (nómina de matrícula, SIAGIE)
    ACTA = "acta"  # results and situación final (acta consolidada de evaluación, SIAGIE)

    @property
    def label(self) -> str:
        return {
            "padron": "Padrón de instituciones educativas",
            "nomina": "Nómina de matrícula",
            "acta": "Acta consolidada de evaluación",
        }[self.value]


# Order in which an office loads its files: each one needs what the previous ones created.
LOAD_ORDER = (ImportKind.PADRON, ImportKind.NOMINA, ImportKind.ACTA)


def guess_kind(file_name: str) -> ImportKind | None:
    """ "Padron_web.dbf" -> PADRON, "nomina_2019.csv" -> NOMINA; None when the name says nothing."""
    key = fold(file_name)
    for kind in ImportKind:
        if kind.value.upper() in key:
            return kind
    return None
