"""The QR as a phone and a counter scanner meet it: small (version ≤ 10), read from a 100-dpi
render and after a 300→150 dpi downsample, no personal data in a URL, the first release's QR
still verified in its own form, and the PDF's attached data bound to the signature."""

from __future__ import annotations

import dataclasses
import json
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from sqlmodel import Session

from cla_desktop.documents.constancia_attachment import read_attached
from cla_desktop.documents.constancia_pdf import RenderOptions, render_constancia
from cla_desktop.documents.qr import make_qr
from cla_desktop.domain.constancia import RequesterType
from cla_desktop.domain.constancia_payload import read_qr_text, signed_bytes
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.constancias.issuance import VERIFICATION_BASE, issue_constancia
from cla_desktop.services.constancias.keys import b64, workstation_key
from cla_desktop.services.constancias.verification import Verdict, verify_document, verify_text
from cla_desktop.services.settings_store import set_office, set_setting
from tests.services.constancia_world import NOW, adult_with_secundaria

CLERK = Actor("ana", Role.OPERADOR, workstation="ventanilla-1")
ADMIN = Actor("it", Role.ADMINISTRADOR, workstation="ventanilla-1")
PAGE = "https://www.ugel03.gob.pe/verificar"


@pytest.fixture
def world(engine, memory_keyring):
    with Session(engine) as session:
        set_office(session, SYSTEM, "150104")
        session.commit()
        yield session


def _issue(session):
    issued = issue_constancia(
        session,
        CLERK,
        student_id=adult_with_secundaria(session),
        nivel=Nivel.SECUNDARIA,
        requester_type=RequesterType.TITULAR,
        motivo="Trámite laboral",
        now=NOW,
    )
    session.commit()
    return issued


def _zbar(image: Path) -> str:
    return subprocess.run(
        ["zbarimg", "--raw", "--nodbus", "-q", str(image)], capture_output=True, text=True
    ).stdout.strip()


def _renders(pdf: bytes, folder: Path) -> tuple[str, str]:
    """What zbarimg reads at 100 dpi, and at 300 dpi scaled down to 150."""
    path = folder / "c.pdf"
    path.write_bytes(pdf)
    for dpi in ("100", "300"):
        subprocess.run(
            ["pdftoppm", "-r", dpi, "-png", "-f", "1", "-l", "1", str(path), str(folder / dpi)],
            check=True,
        )
    high = next(folder.glob("300*.png"))
    with Image.open(high) as image:
        image.resize((image.width // 2, image.height // 2), Image.Resampling.BILINEAR).save(
            folder / "down.png"
        )
    return _zbar(next(folder.glob("100*.png"))), _zbar(folder / "down.png")


@pytest.mark.parametrize("page", ["", PAGE])
def test_small_and_read_at_low_resolution(world, tmp_path, page):
    if page:
        set_setting(world, ADMIN, VERIFICATION_BASE, page)
        world.commit()
    issued = _issue(world)
    text = issued.qr_text
    assert make_qr(text).version <= 10
    if page:
        address, digits = text.split("#")
        assert address == f"{PAGE}/{issued.snapshot.codigo_virtual}" and digits.isdigit()
    else:
        assert text.startswith("CLA1:") and "http" not in text
    pdf = render_constancia(issued.snapshot, RenderOptions(qr_text=text))
    assert _renders(pdf, tmp_path) == (text, text)
    assert verify_text(world, CLERK, text).verdict is Verdict.VALIDA


def test_a_first_release_qr_still_verifies(world):
    """A version-1 snapshot signed in its own form (JSON in the query string) stays VÁLIDA."""
    issued = _issue(world)
    old = dataclasses.replace(issued.snapshot, version=1, verification_base=PAGE)
    key = workstation_key(world, CLERK)
    from cla_desktop.domain.constancia_payload_v1 import v1_qr_text

    signature = key.private.sign(signed_bytes(old, key.key_id))
    text = v1_qr_text(old, signed_bytes(old, key.key_id), signature)
    assert "?c=" in text
    result = verify_text(world, CLERK, text)
    # The register holds the version-2 snapshot under that código: the digests differ.
    assert result.verdict is Verdict.FALSIFICADA
    from sqlalchemy import update

    from cla_desktop.store.models import Constancia

    world.execute(
        update(Constancia)
        .where(Constancia.id == issued.constancia_id)
        .values(snapshot=old.canonical_json(), digest=old.digest(), signature=b64(signature))
    )
    world.commit()
    assert verify_text(world, CLERK, text).verdict is Verdict.VALIDA
    code = old.codigo_virtual
    assert verify_text(world, CLERK, code, dni="47112233").verdict is Verdict.VALIDA


def test_the_attached_data_are_bound_to_the_signature(world):
    issued = _issue(world)
    pdf = render_constancia(issued.snapshot, RenderOptions(qr_text=issued.qr_text))
    attached = read_attached(pdf)
    assert verify_document(world, CLERK, attached).verdict is Verdict.VALIDA
    altered = json.loads(json.dumps(attached))
    altered["snapshot"]["rows"][0]["values"][0] = "20"
    result = verify_document(world, CLERK, altered)
    assert result.verdict is Verdict.FALSIFICADA and "alterado" in result.message
    assert verify_document(world, CLERK, None).verdict is Verdict.ILEGIBLE
    claims = read_qr_text(issued.qr_text).claims
    assert claims.document == "47112233" and claims.nivel == "SECUNDARIA"


def test_a_scanner_on_the_wrong_keyboard_layout_is_named(world):
    """A USB scanner typing as a US keyboard on a Latin American layout turns «:» into «Ñ»."""
    text = _issue(world).qr_text
    result = verify_text(world, CLERK, text.replace("CLA1:", "CLA1Ñ"))
    assert result.verdict is Verdict.ILEGIBLE and "distribución de teclado" in result.message


def test_a_payload_with_bytes_missing_or_added_is_unreadable(world):
    import zlib

    import base45

    text = _issue(world).qr_text
    wire = base45.b45decode(text.removeprefix("CLA1:"))
    cose = zlib.decompress(wire) if wire[:1] == b"\x78" else wire
    packed = zlib.compress(cose, 9)
    for damaged in (cose + b"\x00", packed[:-4], packed + b"\x00"):
        result = verify_text(world, CLERK, "CLA1:" + base45.b45encode(damaged).decode())
        assert result.verdict is Verdict.ILEGIBLE, damaged[-6:]
    whole = verify_text(world, CLERK, "CLA1:" + base45.b45encode(packed).decode())
    assert whole.verdict is Verdict.VALIDA  # compressed or not, the same signed bytes
