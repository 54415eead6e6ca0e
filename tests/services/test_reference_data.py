import pytest
from sqlmodel import Session, func, select

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.reference_data import load_reference_data, nivel_from_padron
from cla_desktop.store.models import Office, School, Ubigeo


def _count(session, model, *where):
    return session.exec(select(func.count()).select_from(model).where(*where)).one()


def test_real_reference_data_is_loaded_by_the_database_setup(engine):
    with Session(engine) as session:
        assert _count(session, Office, Office.kind == "DRE") == 26
        assert _count(session, Office, Office.kind == "UGEL") == 224
        assert session.get(Office, "150104").name == "UGEL 03 BREÑA"
        assert session.get(Office, "080013").dre_code == "080000"
        assert _count(session, School, School.synthetic == False) == 275  # noqa: E712
        assert _count(session, Ubigeo, Ubigeo.level == "DISTRITO") == 1893
        breña = session.exec(select(Ubigeo).where(Ubigeo.inei == "150105")).one()
        assert (breña.distrito, breña.reniec) == ("BREÑA", "140104")
        school = session.exec(select(School).where(School.codigo_modular == "0403691")).one()
        assert (school.name, school.nivel, school.ugel_code) == (
            "217 NIÑO DE PRAGA",
            "INICIAL",
            "080013",
        )


def test_reloading_is_idempotent_and_skipped_when_unchanged(engine):
    with Session(engine) as session:
        assert load_reference_data(session, SYSTEM).skipped
        summary = load_reference_data(session, SYSTEM, force=True)
        session.commit()
        assert (summary.offices, summary.schools) == (250, 275)
        assert _count(session, School) == 275
        assert _count(session, Ubigeo) == 25 + 196 + 1893


def test_loading_reference_data_needs_an_administrator(engine):
    with Session(engine) as session, pytest.raises(PermissionError, match="administrador"):
        load_reference_data(session, Actor("ana", Role.OPERADOR), force=True)


def test_padron_nivel_texts():
    assert nivel_from_padron("Inical No Escolarizado").value == "INICIAL"
    assert nivel_from_padron("Secundaria").value == "SECUNDARIA"
    assert nivel_from_padron("Técnico Productiva") is None
