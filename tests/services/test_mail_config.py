"""The one mail resolver: the office's stored settings, the keyring's passwords, and the
environment on top only where a variable is set."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.consultas.mail_config import (
    MailConfig,
    MailNotConfigured,
    resolve_mail,
    route_from,
    save_config,
)

ADMIN = Actor("it", Role.ADMINISTRADOR)
STORED = MailConfig(
    smtp_host="smtp.ugel03.gob.pe",
    smtp_port=587,
    smtp_security="starttls",
    smtp_user="consultas",
    dige_mailbox="sistemagestion1@minedu.gob.pe",
    office_mailbox="consultas@ugel03.gob.pe",
    imap_host="imap.ugel03.gob.pe",
    imap_user="consultas",
)


def test_stored_settings_and_keyring_passwords(engine, memory_keyring):
    with Session(engine) as session:
        save_config(session, ADMIN, STORED, "clave-smtp-ñ", "clave-imap")
        session.commit()
        route = resolve_mail(session, env={})
    assert route.configured
    assert (route.smtp.host, route.smtp.port, route.smtp.security) == (
        "smtp.ugel03.gob.pe",
        587,
        "starttls",
    )
    assert route.smtp.user == "consultas" and route.smtp.password == "clave-smtp-ñ"
    assert route.smtp.office_mailbox == "consultas@ugel03.gob.pe"
    assert route.imap is not None and route.imap.password == "clave-imap"
    assert route.imap.timeout > 0 and route.smtp.timeout > 0


def test_environment_on_top_only_where_set(memory_keyring):
    route = route_from(STORED, env={"CLA_SMTP_PORT": "2525", "CLA_OFFICE_MAILBOX": "x@ugel.pe"})
    assert route.smtp.port == 2525 and route.smtp.office_mailbox == "x@ugel.pe"
    assert route.smtp.host == "smtp.ugel03.gob.pe"  # not set: the stored value stays
    assert route.smtp.dige_mailbox == "sistemagestion1@minedu.gob.pe"
    empty = route_from(STORED, env={"CLA_SMTP_HOST": ""})  # set but empty: ignored
    assert empty.smtp.host == "smtp.ugel03.gob.pe"


def test_an_unconfigured_office_cannot_queue(memory_keyring):
    route = route_from(MailConfig(), env={})
    assert not route.configured
    with pytest.raises(MailNotConfigured, match="no está configurado"):
        route.require_configured()
    scripted = route_from(
        MailConfig(),
        env={"CLA_SMTP_HOST": "127.0.0.1", "CLA_OFFICE_MAILBOX": "consultas@ugel03.gob.pe"},
    )
    assert scripted.configured


def test_bad_environment_values_are_sentences(memory_keyring):
    with pytest.raises(ValueError, match="CLA_SMTP_PORT debe ser un número"):
        route_from(STORED, env={"CLA_SMTP_PORT": "veinticinco"})
    with pytest.raises(ValueError, match="CLA_IMAP_SECURITY debe ser none, starttls o ssl"):
        route_from(STORED, env={"CLA_IMAP_SECURITY": "tls1.3"})


def test_saving_checks_what_is_saved(engine, memory_keyring):
    with Session(engine) as session:
        with pytest.raises(ValueError, match="servidor de correo saliente"):
            save_config(session, ADMIN, MailConfig(office_mailbox="c@ugel.gob.pe"))
        with pytest.raises(ValueError, match="dirección de correo válida para la oficina"):
            save_config(session, ADMIN, MailConfig(smtp_host="smtp", office_mailbox="c@u.invalid"))
        with pytest.raises(PermissionError):
            save_config(session, Actor("ana", Role.SUPERVISOR), STORED)


def test_a_password_missing_on_this_computer_is_said_as_such(engine, memory_keyring):
    """Another counter of the office: the settings came with the database, the password
    did not (it lives in each workstation's keyring). Not "wrong password"."""
    from cla_desktop.services.consultas.consulta_service import NewConsulta, create_consulta
    from cla_desktop.services.consultas.mail_config import check_smtp
    from cla_desktop.services.consultas.outbox import enqueue_consulta, send_due
    from tests.support import smtp_server

    controller, recorder = smtp_server.start(credentials=("consultas", "la-clave"))
    try:
        config = MailConfig(
            smtp_host="127.0.0.1",
            smtp_port=controller.port,
            smtp_security="none",
            smtp_user="consultas",
            dige_mailbox="sistemagestion1@minedu.gob.pe",
            office_mailbox="consultas@ugel03.gob.pe",
        )
        with Session(engine) as session:
            save_config(session, ADMIN, config)  # saved here without a password
            route = resolve_mail(session, env={})
            assert route.configured and route.smtp.password is None
            assert "no tiene guardada la contraseña" in check_smtp(route.smtp)
            consulta = create_consulta(
                session, ADMIN, NewConsulta(category="otros", description="Caso de prueba largo.")
            )
            enqueue_consulta(session, ADMIN, consulta, route.smtp)
            session.commit()
        (delivery,) = send_due(engine, route.smtp, "prueba")
        assert delivery.outcome == "REINTENTO"  # waits for the password; not an error
        assert "no tiene guardada la contraseña" in delivery.detail
        assert "Correo para consultas" in delivery.detail
        assert recorder.messages == []
    finally:
        controller.stop()
