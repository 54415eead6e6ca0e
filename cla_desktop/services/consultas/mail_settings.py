"""How to reach the mail servers: plain connection data, resolved elsewhere (mail_config).

Passwords are never stored in the database or a file: the OS keyring for the app,
CLA_SMTP_PASSWORD / CLA_IMAP_PASSWORD for scripts."""

from __future__ import annotations

from dataclasses import dataclass

# The DIGE support address named in the 2020 oficio (DESIGN.md §4); a setting.
DEFAULT_DIGE_MAILBOX = "sistemagestion1@minedu.gob.pe"
SECURITY_CHOICES = ("none", "starttls", "ssl")
# Seconds a mail server may take to answer before the attempt is given up (and retried later).
SMTP_TIMEOUT = 20.0
IMAP_TIMEOUT = 30.0


@dataclass(frozen=True)
class MailSettings:
    """SMTP: where consultas are sent from (the office) and to (DIGE)."""

    host: str = "localhost"
    port: int = 25
    security: str = "none"  # none | starttls | ssl
    user: str | None = None
    password: str | None = None
    dige_mailbox: str = DEFAULT_DIGE_MAILBOX
    office_mailbox: str = "consultas@ugel.invalid"
    timeout: float = SMTP_TIMEOUT


@dataclass(frozen=True)
class ImapSettings:
    """IMAP: the office mailbox where DIGE's replies arrive."""

    host: str
    port: int = 993
    security: str = "ssl"  # none | starttls | ssl
    user: str = ""
    password: str = ""
    mailbox: str = "INBOX"
    timeout: float = IMAP_TIMEOUT
