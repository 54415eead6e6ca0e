"""The office's mail settings, shared by its counters: stored in the database (never the
passwords), passwords in the OS keyring, environment variables on top for scripted runs."""

from __future__ import annotations

import imaplib
import json
import smtplib
import ssl
from dataclasses import asdict, dataclass

from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.consultas.mail_settings import MailSettings
from cla_desktop.services.consultas.replies import ImapSettings
from cla_desktop.services.settings.secrets import KeyringMissing, SecretPlace, secret_store
from cla_desktop.services.settings_store import get_setting, set_setting

MAIL_KEY = "mail_settings"


@dataclass(frozen=True)
class MailConfig:
    smtp_host: str = "localhost"
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_user: str = ""
    dige_mailbox: str = MailSettings.dige_mailbox
    office_mailbox: str = MailSettings.office_mailbox
    imap_host: str = ""
    imap_port: int = 993
    imap_security: str = "ssl"
    imap_user: str = ""


def load_config(session: Session) -> MailConfig:
    stored = get_setting(session, MAIL_KEY)
    return MailConfig(**json.loads(stored)) if stored else MailConfig()


def _store_password(kind: str, user: str, password: str, place: SecretPlace) -> None:
    try:
        secret_store().put(f"{kind}/{user}", password, place)
    except KeyringMissing as error:
        raise KeyringMissing(
            "Este equipo no tiene un llavero del sistema donde guardar la contraseña de forma "
            "segura; no se guardó. Elija usarla solo en esta sesión, o pida al soporte técnico "
            "que active el llavero."
        ) from error


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
    for security in (config.smtp_security, config.imap_security):
        if security not in ("none", "starttls", "ssl"):
            raise ValueError("La seguridad debe ser none, starttls o ssl.")
    if "@" not in config.dige_mailbox or "@" not in config.office_mailbox:
        raise ValueError("Escriba direcciones de correo válidas para DIGE y para la oficina.")
    if smtp_password:
        _store_password("smtp", config.smtp_user, smtp_password, place)
    if imap_password:
        _store_password("imap", config.imap_user, imap_password, place)
    set_setting(session, actor, MAIL_KEY, json.dumps(asdict(config), ensure_ascii=False))


def _password(kind: str, user: str) -> str | None:
    return secret_store().get(f"{kind}/{user}")


def smtp_settings(config: MailConfig) -> MailSettings:
    base = MailSettings(
        host=config.smtp_host,
        port=config.smtp_port,
        security=config.smtp_security,
        user=config.smtp_user or None,
        password=_password("smtp", config.smtp_user) if config.smtp_user else None,
        dige_mailbox=config.dige_mailbox,
        office_mailbox=config.office_mailbox,
    )
    return MailSettings.from_environment(base)


def imap_settings(config: MailConfig) -> ImapSettings | None:
    from_env = ImapSettings.from_environment()
    if from_env is not None:
        return from_env
    if not config.imap_host:
        return None
    return ImapSettings(
        host=config.imap_host,
        port=config.imap_port,
        security=config.imap_security,
        user=config.imap_user,
        password=_password("imap", config.imap_user) or "",
    )


def check_smtp(settings: MailSettings) -> str:
    """'Probar conexión': connect, secure, log in, NOOP; a Spanish sentence either way."""
    try:
        if settings.security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=10, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=10)
            if settings.security == "starttls":
                client.starttls(context=ssl.create_default_context())
        with client:
            if settings.user:
                client.login(settings.user, settings.password or "")
            client.noop()
    except smtplib.SMTPAuthenticationError:
        return "El servidor de correo rechazó el usuario o la contraseña."
    except (OSError, smtplib.SMTPException) as error:
        return f"No se pudo conectar con {settings.host}:{settings.port}: {error}."
    return f"Conexión correcta con {settings.host}:{settings.port}."


def check_imap(settings: ImapSettings) -> str:
    try:
        if settings.security == "ssl":
            client: imaplib.IMAP4 = imaplib.IMAP4_SSL(
                settings.host, settings.port, ssl_context=ssl.create_default_context()
            )
        else:
            client = imaplib.IMAP4(settings.host, settings.port)
            if settings.security == "starttls":
                client.starttls(ssl.create_default_context())
        client.login(settings.user, settings.password)
        client.select(settings.mailbox, readonly=True)
        client.logout()
    except imaplib.IMAP4.error:
        return "El buzón rechazó el usuario o la contraseña."
    except OSError as error:
        return f"No se pudo conectar con {settings.host}:{settings.port}: {error}."
    return f"Conexión correcta con el buzón {settings.user} en {settings.host}."
