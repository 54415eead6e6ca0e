"""Who is acting: every service receives one, so roles and audit can be enforced in one place."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field

from cla_desktop.domain.roles import Role


def current_workstation() -> str:
    return socket.gethostname() or "desconocido"


@dataclass(frozen=True)
class Actor:
    """The person (or system task) on whose behalf a service runs."""

    username: str
    role: Role
    workstation: str = field(default_factory=current_workstation)

    def require(self, needed: Role) -> None:
        if not self.role.allows(needed):
            raise PermissionError(
                f"El usuario {self.username} ({self.role.value}) no tiene permiso para esta "
                f"acción; se necesita el rol {needed.value}."
            )


# The identity of work the installation does for itself (migrations, reference data, demo).
SYSTEM = Actor("sistema", Role.ADMINISTRADOR)
# The demo database signs in as this supervisor, with no password (DEMOSTRACIÓN banner).
DEMO_SUPERVISOR = Actor("demo", Role.SUPERVISOR)
