"""SMTP settings: stored settings overridden by environment variables for scripted runs.

The password is never stored in the database or a file: CLA_SMTP_PASSWORD for scripts, the OS
keyring for the app (issue #6 adds the settings screen)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from cla_desktop.services.settings.secrets import secret_store

# The DIGE support address named in the 2020 oficio (DESIGN.md §4); a setting.
DEFAULT_DIGE_MAILBOX = "sistemagestion1@minedu.gob.pe"


@dataclass(frozen=True)
class MailSettings:
    host: str = "localhost"
    port: int = 25
    security: str = "none"  # none | starttls | ssl
    user: str | None = None
    password: str | None = None
    dige_mailbox: str = DEFAULT_DIGE_MAILBOX
    office_mailbox: str = "consultas@ugel.invalid"
    timeout: float = 20.0

    @classmethod
    def from_environment(cls, base: MailSettings | None = None) -> MailSettings:
        base = base or cls()
        env = os.environ
        security = env.get("CLA_SMTP_SECURITY", base.security).lower()
        if security not in ("none", "starttls", "ssl"):
            raise ValueError("CLA_SMTP_SECURITY debe ser none, starttls o ssl.")
        user = env.get("CLA_SMTP_USER", base.user)
        password = env.get("CLA_SMTP_PASSWORD", base.password)
        if user and password is None:
            password = secret_store().get(f"smtp/{user}")
        return cls(
            host=env.get("CLA_SMTP_HOST", base.host),
            port=int(env.get("CLA_SMTP_PORT", base.port)),
            security=security,
            user=user,
            password=password,
            dige_mailbox=env.get("CLA_DIGE_MAILBOX", base.dige_mailbox),
            office_mailbox=env.get("CLA_OFFICE_MAILBOX", base.office_mailbox),
            timeout=base.timeout,
        )
