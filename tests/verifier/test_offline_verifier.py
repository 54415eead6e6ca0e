"""The offline HTML verifier (resources/verificador/verificador.html) in headless Chromium,
against constancias the app issued, forged ones and ones signed by revoked, retired or unknown
keys; each verdict is also the app's own (verification.verify_text) for the same text.

Chromium is driven over the DevTools protocol on a pipe (tests/verifier/chromium.py): one
browser for the module, one tab per case, the page read once its verdict is in the DOM.  The
QR's own form `<page>/<code>#<digits>` is opened as `verificador.html#<digits>`; every other
form (CLA1:…, the full URL, bare digits, damaged text) is typed into the page's text box and
its button pressed, as a person pasting the QR's text does.  Under CI=true a missing Chromium
fails the tests; elsewhere they are skipped.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import select
from sqlmodel import Session

from cla_desktop.domain.constancia import RequesterType, Snapshot
from cla_desktop.domain.constancia_payload import QR_PREFIX, signed_bytes
from cla_desktop.domain.constancia_payload import qr_text as payload_qr_text
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.paths import resources_dir
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.constancias.issuance import VERIFICATION_BASE, issue_constancia
from cla_desktop.services.constancias.keys import (
    fingerprint,
    revoke_key,
    rotate_key,
    unb64,
    workstation_key,
)
from cla_desktop.services.constancias.offline_verifier import (
    MARKER,
    render_offline_verifier,
    trust_data,
)
from cla_desktop.services.constancias.trust_lists import import_trust_list, publish_trust_list
from cla_desktop.services.constancias.verification import verify_text
from cla_desktop.services.settings_store import set_office, set_setting
from cla_desktop.services.students import add_student
from cla_desktop.store.database import make_engine
from cla_desktop.store.models import Constancia, SigningKey
from tests.conftest import IN_CI, new_database_url
from tests.services.constancia_world import NOW, adult_with_secundaria, minor_with_primaria
from tests.services.people import enroll, school
from tests.support.qr_forgery import resign
from tests.verifier.chromium import Chromium, Page, find_chromium
from tests.verifier.forge import change_claim_byte, flip_signature_bit

TEMPLATE = resources_dir() / "verificador" / "verificador.html"
PAGE_BASE = "https://www.ugel03.gob.pe/verificar"
URUBAMBA = "080013"
RIMAC = "150103"


def _actor(workstation: str, role: Role = Role.OPERADOR) -> Actor:
    return Actor(f"u-{workstation}", role, workstation=workstation)


ADMIN = _actor("ventanilla-1", Role.ADMINISTRADOR)


# ------------------------------------------------------------------ the browser
@pytest.fixture(scope="module")
def browser():
    executable = find_chromium()
    if executable is None:
        message = "No hay Chromium (paquete Debian «chromium»; scripts/test.sh lo instala)."
        if IN_CI:
            pytest.fail(f"Chromium es obligatorio en CI: {message}")
        pytest.skip(message)
    chromium = Chromium(executable)
    try:
        yield chromium
    finally:
        chromium.close()


READ_RESULT = """(() => {
  const box = document.getElementById("resultado");
  if (!document.documentElement.dataset.listo || !box || box.dataset.n !== "%s") return null;
  const title = document.getElementById("veredicto");
  const style = getComputedStyle(title);
  const fields = {};
  for (const dd of box.querySelectorAll("[data-campo]")) fields[dd.dataset.campo] = dd.textContent;
  const years = Array.from(box.querySelectorAll("#anios tr")).slice(1)
    .map((tr) => Array.from(tr.cells, (td) => td.textContent));
  const expired = document.getElementById("vencida");
  return {
    verdict: box.dataset.veredicto, reason: box.dataset.motivo, title: title.textContent,
    message: document.getElementById("mensaje").textContent, fields, years,
    color: style.color, size: parseFloat(style.fontSize),
    trust: document.getElementById("confianza").textContent,
    origin: document.getElementById("origen").textContent,
    expired: expired.hidden ? "" : expired.textContent,
    injected: document.querySelectorAll("#inyectado").length,
  };
})()"""


@dataclass
class Shown:
    verdict: str
    reason: str
    title: str
    message: str
    fields: dict
    years: list
    color: str
    size: float
    trust: str
    origin: str
    expired: str
    injected: int


def _finish(page: Page, n: str) -> Shown:
    try:
        shown = Shown(**page.wait_for(READ_RESULT % n))
    finally:
        page.close()
    # Nothing but the file itself is loaded, and nothing throws.
    assert all(url.startswith("file://") for url in page.log.requests), page.log.requests
    assert not page.log.exceptions, page.log.exceptions
    return shown


def open_fragment(browser: Chromium, html: Path, fragment: str) -> Shown:
    """The page opened as a QR's address opens it: the payload after '#'."""
    page = browser.open_page(f"{html.as_uri()}#{fragment}")
    return _finish(page, "1")


def paste(browser: Chromium, html: Path, text: str) -> Shown:
    """Text typed (pasted or scanned) into the box, then «Verificar»."""
    page = browser.open_page(html.as_uri())
    page.wait_for("document.documentElement.dataset.listo === '1'")
    page.evaluate(
        f"document.getElementById('texto').value = {json.dumps(text)}; "
        "document.getElementById('verificar').click(); true"
    )
    return _finish(page, "1")


def fragment_of(qr: str) -> str:
    return qr.rsplit("#", 1)[1]


# ------------------------------------------------------------------ the offices
def _issue(session: Session, actor: Actor, student: int, nivel: Nivel, **extra):
    values = dict(
        student_id=student,
        nivel=nivel,
        requester_type=RequesterType.TITULAR,
        motivo="Trámite laboral",
        now=NOW,
    )
    values.update(extra)
    issued = issue_constancia(session, actor, **values)
    session.commit()
    return issued


def adult_with_primaria(session: Session, surname: str, dni: str) -> int:
    student = add_student(
        session,
        SYSTEM,
        apellido_paterno=surname,
        apellido_materno="Condori",
        nombres="Rosa Elena",
        document_number=dni,
        fecha_nacimiento=datetime(2004, 2, 3).date(),
    ).id
    prim = school(session, "PRIMARIA")
    for year, grado in ((2011, 1), (2012, 2), (2013, 3)):
        enroll(session, student, year, "PRIMARIA", grado, school_id=prim.id)
    session.commit()
    return student


@dataclass
class Issued:
    digits_qr: str  # <page>/<code>#<digits>: VÁLIDA
    cla1_qr: str  # CLA1:…: VÁLIDA, its key rotated afterwards
    revoked_qr: str  # key revoked from the day before
    retired_qr: str  # key retired an hour before the issue
    too_early_qr: str  # key revoked (later), but created after the issue moment
    code: str
    cla1_code: str
    key_id: str


def issue_everything(session: Session) -> Issued:
    set_office(session, SYSTEM, URUBAMBA)
    set_setting(session, ADMIN, VERIFICATION_BASE, PAGE_BASE)
    session.commit()
    first = _issue(
        session, _actor("ventanilla-1"), adult_with_secundaria(session), Nivel.SECUNDARIA
    )
    set_setting(session, ADMIN, VERIFICATION_BASE, "")
    session.commit()
    second = _issue(
        session,
        _actor("ventanilla-5"),
        minor_with_primaria(session),
        Nivel.PRIMARIA,
        requester_type=RequesterType.MADRE,
        requester_document="41234567",
        requester_name="Rosa Mamani Ccori",
    )
    rotate_key(session, _actor("ventanilla-5", Role.ADMINISTRADOR))  # after the issue: still VÁLIDA
    session.commit()
    # Three constancias of one student (each replaces the previous), whose keys fail later.
    student = adult_with_primaria(session, "Ccahuana", "40506070")
    revoked = _issue(session, _actor("ventanilla-2"), student, Nivel.PRIMARIA)
    revoke_key(session, ADMIN, revoked.key_id, NOW - timedelta(days=1), "robo del equipo")
    session.get(SigningKey, revoked.key_id).created_at = NOW - timedelta(days=30)
    retired = _issue(session, _actor("ventanilla-3"), student, Nivel.PRIMARIA)
    session.get(SigningKey, retired.key_id).retired_at = NOW - timedelta(hours=1)
    too_early = _issue(session, _actor("ventanilla-4"), student, Nivel.PRIMARIA)
    revoke_key(session, ADMIN, too_early.key_id, datetime(2030, 1, 1, tzinfo=UTC), "equipo dañado")
    session.get(SigningKey, too_early.key_id).created_at = NOW + timedelta(days=1)
    session.commit()
    assert first.qr_text.startswith(f"{PAGE_BASE}/{first.snapshot.codigo_virtual}#")
    assert second.qr_text.startswith(QR_PREFIX)
    return Issued(
        digits_qr=first.qr_text,
        cla1_qr=second.qr_text,
        revoked_qr=revoked.qr_text,
        retired_qr=retired.qr_text,
        too_early_qr=too_early.qr_text,
        code=first.snapshot.codigo_virtual,
        cla1_code=second.snapshot.codigo_virtual,
        key_id=first.key_id,
    )


def first_release_qr(session: Session, issued: Issued) -> str:
    """A constancia as the first release printed it (its own código: not in the register)."""
    row = session.execute(
        select(Constancia).where(Constancia.codigo_virtual == issued.code)
    ).scalar_one()
    snapshot = replace(Snapshot.from_json(row.snapshot), version=1, codigo_virtual="V1V1V1V1")
    key = workstation_key(session, _actor("ventanilla-1"))
    assert key.key_id == issued.key_id
    signature = key.sign(signed_bytes(snapshot, key.key_id))
    text = payload_qr_text(snapshot, key.key_id, unb64(signature))
    assert text.startswith(f"{PAGE_BASE}?c=V1V1V1V1&p=")
    return text


def write_verifier(session: Session, path: Path, **changes) -> Path:
    data = trust_data(session)
    data.update(changes)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_offline_verifier(data), encoding="utf-8")
    return path


def same_as_app(session: Session, text: str, shown: Shown) -> None:
    app = verify_text(session, _actor("ventanilla-9"), text)
    session.commit()
    assert shown.verdict == app.verdict.value, (shown, app)


# ------------------------------------------------------------------ the template itself
def test_template_is_self_contained_with_one_empty_trust_slot():
    html = TEMPLATE.read_text(encoding="utf-8")
    assert html.count(MARKER) == 2
    start = html.index(MARKER) + len(MARKER)
    default = json.loads(html[start : html.index(MARKER, start)])
    assert default == {"claves": [], "oficinas": {}}
    assert "const TRUST = " + MARKER in html
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    for rule in ("default-src 'none'", "script-src 'unsafe-inline'", "style-src 'unsafe-inline'"):
        assert rule in csp
    # No external script, style, font or image; nothing written as markup.
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", html)
    assert not re.search(r"@import|\burl\(|\bfetch\(|XMLHttpRequest|innerHTML|outerHTML", html)
    assert "document.write" not in html and "eval(" not in html


def test_unfilled_template_opens(browser):
    shown = paste(browser, TEMPLATE, "CLA1:NO ES UN QR")
    assert shown.verdict == "ILEGIBLE"
    assert "no tiene claves de confianza" in shown.trust


# ------------------------------------------------------------------ the verdicts
def test_verdicts_in_chromium_are_the_apps(
    browser, backend, engine, memory_keyring, request, tmp_path
):
    with Session(engine) as session:
        issued = issue_everything(session)
        html = write_verifier(session, tmp_path / "urubamba" / "verificador.html")

        # VÁLIDA, opened from the QR's address (digits in the fragment).
        shown = open_fragment(browser, html, fragment_of(issued.digits_qr))
        assert shown.verdict == "VÁLIDA" and shown.title == "VÁLIDA", shown
        assert shown.color == "rgb(22, 101, 52)" and shown.size >= 30
        assert shown.fields["nombre"] == "JOSÉ ÁNGEL ÑAHUI HUAMÁN"
        assert shown.fields["documento"] == "47112233"
        assert shown.fields["nivel"] == "SECUNDARIA"
        assert shown.fields["codigo"] == issued.code
        assert re.fullmatch(r"N\.° \d{8}", shown.fields["correlativo"])
        assert shown.fields["oficina"] == "UGEL URUBAMBA (080013)"
        assert shown.fields["emitida"] == "28 de noviembre de 2026, 10:35 horas (hora de Lima)"
        assert shown.fields["clave"].startswith(fingerprint(issued.key_id))
        assert [row[0] for row in shown.years] == ["2018", "2019", "2020", "2021", "2022"]
        assert shown.years[0][1] == "1.°" and shown.years[-1] == ["2022", "5.°", "PROMOVIDO"]
        assert "reemplazada" in shown.message and "oficina emisora" in shown.message
        assert "Sin lista de confianza importada" in shown.trust
        assert "UGEL URUBAMBA" in shown.origin and not shown.expired
        same_as_app(session, issued.digits_qr, shown)

        # VÁLIDA in every pasted form: the full address, bare digits, CLA1: (any case).
        for text in (
            issued.digits_qr,
            fragment_of(issued.digits_qr),
            issued.cla1_qr,
            "cla1:" + issued.cla1_qr[len(QR_PREFIX) :],
            f"  {issued.cla1_qr}\n",
        ):
            shown = paste(browser, html, text)
            assert shown.verdict == "VÁLIDA", (text, shown)
            same_as_app(session, text, shown)
        assert shown.fields["nivel"] == "PRIMARIA"
        assert shown.fields["codigo"] == issued.cla1_code
        assert shown.fields["documento"] == "77889900"
        # A CLA1: text may also travel percent-encoded in the fragment.
        shown = open_fragment(browser, html, quote(issued.cla1_qr, safe=""))
        assert shown.verdict == "VÁLIDA"

        # The first release's QR (snapshot version 1, signed JSON in the query string).
        first_release = first_release_qr(session, issued)
        shown = paste(browser, html, first_release)
        assert shown.verdict == "VÁLIDA", shown
        assert shown.fields["codigo"] == "V1V1V1V1" and shown.fields["documento"] == "47112233"
        # The app, holding this office's register, knows more than the page: a código its own
        # key signed that is not in the register is a stolen key's work (or an old backup).
        at_home = verify_text(session, _actor("ventanilla-9"), first_release)
        session.commit()
        assert at_home.verdict.value == "FALSIFICADA", at_home
        assert "no figura en su registro" in at_home.message
        forged_v1 = first_release[:-2] + ("AA" if not first_release.endswith("AA") else "BB")
        shown = paste(browser, html, forged_v1)
        assert shown.verdict == "FALSIFICADA", shown
        same_as_app(session, forged_v1, shown)

        # FALSIFICADA: one byte of the claims changed, or one bit of the signature.
        forged = [
            ("fragment", change_claim_byte(issued.digits_qr, b"47112233", b"47112234")),
            ("fragment", flip_signature_bit(issued.digits_qr)),
            ("paste", change_claim_byte(issued.cla1_qr, b"ILLARI", b"ILLARY")),
            ("paste", flip_signature_bit(issued.cla1_qr, 63)),
            ("paste", change_claim_byte(issued.digits_qr, b"080013", b"080014")),
        ]
        for how, text in forged:
            shown = (
                open_fragment(browser, html, fragment_of(text))
                if how == "fragment"
                else paste(browser, html, text)
            )
            assert shown.verdict == "FALSIFICADA", (how, shown)
            assert shown.color == "rgb(185, 28, 28)"
            assert "alterada" in shown.message and "nombre" not in shown.fields
            same_as_app(session, text, shown)

        # A stolen key speaking for another office: a genuine signature, a false office.
        stolen = workstation_key(session, _actor("ventanilla-1")).private
        posing = resign(issued.digits_qr, {4: "040002"}, stolen)
        shown = paste(browser, html, posing)
        assert shown.verdict == "FALSIFICADA" and "clave de" in shown.message, shown
        same_as_app(session, posing, shown)

        # CLAVE REVOCADA: revoked before the issue; retired before it; created after it.
        for text, words in (
            (issued.revoked_qr, "revocada desde el 27 de noviembre de 2026 (robo del equipo)"),
            (issued.retired_qr, "dada de baja antes de la fecha"),
            (issued.too_early_qr, "revocada desde el 31 de diciembre de 2029 (equipo dañado)"),
        ):
            shown = paste(browser, html, text)
            assert shown.verdict == "CLAVE REVOCADA", shown
            assert words in shown.message, shown.message
            same_as_app(session, text, shown)

        # ILEGIBLE: cut short, a changed digit, other text, a double scan.
        digits = fragment_of(issued.digits_qr)
        for how, text in (
            ("paste", issued.cla1_qr[:-12]),
            ("paste", issued.cla1_qr[:5] + "%%%" + issued.cla1_qr[8:]),
            ("fragment", digits[: len(digits) // 2]),
            ("fragment", "9" + digits[1:]),
            ("paste", "hola, esto no es un QR"),
            ("paste", issued.cla1_qr + issued.cla1_qr),
        ):
            shown = (
                open_fragment(browser, html, text)
                if how == "fragment"
                else paste(browser, html, text)
            )
            assert shown.verdict == "ILEGIBLE", (text, shown)
        assert "dos códigos seguidos" in shown.message

        # Another office, with its own database: the key is unknown there.
        (tmp_path / "rimac").mkdir()
        other_url = new_database_url(backend, request, tmp_path / "rimac")
        other_engine = make_engine(other_url)
        try:
            with Session(other_engine) as other:
                set_office(other, SYSTEM, RIMAC)
                other.commit()
                elsewhere = write_verifier(other, tmp_path / "rimac" / "verificador.html")
                shown = open_fragment(browser, elsewhere, fragment_of(issued.digits_qr))
                assert shown.verdict == "NO VERIFICABLE AQUÍ", shown
                assert shown.color == "rgb(180, 83, 9)"
                assert "UGEL URUBAMBA (080013) el 28 de noviembre de 2026" in shown.message
                assert "Puede ser auténtica" in shown.message
                assert "lista de confianza" in shown.message
                assert "nombre" not in shown.fields and shown.fields["codigo"] == issued.code
                assert "UGEL 02 RÍMAC" in shown.origin
                same_as_app(other, issued.digits_qr, shown)
                # So it is for the template as shipped (no keys at all).
                shown = open_fragment(browser, TEMPLATE, fragment_of(issued.digits_qr))
                assert shown.verdict == "NO VERIFICABLE AQUÍ", shown
                assert str(URUBAMBA) in shown.message
                # A forged one is as unknown there as a genuine one.
                shown = paste(browser, elsewhere, flip_signature_bit(issued.cla1_qr))
                assert shown.verdict == "NO VERIFICABLE AQUÍ"

                # After importing Urubamba's signed trust list: VÁLIDA, revocations included.
                listing = tmp_path / "urubamba.json"
                publish_trust_list(session, ADMIN, listing)
                session.commit()
                import_trust_list(
                    other,
                    _actor("rimac-1", Role.ADMINISTRADOR),
                    listing,
                    confirm_fingerprint=fingerprint(issued.key_id),
                )
                other.commit()
                listed = write_verifier(other, tmp_path / "rimac" / "con-lista.html")
                shown = open_fragment(browser, listed, fragment_of(issued.digits_qr))
                assert shown.verdict == "VÁLIDA", shown
                today = datetime.now(UTC)
                assert f"Lista de confianza al {today:%d/%m/%Y}, vigente hasta el " in shown.trust
                same_as_app(other, issued.digits_qr, shown)
                shown = paste(browser, listed, issued.revoked_qr)
                assert shown.verdict == "CLAVE REVOCADA"
                same_as_app(other, issued.revoked_qr, shown)
                # Once the list is past its validity the page says so.
                stale = write_verifier(
                    other,
                    tmp_path / "rimac" / "vencida.html",
                    vigente_hasta="2026-01-31",
                )
                shown = open_fragment(browser, stale, fragment_of(issued.digits_qr))
                assert shown.verdict == "VÁLIDA"
                assert "VENCIDA desde el 31/01/2026" in shown.expired
        finally:
            other_engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_embedded_names_are_shown_as_text_never_as_markup(
    browser, engine, memory_keyring, tmp_path
):
    with Session(engine) as session:
        issued = issue_everything(session)
        data = trust_data(session)
    marked_up = '<b id="inyectado">UGEL</b> <!--<script>'
    data["oficinas"][URUBAMBA] = marked_up
    for key in data["claves"]:
        key["revoked_reason"] = key["revoked_reason"] and marked_up + "</script>"
    html = tmp_path / "v.html"
    html.write_text(render_offline_verifier(data), encoding="utf-8")
    shown = open_fragment(browser, html, fragment_of(issued.digits_qr))
    assert shown.verdict == "VÁLIDA" and shown.injected == 0
    assert shown.fields["oficina"] == f"{marked_up} (080013)"
    shown = paste(browser, html, issued.revoked_qr)
    assert shown.verdict == "CLAVE REVOCADA" and marked_up in shown.message
