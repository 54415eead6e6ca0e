"""Niveles of Educación Básica Regular and their grados (or ages, in Inicial)."""

from __future__ import annotations

from enum import StrEnum

from cla_desktop.domain.wording import join_es


class Nivel(StrEnum):
    """EBR levels; the value is what the database stores."""

    INICIAL = "INICIAL"
    PRIMARIA = "PRIMARIA"
    SECUNDARIA = "SECUNDARIA"

    @property
    def grados(self) -> tuple[int, ...]:
        """Grades 1..6 / 1..5, or ages 3..5 for Inicial (ciclo II)."""
        return _GRADOS[self]

    @property
    def uses_age(self) -> bool:
        return self is Nivel.INICIAL

    @property
    def siagie_code(self) -> str:
        """SIAGIE nivel code: B0 primaria, F0 secundaria (C-code); A2 jardín for Inicial (3P)."""
        return _SIAGIE_CODE[self]

    @property
    def label(self) -> str:
        return self.value.capitalize()

    def grado_label(self, grado: int) -> str:
        """How the CLA prints a column head: "1.°" for grades, "3 años" for Inicial ages."""
        check_grado(self, grado)
        return f"{grado} años" if self.uses_age else f"{grado}.°"

    @classmethod
    def parse(cls, text: str) -> Nivel:
        key = text.strip().upper()
        for nivel in cls:
            if key in (nivel.value, nivel.siagie_code):
                return nivel
        raise ValueError(f"Nivel desconocido: {text!r}")


_GRADOS = {
    Nivel.INICIAL: (3, 4, 5),
    Nivel.PRIMARIA: (1, 2, 3, 4, 5, 6),
    Nivel.SECUNDARIA: (1, 2, 3, 4, 5),
}
_SIAGIE_CODE = {Nivel.INICIAL: "A2", Nivel.PRIMARIA: "B0", Nivel.SECUNDARIA: "F0"}

# SIAGIE's grado words, and the forms the CLA statement uses ("PRIMER, SEGUNDO y TERCER").
ORDINALS = ("PRIMERO", "SEGUNDO", "TERCERO", "CUARTO", "QUINTO", "SEXTO")
_STATEMENT_FORMS = {"PRIMERO": "PRIMER", "TERCERO": "TERCER"}

NIVEL_ORDER = (Nivel.INICIAL, Nivel.PRIMARIA, Nivel.SECUNDARIA)


def check_grado(nivel: Nivel, grado: int) -> None:
    if grado not in nivel.grados:
        raise ValueError(f"El grado {grado} no existe en el nivel {nivel.label}.")


def ordinal_word(grado: int) -> str:
    """SIAGIE's grado description (dscGrado): 1 -> PRIMERO."""
    return ORDINALS[grado - 1]


def statement_list(grados: list[int]) -> str:
    """The CLA sentence form: [1, 2, 3] -> "PRIMER, SEGUNDO y TERCER"."""
    return join_es([_STATEMENT_FORMS.get(ordinal_word(g), ordinal_word(g)) for g in grados])


def next_step(nivel: Nivel, grado: int) -> tuple[Nivel, int] | None:
    """The grade after a promotion; None after 5.° de secundaria."""
    grados = nivel.grados
    index = grados.index(grado)
    if index + 1 < len(grados):
        return nivel, grados[index + 1]
    position = NIVEL_ORDER.index(nivel)
    if position + 1 < len(NIVEL_ORDER):
        following = NIVEL_ORDER[position + 1]
        return following, following.grados[0]
    return None


def expected_age(nivel: Nivel, grado: int) -> int:
    """Age on 31 March of the school year for a student on time (INF: start rules simplified)."""
    if nivel is Nivel.INICIAL:
        return grado
    if nivel is Nivel.PRIMARIA:
        return 5 + grado
    return 11 + grado


def grado_text(nivel: str | None, grado: int) -> str:
    """A column head from what a QR or a register says: "3 años" in inicial, else "3.°"."""
    try:
        return Nivel(nivel).grado_label(grado)
    except ValueError:
        return f"{grado}.°"
