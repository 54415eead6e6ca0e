"""Loading and saving this workstation's settings: the file, the secrets, the database."""

from __future__ import annotations

import dataclasses
import logging
import os
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.services.settings.model import Settings, validate
from cla_desktop.services.settings.office_sync import pull_office_settings, push_office_settings
from cla_desktop.services.settings.secrets import SecretPlace, secret_store
from cla_desktop.services.settings.toml_file import load_settings, save_settings, settings_path
from cla_desktop.store import migrator
from cla_desktop.store.database import (
    ENV_DATABASE_URL,
    check_connection,
    describe,
    make_engine,
    resolve_url,
)
from cla_desktop.store.errors import DatabaseError

log = logging.getLogger(__name__)

# Sections that belong to this workstation only (the rest is shared through the database).
LOCAL_SECTIONS = ("database", "printer", "session")


def configured_database_url(explicit: str | None = None, *, demo: bool = False) -> URL:
    """--database, else CLA_DATABASE_URL, else the demo file, else the settings file's choice
    (with its password from the secret store), else the user's SQLite file."""
    if explicit or os.environ.get(ENV_DATABASE_URL) or demo:
        return resolve_url(explicit, demo=demo)
    database = load_settings().database
    password = secret_store().get(database.secret_name) if database.kind == "postgresql" else None
    url = database.url(password)
    return url if url is not None else resolve_url(None)


def check_database(settings: Settings, password: str | None) -> str:
    """'Probar conexión': a Spanish sentence either way; nothing is changed."""
    url = settings.database.url(password) or resolve_url(None)
    try:
        engine = make_engine(url)
        try:
            check_connection(engine)
            revision = migrator.ensure_known_revision(engine)
        finally:
            engine.dispose()
    except DatabaseError as error:
        return str(error)
    state = "sin tablas aún (se crearán al abrirla)" if revision is None else "lista para usar"
    return f"Conexión correcta: {describe(url)}, {state}."


def _local_changes(before: Settings, after: Settings) -> list[tuple[str, dict]]:
    changes = []
    for section in LOCAL_SECTIONS:
        old = dataclasses.asdict(getattr(before, section))
        new = dataclasses.asdict(getattr(after, section))
        for key, value in new.items():
            if old.get(key) != value:
                changes.append((f"{section}.{key}", {"antes": old.get(key), "ahora": value}))
    return changes


class WorkstationSettings:
    """The settings file of this workstation and the database it is connected to."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()

    def load(self, engine: Engine | None = None) -> Settings:
        settings = load_settings(self.path)
        if engine is None:
            return settings
        with Session(engine) as session:
            merged = pull_office_settings(session, settings)
        if merged != settings:
            try:
                save_settings(merged, self.path)  # the file follows the office's database
            except OSError as error:
                log.warning("No se actualizó %s: %s", self.path, error)
        return merged

    def save(
        self,
        engine: Engine,
        actor: Actor,
        settings: Settings,
        *,
        database_password: str | None = None,
        place: SecretPlace = SecretPlace.KEYRING,
    ) -> None:
        """Secrets first (a missing keyring stops everything before anything is written), then
        the database's office-wide values in one audited transaction, then the file."""
        actor.require(Role.ADMINISTRADOR)
        validate(settings)
        before = load_settings(self.path)
        if database_password:
            secret_store().put(settings.database.secret_name, database_password, place)
        with Session(engine) as session:
            push_office_settings(session, actor, settings)
            for key, detail in _local_changes(before, settings):
                record(
                    session,
                    actor,
                    AuditAction.SETTING_CHANGED,
                    subject=f"equipo {actor.workstation}: {key}",
                    detail=detail,
                )
            session.commit()
        save_settings(settings, self.path)
