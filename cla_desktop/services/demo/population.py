"""Synthetic identities drawn from the curated Peruvian name lists in resources/reference."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import date, timedelta

from cla_desktop.domain.identifiers import DocumentType
from cla_desktop.domain.names import tokens
from cla_desktop.paths import resources_dir

FIRST_BIRTH_YEAR = 1997  # finished secundaria in 2013 at the earliest still covered
LAST_BIRTH_YEAR = 2022  # 3 años in 2025-2026
# DNIs of these generations are in the 60-90 million range; a multiplicative bijection keeps them
# unique and reproducible for any student index below the modulus.
_DNI_BASE, _DNI_SPAN, _DNI_STEP = 60_000_000, 30_000_000, 7_919
_CE_SPAN, _CE_STEP = 1_000_000_000, 104_729


@dataclass(frozen=True)
class Identity:
    document_type: DocumentType
    document_number: str | None
    codigo_estudiante: str
    apellido_paterno: str
    apellido_materno: str
    nombres: str
    sexo: str
    fecha_nacimiento: date
    name_key: str


class NamePools:
    """Surnames (weighted by repetition in the list) and given names by sex."""

    def __init__(self) -> None:
        folder = resources_dir() / "reference"
        lines = (folder / "apellidos_curados.txt").read_text(encoding="utf-8").splitlines()
        self.apellidos = [line.strip() for line in lines if line.strip()]
        with (folder / "nombres_curados.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        self.nombres = {
            "M": [r["nombre"] for r in rows if r["sexo"] == "M"],
            "F": [r["nombre"] for r in rows if r["sexo"] == "F"],
        }
        self._tokens: dict[str, str] = {}

    def folded(self, text: str) -> str:
        cached = self._tokens.get(text)
        if cached is None:
            cached = " ".join(tokens(text))
            self._tokens[text] = cached
        return cached

    def identity(self, rng: random.Random, index: int) -> Identity:
        sexo = "F" if rng.random() < 0.5 else "M"
        names = self.nombres[sexo]
        nombres = rng.choice(names)
        if rng.random() < 0.45 and " " not in nombres:
            second = rng.choice(names)
            if second != nombres:
                nombres = f"{nombres} {second}"
        paterno = rng.choice(self.apellidos)
        materno = rng.choice(self.apellidos) if rng.random() > 0.01 else ""
        birth_year = rng.randint(FIRST_BIRTH_YEAR, LAST_BIRTH_YEAR)
        born = date(birth_year, 1, 1) + timedelta(days=rng.randrange(365))
        draw = rng.random()
        if draw < 0.92:
            kind = DocumentType.DNI
            number = str(_DNI_BASE + (index * _DNI_STEP) % _DNI_SPAN)
        elif draw < 0.95:
            kind, number = DocumentType.NINGUNO, None
        elif draw < 0.985:
            kind = DocumentType.CE
            number = f"{(index * _CE_STEP) % _CE_SPAN:09d}"
        else:
            kind = DocumentType.PASAPORTE
            number = f"P{index:08d}"
        key_parts = (self.folded(paterno), self.folded(materno), self.folded(nombres))
        return Identity(
            document_type=kind,
            document_number=number,
            codigo_estudiante=f"{birth_year:04d}{index:010d}",
            apellido_paterno=paterno,
            apellido_materno=materno,
            nombres=nombres,
            sexo=sexo,
            fecha_nacimiento=born,
            name_key=" ".join(part for part in key_parts if part),
        )
