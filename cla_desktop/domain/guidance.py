"""Guidance notes the counter gives citizens, read from facts.toml (`[guidance.*]`).

The wording cites norms whose text is partly unconfirmed, so it lives in the fact table with its
sources and confidence (docs/DOMAIN-FACTS.md) and can be corrected there without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass

from cla_desktop.domain.facts import facts

CERTIFICADO_VISADO = "certificado_visado"


@dataclass(frozen=True)
class Guidance:
    """One note in plain Spanish: shown on screen and printed for the citizen."""

    key: str
    title: str
    intro: str
    points: tuple[str, ...]
    consulta: str  # where to turn with doubts (the counter registers a consulta for DIGE)
    sources: tuple[str, ...]
    disclaimer: str  # the note is informative, not a certificate
    confidence: str

    def plain_text(self) -> str:
        """The whole note as text (a help dialog, or a copy to the clipboard)."""
        lines = [self.title, "", self.intro, ""]
        lines += [f"• {point}" for point in self.points]
        lines += ["", self.consulta, "", "Base normativa:"]
        lines += [f"- {source}" for source in self.sources]
        lines += ["", self.disclaimer]
        return "\n".join(lines)


def guidance_note(key: str) -> Guidance:
    """The note `[guidance.<key>]` of facts.toml; KeyError if it is not there."""
    entry = facts()["guidance"][key]
    return Guidance(
        key=key,
        title=entry["title"],
        intro=entry["intro"],
        points=tuple(entry["points"]),
        consulta=entry["consulta"],
        sources=tuple(entry["sources"]),
        disclaimer=entry["disclaimer"],
        confidence=entry["confidence"],
    )


def certificado_visado() -> Guidance:
    """Whether the certificado oficial de estudios must be visado (Oficio Múltiple
    00026-2020-MINEDU/VMGI-DIGEGED): it need not."""
    return guidance_note(CERTIFICADO_VISADO)
