"""School and place codes: código modular + anexo, and ubigeo (INEI and RENIEC systems)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from cla_desktop.domain.facts import facts


@dataclass(frozen=True, order=True)
class CodigoModular:
    """One educational service: 7-digit código modular plus anexo (0 = main). Printed 0474494-0."""

    codigo: str
    anexo: str = "0"

    def __post_init__(self) -> None:
        length = facts()["identifiers"]["codigo_modular_length"]
        if not (len(self.codigo) == length and self.codigo.isascii() and self.codigo.isdigit()):
            raise ValueError(f"El código modular debe tener {length} dígitos.")
        if not re.fullmatch(facts()["identifiers"]["anexo_pattern"], self.anexo):
            raise ValueError("El anexo debe ser un dígito (0 para la sede principal).")

    def __str__(self) -> str:
        return f"{self.codigo}-{self.anexo}"

    @classmethod
    def parse(cls, text: str) -> CodigoModular:
        """Accept "0474494-0", "0474494 0", "04744940" or "0474494" (anexo 0)."""
        cleaned = text.strip()
        match = re.fullmatch(r"([0-9]{7})(?:[-\s]?([0-9]))?", cleaned)
        if not match:
            raise ValueError(
                "El código modular debe tener 7 dígitos, con el anexo opcional: 0474494-0."
            )
        return cls(match.group(1), match.group(2) or "0")


class UbigeoSystem(StrEnum):
    """INEI and RENIEC number departments differently (Lima is 15 in INEI, 14 in RENIEC)."""

    INEI = "INEI"
    RENIEC = "RENIEC"


@dataclass(frozen=True)
class Ubigeo:
    """A 6-digit district code DDPPdd in one code system (existence is checked in the store)."""

    code: str
    system: UbigeoSystem = UbigeoSystem.INEI

    def __post_init__(self) -> None:
        if not (len(self.code) == 6 and self.code.isascii() and self.code.isdigit()):
            raise ValueError("El ubigeo debe tener 6 dígitos.")
        if self.code[:2] == "00" or self.code[2:4] == "00" or self.code[4:] == "00":
            raise ValueError("El ubigeo debe identificar un distrito (DDPPdd, sin ceros).")

    @property
    def departamento(self) -> str:
        return self.code[:2]

    @property
    def provincia(self) -> str:
        return self.code[:4]
