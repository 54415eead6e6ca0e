"""Three offices, three databases, three keyrings: a UGEL in Cusco issues, its DRE publishes a
signed trust list, a UGEL in Arequipa verifies.  NO VERIFICABLE AQUÍ before the list, VÁLIDA
after it, FALSIFICADA when altered, CLAVE REVOCADA after a revocation; rotation keeps what was
issued before.  On SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from cla_desktop.domain.constancia import RequesterType
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.constancias.issuance import issue_constancia
from cla_desktop.services.constancias.keys import (
    aware,
    b64,
    fingerprint,
    revoke_key,
    rotate_key,
    workstation_key,
)
from cla_desktop.services.constancias.trust_lists import (
    SignerNotTrusted,
    import_trust_list,
    publish_trust_list,
)
from cla_desktop.services.constancias.trust_overview import trust_status
from cla_desktop.services.constancias.trust_signers import canonical
from cla_desktop.services.constancias.verification import Verdict, verify_text
from cla_desktop.services.settings_store import set_office
from cla_desktop.store.database import make_engine
from cla_desktop.store.models import SigningKey
from tests.conftest import new_database_url
from tests.services.constancia_world import NOW, adult_with_secundaria
from tests.support.memory_keyring import MemoryKeyring
from tests.support.qr_forgery import cose_parts, resign, retouch_claims

URUBAMBA, DRE_CUSCO, AREQUIPA_SUR = "080013", "080000", "040002"


@dataclass
class Office:
    """One office: its own database and its own OS keyring."""

    engine: Engine
    keyring: MemoryKeyring
    clerk: Actor
    admin: Actor

    @contextlib.contextmanager
    def session(self):
        previous = keyring.get_keyring()
        keyring.set_keyring(self.keyring)
        try:
            with Session(self.engine) as session:
                yield session
        finally:
            keyring.set_keyring(previous)


@pytest.fixture
def offices(request, backend, tmp_path, memory_keyring):
    made = {}
    for code in (URUBAMBA, DRE_CUSCO, AREQUIPA_SUR):
        folder = tmp_path / code
        folder.mkdir()
        office = Office(
            make_engine(new_database_url(backend, request, folder)),
            MemoryKeyring(),
            Actor("ana", Role.OPERADOR, workstation=f"ventanilla-{code}"),
            Actor("it", Role.ADMINISTRADOR, workstation=f"ventanilla-{code}"),
        )
        with office.session() as session:
            set_office(session, SYSTEM, code)
            session.commit()
        made[code] = office
    yield made
    for office in made.values():
        office.engine.dispose()


def _issue(office: Office, student_id: int | None = None, now=NOW):
    with office.session() as session:
        student = student_id or adult_with_secundaria(session)
        issued = issue_constancia(
            session,
            office.clerk,
            student_id=student,
            nivel=Nivel.SECUNDARIA,
            requester_type=RequesterType.TITULAR,
            motivo="Trámite laboral",
            now=now,
        )
        session.commit()
        return issued, student


def _verify(office: Office, text: str):
    with office.session() as session:
        result = verify_text(session, office.clerk, text)
        session.commit()
        return result


def _publish(office: Office, path: Path, days: int = 90) -> Path:
    with office.session() as session:
        publish_trust_list(session, office.admin, path, valid_days=days)
        session.commit()
    return path


def _import(office: Office, path: Path, confirm: str | None = None):
    with office.session() as session:
        outcome = import_trust_list(session, office.admin, path, confirm_fingerprint=confirm)
        session.commit()
        return outcome


def _signer(path: Path) -> str:
    return json.loads(path.read_text(encoding="utf-8"))["firma"]["key_id"]


def _network(offices, tmp_path):
    """Urubamba's list confirmed at the DRE, the DRE's list confirmed at Arequipa."""
    ugel, dre, other = offices[URUBAMBA], offices[DRE_CUSCO], offices[AREQUIPA_SUR]
    ugel_list = _publish(ugel, tmp_path / "urubamba.json")
    _import(dre, ugel_list, fingerprint(_signer(ugel_list)))
    dre_list = _publish(dre, tmp_path / "dre-cusco.json")
    _import(other, dre_list, fingerprint(_signer(dre_list)))
    return ugel, dre, other


def test_a_constancia_from_another_office(offices, tmp_path):
    ugel, dre, other = offices[URUBAMBA], offices[DRE_CUSCO], offices[AREQUIPA_SUR]
    issued, _ = _issue(ugel)
    before = _verify(other, issued.qr_text)
    assert before.verdict is Verdict.NO_VERIFICABLE
    assert "UGEL URUBAMBA (080013)" in before.message and "lista de confianza" in before.message
    assert before.names == "JOSÉ ÁNGEL ÑAHUI HUAMÁN"  # what it claims, to compare with the paper

    ugel_list = _publish(ugel, tmp_path / "urubamba.json")
    with pytest.raises(SignerNotTrusted) as refused:
        _import(dre, ugel_list)
    assert refused.value.fingerprint == fingerprint(_signer(ugel_list))
    with pytest.raises(ValueError, match="huella indicada no es"):
        _import(dre, ugel_list, "0000-0000-0000-0000")
    assert _import(dre, ugel_list, refused.value.fingerprint).added >= 1
    dre_list = _publish(dre, tmp_path / "dre-cusco.json")
    assert _verify(other, issued.qr_text).verdict is Verdict.NO_VERIFICABLE
    _import(other, dre_list, fingerprint(_signer(dre_list)))

    after = _verify(other, issued.qr_text)
    assert after.verdict is Verdict.VALIDA and not after.in_register
    assert after.office == "UGEL URUBAMBA (080013)"
    assert [y[0] for y in after.years] == [2018, 2019, 2020, 2021, 2022]
    forged = retouch_claims(issued.qr_text, {10: [[22, 5, 2]]})
    assert _verify(other, forged).verdict is Verdict.FALSIFICADA
    assert _verify(ugel, issued.qr_text).verdict is Verdict.VALIDA  # and at home, in register

    with other.session() as session:
        status = trust_status(session)
        today = date.today()
        assert status.text(today).startswith(f"Lista de confianza al {today:%d/%m/%Y}")
        assert "vigente hasta" in status.text(today)
        assert "VENCIDA" in status.text(today + timedelta(days=91))


def test_revocation_voids_from_its_date_and_keeps_what_came_before(offices, tmp_path):
    ugel, dre, other = _network(offices, tmp_path)
    today = datetime.now(UTC)  # the key was born a moment ago, in _network
    early, student = _issue(ugel, now=today - timedelta(minutes=5))  # within the clocks' skew
    late, _ = _issue(ugel, student, now=today)
    kid = cose_parts(late.qr_text)[1][4].hex()
    with dre.session() as session:
        revoke_key(session, dre.admin, kid, today - timedelta(minutes=2), "robo del equipo")
        session.commit()
    stale = _publish(dre, tmp_path / "dre-cusco-2.json")
    _import(other, _publish(dre, tmp_path / "dre-cusco-3.json"))  # a known anchor: no huella
    revoked = _verify(other, late.qr_text)
    assert revoked.verdict is Verdict.CLAVE_REVOCADA and "robo del equipo" in revoked.message
    assert _verify(other, early.qr_text).verdict is Verdict.VALIDA
    # A revocation is never undone by an older list.
    assert _import(other, tmp_path / "dre-cusco.json").added == 0  # already imported: no-op
    with pytest.raises(ValueError, match="más antigua"):
        _import(other, stale)


def test_rotation_keeps_what_the_old_key_signed(offices, tmp_path):
    ugel = offices[URUBAMBA]
    before, student = _issue(ugel)
    with ugel.session() as session:
        old, new = rotate_key(session, ugel.admin)
        session.commit()
    assert old != new
    after, _ = _issue(ugel, student)
    assert cose_parts(after.qr_text)[1][4].hex() == new
    assert _verify(ugel, after.qr_text).verdict is Verdict.VALIDA
    assert _verify(ugel, before.qr_text).verdict is Verdict.REEMPLAZADA  # valid key, superseded
    assert _verify(ugel, before.snapshot.codigo_virtual).verdict is Verdict.REEMPLAZADA


def test_a_list_altered_or_vouching_for_others_is_not_trusted(offices, tmp_path):
    ugel, _dre, other = _network(offices, tmp_path)
    dre_list = tmp_path / "dre-cusco.json"
    document = json.loads(dre_list.read_text(encoding="utf-8"))
    document["contenido"]["valida_hasta"] = "2099-12-31"
    altered = tmp_path / "alterada.json"
    altered.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ValueError, match="fue alterada"):
        _import(other, altered)
    # Arequipa's own UGEL list, confirmed at Urubamba, cannot vouch for the DRE Cusco's keys.
    other_list = _publish(other, tmp_path / "arequipa.json")
    outcome = _import(ugel, other_list, fingerprint(_signer(other_list)))
    assert outcome.ignored >= 1
    with ugel.session() as session:
        assert trust_status(session).issuers == ("UGEL AREQUIPA SUR",)


def test_every_counter_on_one_database_verifies_the_others(offices):
    ugel = offices[URUBAMBA]
    issued, _ = _issue(ugel)
    second = Office(
        ugel.engine,
        MemoryKeyring(),
        Actor("luis", Role.OPERADOR, workstation="ventanilla-2"),
        Actor("it", Role.ADMINISTRADOR, workstation="ventanilla-2"),
    )
    assert _verify(second, issued.qr_text).verdict is Verdict.VALIDA
    reissued, _ = _issue(second, issued_student_id(ugel, issued))
    assert _verify(ugel, reissued.qr_text).verdict is Verdict.VALIDA
    assert cose_parts(reissued.qr_text)[1][4] != cose_parts(issued.qr_text)[1][4]


def issued_student_id(office: Office, issued) -> int:
    from cla_desktop.store.models import Constancia

    with office.session() as session:
        return session.get(Constancia, issued.constancia_id).student_id


def _stolen_key(office: Office):
    with office.session() as session:
        return workstation_key(session, office.clerk).private


def test_a_stolen_key_speaks_neither_for_another_office_nor_past_its_register(offices, tmp_path):
    ugel, _dre, other = _network(offices, tmp_path)
    issued, _ = _issue(ugel)
    stolen = _stolen_key(ugel)
    elsewhere = resign(issued.qr_text, {4: AREQUIPA_SUR}, stolen)
    posing = _verify(other, elsewhere)
    assert posing.verdict is Verdict.FALSIFICADA and "clave de UGEL URUBAMBA" in posing.message
    assert _verify(ugel, elsewhere).verdict is Verdict.FALSIFICADA
    regraded = resign(issued.qr_text, {10: [[22, 5, 1]]}, stolen)  # same código, other data
    assert _verify(ugel, regraded).verdict is Verdict.FALSIFICADA
    invented = resign(issued.qr_text, {2: "ZZZZ2345"}, stolen)  # a código never issued
    unknown = _verify(ugel, invented)
    assert unknown.verdict is Verdict.FALSIFICADA and "no figura en su registro" in unknown.message


def _relist(office: Office, path: Path, change, name: str) -> Path:
    """The office's own list, changed and signed again with its own key (what a thief or a
    careless publisher could produce)."""
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document["contenido"])
    private = _stolen_key(office)
    document["firma"]["valor"] = b64(private.sign(canonical(document["contenido"])))
    out = path.with_name(name)
    out.write_text(json.dumps(document), encoding="utf-8")
    return out


def test_lists_out_of_time_or_posing_as_another_issuer_are_refused(offices, tmp_path):
    ugel, _dre, other = _network(offices, tmp_path)
    own = _publish(ugel, tmp_path / "urubamba-2.json")
    today = date.today()

    def future(content):
        content["emitida"] = "2030-01-01T00:00:00+00:00"
        content["valida_hasta"] = "2030-03-01"

    def too_long(content):
        content["valida_hasta"] = (today + timedelta(days=800)).isoformat()

    def expired(content):
        content["emitida"] = f"{today - timedelta(days=200)}T10:00:00+00:00"
        content["valida_hasta"] = (today - timedelta(days=100)).isoformat()

    def as_the_dre(content):
        content["emisor"] = {"codigo": DRE_CUSCO, "nombre": "DRE CUSCO", "tipo": "DRE"}

    for change, words in (
        (future, "fecha futura"),
        (too_long, "vigencia imposible"),
        (expired, "venció"),
        (as_the_dre, "dice ser de DRE CUSCO"),
    ):
        with pytest.raises(ValueError, match=words):
            _import(other, _relist(ugel, own, change, f"{change.__name__}.json"))
    with other.session() as session:  # the DRE's genuine list still rules
        assert trust_status(session).issuers == ("DRE CUSCO",)


def test_a_rotation_is_vouched_for_by_the_retired_key(offices, tmp_path):
    ugel, dre, other = _network(offices, tmp_path)
    before, student = _issue(ugel)
    with ugel.session() as session:
        _old, new = rotate_key(session, ugel.admin)
        session.commit()
    after, _ = _issue(ugel, student)
    rotated = _publish(ugel, tmp_path / "urubamba-rotada.json")
    assert json.loads(rotated.read_text(encoding="utf-8"))["aval"]["key_id"] == _old
    outcome = _import(dre, rotated)  # no huella asked: the retired key vouches for the new one
    assert outcome.added == 1
    _import(other, _publish(dre, tmp_path / "dre-cusco-rotada.json"))
    assert _verify(other, after.qr_text).verdict is Verdict.VALIDA
    assert _verify(other, before.qr_text).verdict is Verdict.VALIDA  # issued before: still valid
    with dre.session() as session, ugel.session() as home:
        theirs, ours = session.get(SigningKey, new), home.get(SigningKey, new)
        assert aware(theirs.created_at) == aware(ours.created_at).replace(microsecond=0)


def test_a_constancia_signed_in_its_keys_first_second_survives_a_later_revocation(offices):
    ugel = offices[URUBAMBA]
    first, _ = _issue(ugel, now=datetime.now(UTC))  # the key is born for this very constancia
    kid = cose_parts(first.qr_text)[1][4].hex()
    with ugel.session() as session:
        revoke_key(session, ugel.admin, kid, datetime.now(UTC) + timedelta(days=1), "equipo dañado")
        session.commit()
    assert _verify(ugel, first.qr_text).verdict is Verdict.VALIDA


def _rotated_list(ugel: Office, tmp_path: Path) -> Path:
    with ugel.session() as session:
        rotate_key(session, ugel.admin)
        session.commit()
    return _publish(ugel, tmp_path / "urubamba-rotada.json")


def _replayed(path: Path, name: str) -> Path:
    """The published list re-signed by a stranger's fresh key, the aval kept."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from cla_desktop.services.constancias.keys import key_id_of

    document = json.loads(path.read_text(encoding="utf-8"))
    rogue = Ed25519PrivateKey.generate()
    public = rogue.public_key().public_bytes_raw()
    entry = dict(document["contenido"]["claves"][0])
    entry.update(key_id=key_id_of(public), public_key=b64(public), retired_at=None)
    document["contenido"]["claves"].append(entry)
    document["firma"] = {
        "key_id": key_id_of(public),
        "public_key": b64(public),
        "valor": b64(rogue.sign(canonical(document["contenido"]))),
    }
    out = path.with_name(name)
    out.write_text(json.dumps(document), encoding="utf-8")
    return out


def test_an_aval_cannot_be_replayed_nor_a_retired_key_sign_again(offices, tmp_path):
    ugel, dre, _other = _network(offices, tmp_path)
    rotated = _rotated_list(ugel, tmp_path)
    replay = _replayed(rotated, "replay.json")
    with pytest.raises(SignerNotTrusted):  # the aval names the real successor, not the rogue
        _import(dre, replay)
    assert _import(dre, rotated).added == 1
    with pytest.raises(SignerNotTrusted):  # nor after the genuine one was imported
        _import(dre, _replayed(rotated, "replay-2.json"))
    with dre.session() as session:
        rogue = json.loads((tmp_path / "replay-2.json").read_text())["firma"]["key_id"]
        assert session.get(SigningKey, rogue) is None
    # The retired key (kept in the old laptop's keyring) signs no list of its own.
    old = json.loads(rotated.read_text())["aval"]["key_id"]
    with ugel.session() as session:
        from cla_desktop.services.constancias.keys import previous_key

        retired = previous_key(session, ugel.admin)
    assert retired is not None and retired.key_id == old
    document = json.loads(rotated.read_text(encoding="utf-8"))
    document.pop("aval")
    document["contenido"]["emitida"] = datetime.now(UTC).isoformat()
    public = retired.private.public_key().public_bytes_raw()
    document["firma"] = {
        "key_id": old,
        "public_key": b64(public),
        "valor": b64(retired.private.sign(canonical(document["contenido"]))),
    }
    by_retired = tmp_path / "por-la-retirada.json"
    by_retired.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ValueError, match="dada de baja"):
        _import(dre, by_retired)


def test_odd_lists_and_odd_keys_are_named_not_trusted(offices, tmp_path):
    ugel, _dre, other = _network(offices, tmp_path)
    own = _publish(ugel, tmp_path / "urubamba-3.json")

    def soon(content):
        content["emitida"] = (datetime.now(UTC) + timedelta(hours=23)).isoformat()

    def issuer_text(content):
        content["emisor"] = "UGEL URUBAMBA"

    def naive(content):
        content["emitida"] = datetime.now().replace(tzinfo=None).isoformat()

    for change, words in (
        (soon, "fecha futura"),
        (issuer_text, "incompleta o dañada"),
        (naive, "incompleta o dañada"),
    ):
        with pytest.raises(ValueError, match=words):
            _import(other, _relist(ugel, own, change, f"{change.__name__}.json"))
    issued, _ = _issue(ugel)
    stolen = _stolen_key(ugel)
    future = resign(
        issued.qr_text, {5: int((datetime.now(UTC) + timedelta(days=3)).timestamp())}, stolen
    )
    assert _verify(other, future).verdict is Verdict.FALSIFICADA
    # A key imported without an office vouches for nothing.
    with other.session() as session:
        row = session.get(SigningKey, cose_parts(issued.qr_text)[1][4].hex())
        row.office_code = None
        session.commit()
    assert _verify(other, issued.qr_text).verdict is Verdict.NO_VERIFICABLE
    with other.session() as session:
        session.get(SigningKey, cose_parts(issued.qr_text)[1][4].hex()).office_code = URUBAMBA
        session.commit()
    posing = _verify(other, resign(issued.qr_text, {4: AREQUIPA_SUR}, stolen))
    assert posing.verdict is Verdict.FALSIFICADA
    assert posing.names is None  # a forged code's data are not shown as the constancia's


def test_a_spent_aval_vouches_no_second_successor_anywhere(offices, tmp_path):
    """The retired key of a stolen laptop cannot vouch again at an office that learned the
    rotation from its DRE."""
    ugel, dre, other = _network(offices, tmp_path)
    rotated = _rotated_list(ugel, tmp_path)
    _import(dre, rotated)
    _import(other, _publish(dre, tmp_path / "dre-tras-rotar.json"))
    with ugel.session() as session:
        from cla_desktop.services.constancias.keys import previous_key

        retired = previous_key(session, ugel.admin)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from cla_desktop.services.constancias.keys import key_id_of
    from cla_desktop.services.constancias.trust_signers import aval_bytes

    document = json.loads(rotated.read_text(encoding="utf-8"))
    rogue = Ed25519PrivateKey.generate()
    public = rogue.public_key().public_bytes_raw()
    entry = dict(document["contenido"]["claves"][0])
    entry.update(key_id=key_id_of(public), public_key=b64(public), retired_at=None)
    document["contenido"]["claves"].append(entry)
    document["contenido"]["emitida"] = datetime.now(UTC).isoformat()
    document["firma"] = {
        "key_id": key_id_of(public),
        "public_key": b64(public),
        "valor": b64(rogue.sign(canonical(document["contenido"]))),
    }
    document["aval"] = {
        "key_id": retired.key_id,
        "valor": b64(retired.private.sign(aval_bytes(document["contenido"], document["firma"]))),
    }
    second = tmp_path / "segundo-sucesor.json"
    second.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(SignerNotTrusted):
        _import(other, second)
    with pytest.raises(SignerNotTrusted):
        _import(dre, second)


def test_a_confirmed_signer_must_be_a_known_office_and_dates_must_be_possible(offices, tmp_path):
    ugel, _dre, other = _network(offices, tmp_path)
    own = _publish(ugel, tmp_path / "urubamba-4.json")

    def made_up(content):
        content["emisor"] = {"codigo": "999999", "nombre": "DRE INVENTADA", "tipo": "DRE"}
        for entry in content["claves"]:
            entry["office_code"] = "999999"

    def year_one(content):
        content["emitida"] = "0001-01-01T00:00:00+00:00"

    fresh = offices[DRE_CUSCO]
    invented = _replayed(_relist(ugel, own, made_up, "inventada-0.json"), "inventada.json")
    document = json.loads(invented.read_text(encoding="utf-8"))
    document.pop("aval", None)
    invented.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ValueError, match="no es ninguna DRE ni UGEL"):  # a stranger's key
        _import(offices[AREQUIPA_SUR], invented, fingerprint(_signer(invented)))
    with pytest.raises(ValueError, match="incompleta o dañada"):
        _import(fresh, _relist(ugel, own, year_one, "anio-uno.json"))
    assert other is not None
