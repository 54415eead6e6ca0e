"""The office's mail settings and the one resolver every sender uses.

An administrator edits them in one place (Administración → Configuración → Correo, or
`save_config`): they are stored in the database, so every counter of the office sends the same
way; passwords go to each workstation's OS keyring.  `resolve_mail` turns them into what the
window's sender, reply polling and every `cla` command use: the stored settings, the keyring's
passwords, and `CLA_SMTP_*` / `CLA_IMAP_*` / `CLA_DIGE_MAILBOX` / `CLA_OFFICE_MAILBOX` on top
only when those variables are set (scripted runs)."""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass

from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.consultas.mail_connection import open_imap, open_smtp
from cla_desktop.services.consultas.mail_settings import (
    DEFAULT_DIGE_MAILBOX,
    SECURITY_CHOICES,
    ImapSettings,
    MailSettings,
)
from cla_desktop.services.error_text import describe_error
from cla_desktop.services.settings.secrets import KeyringMissing, SecretPlace, secret_store
from cla_desktop.services.settings_store import get_setting, set_setting

MAIL_KEY = "mail_settings"
NOT_CONFIGURED = (
    "El correo de la oficina aún no está configurado, así que la consulta no puede enviarse a "
    "DIGE. Guárdela como borrador y pida a un administrador que complete Administración → "
    "Configuración → Correo; luego envíela desde la cola."
)


class MailNotConfigured(ValueError):
    """Nothing may be queued for DIGE before the office says how it sends mail."""

    def __init__(self) -> None:
        super().__init__(NOT_CONFIGURED)


@dataclass(frozen=True)
class MailConfig:
    """What is stored in the database (never a password)."""

    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_user: str = ""
    dige_mailbox: str = DEFAULT_DIGE_MAILBOX
    office_mailbox: str = ""
    imap_host: str = ""
    imap_port: int = 993
    imap_security: str = "ssl"
    imap_user: str = ""


@dataclass(frozen=True)
class MailRoute:
    """Everything needed to send and to read replies, resolved once per use."""

    smtp: MailSettings
    imap: ImapSettings | None
    configured: bool

    def require_configured(self) -> None:
        if not self.configured:
            raise MailNotConfigured


def load_config(session: Session) -> MailConfig:
    stored = get_setting(session, MAIL_KEY)
    if not stored:
        return MailConfig()
    data = json.loads(stored)
    known = {field.name for field in dataclasses.fields(MailConfig)}
    return MailConfig(**{key: value for key, value in data.items() if key in known})


def _store_password(kind: str, user: str, password: str, place: SecretPlace) -> None:
    try:
        secret_store().put(f"{kind}/{user}", password, place)
    except KeyringMissing as error:
        raise KeyringMissing(
            "Este equipo no tiene un llavero del sistema donde guardar la contraseña de forma "
            "segura; no se guardó. Elija usarla solo en esta sesión, o pida al soporte técnico "
            "que active el llavero."
        ) from error


def validate_config(config: MailConfig) -> None:
    """Raise ValueError with the first thing to correct, in Spanish."""
    for security in (config.smtp_security, config.imap_security):
        if security not in SECURITY_CHOICES:
            raise ValueError("La seguridad debe ser none, starttls o ssl.")
    if not config.smtp_host.strip():
        raise ValueError("Escriba el servidor de correo saliente (SMTP) de la oficina.")
    for label, address in (("DIGE", config.dige_mailbox), ("la oficina", config.office_mailbox)):
        if not _looks_like_address(address):
            raise ValueError(f"Escriba una dirección de correo válida para {label}.")


def save_config(
    session: Session,
    actor: Actor,
    config: MailConfig,
    smtp_password: str | None = None,
    imap_password: str | None = None,
    place: SecretPlace = SecretPlace.KEYRING,
) -> None:
    """Settings to the database, passwords to the keyring (never both in one place)."""
    actor.require(Role.ADMINISTRADOR)
    validate_config(config)
    if smtp_password:
        _store_password("smtp", config.smtp_user, smtp_password, place)
    if imap_password:
        _store_password("imap", config.imap_user, imap_password, place)
    set_setting(session, actor, MAIL_KEY, json.dumps(asdict(config), ensure_ascii=False))


def _looks_like_address(address: str) -> bool:
    local, _at, domain = address.strip().rpartition("@")
    return bool(local) and "." in domain and not domain.endswith(".invalid")


def _password(kind: str, user: str) -> str | None:
    return secret_store().get(f"{kind}/{user}") if user else None


def _env_int(env: Mapping[str, str], name: str, default: int) -> int:
    value = env.get(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"{name} debe ser un número de puerto (por ejemplo 587).") from None


def _env_security(env: Mapping[str, str], name: str, default: str) -> str:
    value = (env.get(name) or default).lower()
    if value not in SECURITY_CHOICES:
        raise ValueError(f"{name} debe ser none, starttls o ssl.")
    return value


def route_from(config: MailConfig, env: Mapping[str, str] | None = None) -> MailRoute:
    """The stored settings with the keyring's passwords, and the environment's values on top
    of each one that is set."""
    env = os.environ if env is None else env
    smtp_user = env.get("CLA_SMTP_USER") or config.smtp_user
    smtp = MailSettings(
        host=env.get("CLA_SMTP_HOST") or config.smtp_host,
        port=_env_int(env, "CLA_SMTP_PORT", config.smtp_port),
        security=_env_security(env, "CLA_SMTP_SECURITY", config.smtp_security),
        user=smtp_user or None,
        password=env.get("CLA_SMTP_PASSWORD") or _password("smtp", smtp_user),
        dige_mailbox=env.get("CLA_DIGE_MAILBOX") or config.dige_mailbox,
        office_mailbox=env.get("CLA_OFFICE_MAILBOX") or config.office_mailbox,
    )
    imap_host = env.get("CLA_IMAP_HOST") or config.imap_host
    imap = None
    if imap_host:
        imap_user = env.get("CLA_IMAP_USER") or config.imap_user
        imap = ImapSettings(
            host=imap_host,
            port=_env_int(env, "CLA_IMAP_PORT", config.imap_port),
            security=_env_security(env, "CLA_IMAP_SECURITY", config.imap_security),
            user=imap_user,
            password=env.get("CLA_IMAP_PASSWORD") or _password("imap", imap_user) or "",
        )
    configured = bool(smtp.host.strip()) and all(
        _looks_like_address(address) for address in (smtp.dige_mailbox, smtp.office_mailbox)
    )
    return MailRoute(smtp, imap, configured)


def resolve_mail(session: Session, env: Mapping[str, str] | None = None) -> MailRoute:
    """The one way every sender (window, background sender, reply polling, `cla`) learns how
    to send: see the module docstring."""
    return route_from(load_config(session), env)


def with_typed_password(route: MailRoute, smtp: str | None, imap: str | None) -> MailRoute:
    """'Probar conexión' before saving: the password just typed instead of the stored one."""
    smtp_settings = dataclasses.replace(route.smtp, password=smtp) if smtp else route.smtp
    imap_settings = route.imap
    if imap and imap_settings is not None:
        imap_settings = dataclasses.replace(imap_settings, password=imap)
    return dataclasses.replace(route, smtp=smtp_settings, imap=imap_settings)


def check_smtp(settings: MailSettings) -> str:
    """'Probar conexión': connect, secure, log in, NOOP; a Spanish sentence either way."""
    if not settings.host.strip():
        return "Escriba el servidor de correo saliente (SMTP)."
    try:
        with open_smtp(settings) as client:
            client.noop()
    except Exception as error:
        return describe_error(error, host=settings.host, port=settings.port)
    return f"Conexión correcta con {settings.host}:{settings.port}."


def check_imap(settings: ImapSettings) -> str:
    """'Probar buzón': log in and open the mailbox read-only; a Spanish sentence either way."""
    try:
        client = open_imap(settings)
        try:
            client.select(settings.mailbox, readonly=True)
        finally:
            client.logout()
    except Exception as error:
        return describe_error(error, host=settings.host, port=settings.port)
    return f"Conexión correcta con el buzón {settings.user} en {settings.host}."
