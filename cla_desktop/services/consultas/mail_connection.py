"""Opening SMTP and IMAP connections, one way for every caller (outbox, replies, the
'Probar conexión' buttons): the chosen security, a timeout, then the login."""

from __future__ import annotations

import base64
import imaplib
import smtplib
import ssl

from cla_desktop.services.consultas.mail_settings import ImapSettings, MailSettings


class MailPasswordMissing(ValueError):
    """A user is configured but this computer holds no password for it: logging in with an
    empty one would be reported by the server as a wrong password, hiding the real cause."""

    def __init__(self, kind: str, user: str) -> None:
        variable = "CLA_SMTP_PASSWORD" if kind == "SMTP" else "CLA_IMAP_PASSWORD"
        super().__init__(
            f"Este equipo no tiene guardada la contraseña del correo de la oficina "
            f"({kind}, usuario {user}): un administrador debe escribirla en Administración → "
            f"Correo para consultas en este equipo (se guarda en su llavero), o defina "
            f"{variable} para un script."
        )


def open_smtp(settings: MailSettings) -> smtplib.SMTP:
    """Connected, secured and logged in (when a user is set); the caller closes it."""
    if settings.user and settings.password is None:
        raise MailPasswordMissing("SMTP", settings.user)
    context = ssl.create_default_context()
    if settings.security == "ssl":
        client: smtplib.SMTP = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout, context=context
        )
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    try:
        if settings.security == "starttls":
            client.starttls(context=context)
        if settings.user:
            _login(client, settings.user, settings.password or "")
    except BaseException:
        client.close()
        raise
    return client


def _login(client: smtplib.SMTP, user: str, password: str) -> None:
    """smtplib encodes the login as ASCII and fails on "ñ" or an accent, common in passwords
    chosen in Spanish: those go as AUTH PLAIN in UTF-8 (RFC 4616), which servers accept."""
    if (user + password).isascii():
        client.login(user, password)
        return
    client.ehlo_or_helo_if_needed()
    if not client.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode()
    code, reply = client.docmd("AUTH", f"PLAIN {token}")
    if code not in (235, 503):
        raise smtplib.SMTPAuthenticationError(code, reply)


def open_imap(settings: ImapSettings) -> imaplib.IMAP4:
    """Connected, secured and logged in; the caller logs out."""
    if settings.user and not settings.password:
        raise MailPasswordMissing("IMAP", settings.user)
    context = ssl.create_default_context()
    if settings.security == "ssl":
        client: imaplib.IMAP4 = imaplib.IMAP4_SSL(
            settings.host, settings.port, ssl_context=context, timeout=settings.timeout
        )
    else:
        client = imaplib.IMAP4(settings.host, settings.port, timeout=settings.timeout)
    try:
        if settings.security == "starttls":
            client.starttls(context)
        client.login(settings.user, settings.password)
    except BaseException:
        client.shutdown()
        raise
    return client
