"""Every setting, declared once with its type and default (STYLE.md: settings are typed and
versioned; secrets are never here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from sqlalchemy.engine import URL

from cla_desktop.services.audit.retention import MIN_RETENTION_DAYS
from cla_desktop.services.settings_store import DEFAULT_RETENTION_DAYS

SETTINGS_VERSION = 1
DEFAULT_IDLE_LOCK_MINUTES = 10
# Ley 29733 asks for limited retention of logs; five years covers the constancia's own
# archival period (an office decision, not a legal figure: see docs/ARCHITECTURE.md).
DEFAULT_AUDIT_RETENTION_DAYS = DEFAULT_RETENTION_DAYS


@dataclass(frozen=True)
class OfficeIdentity:
    """The DRE and, below it, the UGEL this installation serves (codes from the real list)."""

    dre_code: str = ""
    ugel_code: str = ""

    @property
    def office_code(self) -> str:
        return self.ugel_code or self.dre_code


@dataclass(frozen=True)
class DatabaseSettings:
    """The embedded file (default: the user's data folder) or a shared PostgreSQL server."""

    kind: str = "sqlite"  # "sqlite" | "postgresql"
    sqlite_path: str = ""
    host: str = "localhost"
    port: int = 5432
    database: str = "cla"
    user: str = "cla"

    @property
    def secret_name(self) -> str:
        return f"postgresql/{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> URL | None:
        """None means the default SQLite file."""
        if self.kind == "postgresql":
            return URL.create(
                "postgresql+psycopg",
                username=self.user or None,
                password=password or None,
                host=self.host or "localhost",
                port=self.port,
                database=self.database,
            )
        if self.sqlite_path:
            return URL.create("sqlite", database=self.sqlite_path)
        return None


@dataclass(frozen=True)
class PrinterSettings:
    printer: str = ""  # empty: the system's default printer
    copies: int = 1
    paper: str = "A4"
    # The counter prints with Enter on the workstation's printer; the print dialog opens
    # only when asked for here, or when no printer is known.
    ask_before_printing: bool = False


@dataclass(frozen=True)
class SessionSettings:
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES


@dataclass(frozen=True)
class AuditSettings:
    retention_days: int = DEFAULT_AUDIT_RETENTION_DAYS


@dataclass(frozen=True)
class Settings:
    version: int = SETTINGS_VERSION
    office: OfficeIdentity = field(default_factory=OfficeIdentity)
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    printer: PrinterSettings = field(default_factory=PrinterSettings)
    verification_base: str = ""
    session: SessionSettings = field(default_factory=SessionSettings)
    audit: AuditSettings = field(default_factory=AuditSettings)


def validate(settings: Settings) -> None:
    """Raise ValueError naming the first wrong value, in Spanish."""
    if settings.database.kind not in ("sqlite", "postgresql"):
        raise ValueError("El tipo de base de datos debe ser sqlite o postgresql.")
    if settings.database.kind == "postgresql":
        if not settings.database.host or not settings.database.database:
            raise ValueError("Indique el servidor y el nombre de la base de datos PostgreSQL.")
        if not 0 < settings.database.port < 65536:
            raise ValueError("El puerto de PostgreSQL debe estar entre 1 y 65535.")
    if not 1 <= settings.session.idle_lock_minutes <= 240:
        raise ValueError("El bloqueo por inactividad debe ser de 1 a 240 minutos.")
    if not 1 <= settings.printer.copies <= 10:
        raise ValueError("Las copias deben ser de 1 a 10.")
    if settings.printer.paper not in ("A4", "Carta", "Oficio"):
        raise ValueError("El papel debe ser A4, Carta u Oficio.")
    if settings.verification_base:
        check_verification_page(settings.verification_base)
    days = settings.audit.retention_days
    if days and days < MIN_RETENTION_DAYS:
        raise ValueError(
            f"La retención del registro de auditoría debe ser de al menos {MIN_RETENTION_DAYS} "
            "días (0: sin límite)."
        )


def check_verification_page(base: str) -> None:
    """The QR becomes this address, then the código, then "#" and the signed payload: so no
    query or fragment of its own, no spaces, and a real host a phone can open."""
    parts = urlsplit(base)
    if parts.scheme != "https" or not parts.hostname or "." not in parts.hostname:
        raise ValueError(
            "La dirección de verificación debe ser una página https:// de su oficina, por "
            "ejemplo https://www.ugel03.gob.pe/verificar (o déjela vacía)."
        )
    if (
        parts.query
        or parts.fragment
        or "?" in base
        or "#" in base
        or any(c.isspace() for c in base)
    ):
        raise ValueError(
            "La dirección de verificación no puede llevar espacios, «?» ni «#»: escriba solo la "
            "página, por ejemplo https://www.ugel03.gob.pe/verificar."
        )
    if parts.hostname.endswith(".invalid") or parts.hostname in ("localhost",):
        raise ValueError("La dirección de verificación debe ser una página pública de su oficina.")
