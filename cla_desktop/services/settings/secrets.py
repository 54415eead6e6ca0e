"""Passwords (database, SMTP, IMAP): the OS keyring, or what the user chose when there is none.

Without a keyring the app says so and asks: keep the password for this session only (memory),
or, after explicit consent, in a separate file readable only by this OS user.  Nothing falls
back to plain text silently, and the settings file never holds a secret.
"""

from __future__ import annotations

import logging
import os
import tomllib
from enum import StrEnum
from pathlib import Path

import keyring
import keyring.errors

from cla_desktop.paths import AppPaths

log = logging.getLogger(__name__)

KEYRING_SERVICE = "cla-desktop"
NO_KEYRING = (
    "Este equipo no tiene un llavero del sistema donde guardar contraseñas de forma segura."
)


class SecretPlace(StrEnum):
    KEYRING = "keyring"
    SESSION = "sesion"  # memory only, gone when the app closes
    CONSENTED_FILE = "archivo"  # plain text, only after the user said yes


class SecretStore:
    """Where secrets are read from and written to, in that order of preference."""

    def __init__(self, consented_file: Path | None = None) -> None:
        self.consented_file = consented_file or AppPaths.current().config / "secretos.toml"
        self._session: dict[str, str] = {}

    def keyring_available(self) -> bool:
        try:
            keyring.get_password(KEYRING_SERVICE, "comprobacion")
        except keyring.errors.KeyringError:
            return False
        return True

    def get(self, name: str) -> str | None:
        try:
            value = keyring.get_password(KEYRING_SERVICE, name)
        except keyring.errors.KeyringError:
            value = None
        if value is not None:
            return value
        if name in self._session:
            return self._session[name]
        return self._file_secrets().get(name)

    def put(self, name: str, value: str, place: SecretPlace = SecretPlace.KEYRING) -> None:
        """Store where asked; asking for the keyring when there is none raises, so the caller
        can ask the user instead of deciding for them."""
        if place is SecretPlace.KEYRING:
            try:
                keyring.set_password(KEYRING_SERVICE, name, value)
            except keyring.errors.KeyringError as error:
                raise KeyringMissing(NO_KEYRING) from error
            return
        if place is SecretPlace.SESSION:
            self._session[name] = value
            return
        secrets = self._file_secrets()
        secrets[name] = value
        self._write_file(secrets)
        log.warning("Contraseña %s guardada sin cifrar con consentimiento del usuario", name)

    def _file_secrets(self) -> dict[str, str]:
        try:
            return dict(tomllib.loads(self.consented_file.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}
        except (OSError, tomllib.TOMLDecodeError):
            log.warning("No se pudo leer %s", self.consented_file)
            return {}

    def _write_file(self, secrets: dict[str, str]) -> None:
        import tomlkit

        self.consented_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.consented_file.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("# Contraseñas SIN CIFRAR, guardadas con autorización del usuario.\n")
            handle.write(tomlkit.dumps(secrets))
        os.replace(tmp, self.consented_file)


class KeyringMissing(RuntimeError):
    """No OS keyring: the caller must ask where the secret may go."""


_store: SecretStore | None = None


def secret_store() -> SecretStore:
    """The process-wide store (its session memory lives as long as the app)."""
    global _store
    if _store is None:
        _store = SecretStore()
    return _store


def reset_secret_store() -> None:
    """Tests and a database switch start from an empty session memory."""
    global _store
    _store = None
