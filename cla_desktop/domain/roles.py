"""Roles of the people who use the app, from least to most trusted."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OPERADOR = "operador"  # search, view, issue, reprint, consultas
    SUPERVISOR = "supervisor"  # + annul, reports, audit
    ADMINISTRADOR = "administrador"  # + users, settings, keys

    @property
    def label(self) -> str:
        """The word a person reads ("Supervisor"), not the stored value."""
        return self.value.capitalize()

    @property
    def rank(self) -> int:
        return list(Role).index(self)

    def allows(self, needed: Role) -> bool:
        return self.rank >= needed.rank
