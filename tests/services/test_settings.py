"""Settings: one typed TOML file, saved and reloaded, never a secret in it; the keyring or an
explicit choice when there is none; office-wide values shared through the database."""

from __future__ import annotations

import dataclasses
import stat

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.consultas.mail_config import MailConfig, load_config, save_config
from cla_desktop.services.settings.model import (
    DatabaseSettings,
    OfficeIdentity,
    PrinterSettings,
    SessionSettings,
    Settings,
)
from cla_desktop.services.settings.secrets import (
    KeyringMissing,
    SecretPlace,
    reset_secret_store,
    secret_store,
)
from cla_desktop.services.settings.toml_file import load_settings
from cla_desktop.services.settings.workstation import (
    WorkstationSettings,
    check_database,
    configured_database_url,
)
from cla_desktop.services.settings_store import current_office

ADMIN = Actor("admin", Role.ADMINISTRADOR, workstation="ventanilla-1")
SECRETS = ("clave-smtp-ñandú", "clave-imap-987", "clave-postgres-321")


def _full_settings() -> Settings:
    return Settings(
        office=OfficeIdentity("150101", "150104"),
        database=DatabaseSettings("postgresql", "", "db.ugel.local", 5433, "cla_ugel", "cla"),
        printer=PrinterSettings("HP LaserJet ventanilla", 2, "A4", False),
        verification_base="https://ugel.gob.pe/verificar",
        session=SessionSettings(5),
    )


@pytest.fixture(autouse=True)
def fresh_secrets():
    reset_secret_store()
    yield
    reset_secret_store()


def test_saved_and_reloaded_with_no_secret_in_the_file(engine, tmp_path, memory_keyring):
    path = tmp_path / "config.toml"
    settings = _full_settings()
    WorkstationSettings(path).save(engine, ADMIN, settings, database_password=SECRETS[2])
    text = path.read_text(encoding="utf-8")
    for secret in SECRETS:
        assert secret not in text
    assert "password" not in text.lower() and "contraseña" in text  # only the header says so
    assert load_settings(path) == settings
    assert secret_store().get(settings.database.secret_name) == SECRETS[2]
    url = configured_database_url_for(path)
    assert url.host == "db.ugel.local" and url.port == 5433 and url.password == SECRETS[2]
    with Session(engine) as session:
        assert current_office(session).code == "150104"


def configured_database_url_for(path):
    import os

    previous = os.environ.get("CLA_CONFIG")
    os.environ["CLA_CONFIG"] = str(path)
    try:
        return configured_database_url()
    finally:
        if previous is None:
            del os.environ["CLA_CONFIG"]
        else:
            os.environ["CLA_CONFIG"] = previous


def test_comments_survive_and_bad_values_are_explained(engine, tmp_path, memory_keyring):
    path = tmp_path / "config.toml"
    WorkstationSettings(path).save(engine, ADMIN, Settings())
    path.write_text(
        path.read_text(encoding="utf-8") + "# impresora de la ventanilla 2\n", encoding="utf-8"
    )
    changed = dataclasses.replace(Settings(), session=SessionSettings(15))
    WorkstationSettings(path).save(engine, ADMIN, changed)
    assert "# impresora de la ventanilla 2" in path.read_text(encoding="utf-8")
    assert load_settings(path).session.idle_lock_minutes == 15
    path.write_text("[session]\nidle_lock_minutes = 'diez'\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"session\.idle_lock_minutes debe ser un número entero"):
        load_settings(path)
    path.write_text("[session\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no se puede leer"):
        load_settings(path)
    with pytest.raises(ValueError, match="1 a 240 minutos"):
        WorkstationSettings(path).save(
            engine, ADMIN, dataclasses.replace(Settings(), session=SessionSettings(0))
        )


def test_without_a_keyring_nothing_is_stored_silently(engine, tmp_path, monkeypatch):
    monkeypatch.setenv("CLA_HOME", str(tmp_path / "home"))
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        store = secret_store()
        assert not store.keyring_available()
        path = tmp_path / "config.toml"
        settings = _full_settings()
        secret = settings.database.secret_name
        with pytest.raises(KeyringMissing, match="llavero"):
            WorkstationSettings(path).save(engine, ADMIN, settings, database_password=SECRETS[0])
        assert not path.exists()  # nothing half-saved
        assert store.get(secret) is None
        # This session only: in memory, gone with the app.
        WorkstationSettings(path).save(
            engine, ADMIN, settings, database_password=SECRETS[0], place=SecretPlace.SESSION
        )
        assert store.get(secret) == SECRETS[0]
        assert not store.consented_file.exists()
        reset_secret_store()
        assert secret_store().get(secret) is None
        # After explicit consent: a separate file only this OS user can read.
        secret_store().put("smtp/consultas", SECRETS[0], SecretPlace.CONSENTED_FILE)
        consented = secret_store().consented_file
        assert stat.S_IMODE(consented.stat().st_mode) == 0o600
        assert "SIN CIFRAR" in consented.read_text(encoding="utf-8")
        reset_secret_store()
        assert secret_store().get("smtp/consultas") == SECRETS[0]
        assert SECRETS[0] not in path.read_text(encoding="utf-8")
    finally:
        keyring.set_keyring(previous)


def test_office_values_from_the_database_win_over_the_file(engine, tmp_path, memory_keyring):
    first = WorkstationSettings(tmp_path / "a.toml")
    second = WorkstationSettings(tmp_path / "b.toml")
    first.save(engine, ADMIN, _full_settings())
    loaded = second.load(engine)  # another counter, with an empty file
    assert loaded.office == OfficeIdentity("150101", "150104")
    assert loaded.verification_base == "https://ugel.gob.pe/verificar"
    assert loaded.printer == PrinterSettings()  # printers are per workstation


def test_saving_the_settings_never_writes_the_mail_settings(engine, tmp_path, memory_keyring):
    """Configuración once wrote a stale copy of the mail settings back over the ones saved in
    their own dialog meanwhile; now it holds none and writes none."""
    workstation = WorkstationSettings(tmp_path / "config.toml")
    opened = workstation.load(engine)  # Configuración is opened...
    mail = MailConfig(
        smtp_host="smtp.ugel.gob.pe",
        smtp_user="consultas",
        dige_mailbox="sistemagestion1@minedu.gob.pe",
        office_mailbox="consultas@ugel.gob.pe",
    )
    with Session(engine) as session:  # ...the mail dialog saves...
        save_config(session, ADMIN, mail, smtp_password=SECRETS[0])
        session.commit()
    workstation.save(engine, ADMIN, dataclasses.replace(opened, session=SessionSettings(7)))
    with Session(engine) as session:  # ...and Configuración is saved afterwards
        assert load_config(session) == mail
    text = (tmp_path / "config.toml").read_text(encoding="utf-8")
    assert "smtp" not in text and "[mail]" not in text


def test_database_connection_check_is_a_sentence(tmp_path, database_url):
    from sqlalchemy.engine import make_url

    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        settings = Settings(database=DatabaseSettings("sqlite", url.database))
        assert check_database(settings, None).startswith("Conexión correcta: SQLite")
    else:
        settings = Settings(
            database=DatabaseSettings(
                "postgresql", "", url.host, url.port, url.database, url.username
            )
        )
        assert "Conexión correcta: PostgreSQL" in check_database(settings, url.password)
    bad = Settings(database=DatabaseSettings("postgresql", "", "127.0.0.1", 1, "cla", "cla"))
    assert "No se pudo conectar" in check_database(bad, None)
