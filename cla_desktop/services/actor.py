"""Who is acting: every service receives one, so roles and audit can be enforced in one place."""

from __future__ import annotations

import getpass
import os
import socket
from dataclasses import dataclass, field

from cla_desktop.domain.roles import Role


def _workstation() -> str:
    return socket.gethostname() or "desconocido"


@dataclass(frozen=True)
class Actor:
    """The person (or system task) on whose behalf a service runs."""

    username: str
    role: Role
    workstation: str = field(default_factory=_workstation)

    def require(self, needed: Role) -> None:
        if not self.role.allows(needed):
            raise PermissionError(
                f"El usuario {self.username} ({self.role.value}) no tiene permiso para esta "
                f"acción; se necesita el rol {needed.value}."
            )


# The identity of work the installation does for itself (migrations, reference data, demo).
SYSTEM = Actor("sistema", Role.ADMINISTRADOR)
# Until accounts exist (issue: office operation), the demo database acts as this supervisor.
DEMO_SUPERVISOR = Actor("demo", Role.SUPERVISOR)


def local_user() -> Actor:
    """Until accounts exist (issue #6): the OS user (or CLA_USER).  Whoever has a shell on the
    office PC can already open the database file, so the interim role is administrador."""
    name = os.environ.get("CLA_USER") or getpass.getuser() or "cla"
    return Actor(name, Role.ADMINISTRADOR)
