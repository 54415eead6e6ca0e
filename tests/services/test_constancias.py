"""Issue, render, reprint, supersede, annul and verify constancias, on SQLite and PostgreSQL.
PDFs are read back (pdftotext, pdffonts) and the QR is decoded from a 150-dpi render (zbarimg).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import select, update
from sqlmodel import Session

from cla_desktop.documents.constancia_pdf import RenderOptions, render_constancia
from cla_desktop.domain.constancia import IssueRefused, RequesterType
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.constancias.issuance import issue_constancia
from cla_desktop.services.constancias.keys import KeyringUnavailable
from cla_desktop.services.constancias.register import annul_constancia, stored_constancia
from cla_desktop.services.constancias.verification import Verdict, verify_text
from cla_desktop.services.settings_store import set_office
from cla_desktop.store.models import Constancia
from tests.services.constancia_world import NOW, adult_with_secundaria, minor_with_primaria
from tests.services.people import add_cast, enroll, school
from tests.support.pdf_tools import decode_qr, pdf_text
from tests.support.qr_forgery import flip_signature_bit, retouch_claims

CLERK = Actor("ana", Role.OPERADOR, workstation="ventanilla-1")
BOSS = Actor("beto", Role.SUPERVISOR, workstation="ventanilla-1")


def _issue(session, student, **kwargs):
    values = dict(
        student_id=student,
        nivel=Nivel.SECUNDARIA,
        requester_type=RequesterType.TITULAR,
        motivo="Trámite laboral",
        now=NOW,
    )
    values.update(kwargs)
    issued = issue_constancia(session, CLERK, **values)
    session.commit()
    return issued


def _text(pdf: bytes, tmp_path: Path, mode: str = "-layout") -> str:
    path = tmp_path / "c.pdf"
    path.write_bytes(pdf)
    return pdf_text(path, mode)


def _qr_from_render(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "q.pdf"
    path.write_bytes(pdf)
    return decode_qr(path)


@pytest.fixture
def world(engine, memory_keyring):
    with Session(engine) as session:
        set_office(session, SYSTEM, "080013")
        session.commit()
        yield session


def test_issued_pdf_reads_back_and_its_qr_verifies(world, tmp_path):
    student = adult_with_secundaria(world)
    issued = _issue(world, student)
    pdf = render_constancia(issued.snapshot, RenderOptions(qr_text=issued.qr_text))
    text = _text(pdf, tmp_path)
    for expected in (
        "CONSTANCIA DE LOGROS DE APRENDIZAJE",
        "NIVEL DE EDUCACIÓN SECUNDARIA",
        "JOSÉ ÁNGEL ÑAHUI HUAMÁN",
        "47112233",
        "2018",
        "2019",
        "2020",
        "2021",
        "2022",
        "Matemática",
        "Ciencia y Tecnología",
        "PROMOCIÓN GUIADA",
        "PROMOVIDO",
        "EXO",
        issued.snapshot.codigo_virtual,
        "28 de noviembre de 2026",
        "10:35 horas",
        "N.° 0000000",
        "Página 1 de 1",
        "UGEL URUBAMBA",
    ):
        assert expected in text, expected
    assert "exonerado del área de Educación Religiosa" in " ".join(text.split())
    fonts = subprocess.run(
        ["pdffonts", str(tmp_path / "c.pdf")], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts
    scanned = _qr_from_render(pdf, tmp_path)
    assert scanned == issued.qr_text
    verdict = verify_text(world, CLERK, scanned)
    assert verdict.verdict is Verdict.VALIDA and verdict.in_register
    assert verdict.document == "47112233" and verdict.names == "JOSÉ ÁNGEL ÑAHUI HUAMÁN"
    assert [y[0] for y in verdict.years] == [2018, 2019, 2020, 2021, 2022]


def test_one_changed_character_is_forged(world):
    issued = _issue(world, adult_with_secundaria(world))
    text = issued.qr_text
    forged = retouch_claims(text, {7: "ÑAHUI HUAMÁM"})
    assert verify_text(world, CLERK, forged).verdict is Verdict.FALSIFICADA
    assert verify_text(world, CLERK, flip_signature_bit(text)).verdict is Verdict.FALSIFICADA
    assert verify_text(world, CLERK, "https://x/?c=ZZZZ&p=e30&s=AA").verdict is Verdict.ILEGIBLE
    assert verify_text(world, CLERK, text[:-10]).verdict is Verdict.ILEGIBLE


def test_a_new_constancia_supersedes_the_previous(world):
    student = adult_with_secundaria(world)
    first = _issue(world, student)
    second = _issue(world, student)
    assert second.replaced_code == first.snapshot.codigo_virtual
    old = verify_text(world, CLERK, first.qr_text)
    assert old.verdict is Verdict.REEMPLAZADA and old.replaced_by == second.snapshot.codigo_virtual
    assert verify_text(world, CLERK, second.qr_text).verdict is Verdict.VALIDA
    assert int(second.snapshot.correlativo) == int(first.snapshot.correlativo) + 1


def test_refusals_offer_a_consulta(world):
    add_cast(world)
    with pytest.raises(IssueRefused) as no_2013:
        _issue(world, 1, nivel=Nivel.PRIMARIA)  # María Quispe: no enrollment at all
    assert no_2013.value.category == "sin-matricula"
    assert "a partir de 2013" in str(no_2013.value)
    student = adult_with_secundaria(world)
    sec = school(world, "SECUNDARIA")
    enroll(world, student, 2023, "SECUNDARIA", 5, school_id=sec.id, acta="EN_RECTIFICACION")
    world.commit()
    with pytest.raises(IssueRefused) as rectification:
        _issue(world, student)
    assert rectification.value.category == "acta-rectificacion"
    assert "rectificación" in str(rectification.value)
    assert world.execute(select(Constancia)).first() is None


def test_requester_rules(world):
    minor = minor_with_primaria(world)
    with pytest.raises(ValueError, match="menor de 18"):
        _issue(world, minor, nivel=Nivel.PRIMARIA)
    with pytest.raises(ValueError, match="8 dígitos"):
        _issue(
            world,
            minor,
            nivel=Nivel.PRIMARIA,
            requester_type=RequesterType.MADRE,
            requester_document="123",
            requester_name="ROSA MAMANI",
        )
    issued = _issue(
        world,
        minor,
        nivel=Nivel.PRIMARIA,
        requester_type=RequesterType.MADRE,
        requester_document="41234567",
        requester_name="Rosa  Mamani Ccori",
    )
    assert issued.snapshot.requester_name == "ROSA MAMANI CCORI"
    adult = adult_with_secundaria(world)
    with pytest.raises(ValueError, match="a título personal"):
        _issue(
            world,
            adult,
            requester_type=RequesterType.PADRE,
            requester_document="41234567",
            requester_name="JUAN ÑAHUI",
        )
    with pytest.raises(ValueError, match="150"):
        _issue(world, adult, motivo="x" * 151)


def test_reprint_is_byte_identical_and_ignores_later_changes(world):
    student = adult_with_secundaria(world)
    issued = _issue(world, student)
    original = render_constancia(issued.snapshot, RenderOptions(qr_text=issued.qr_text))
    sec = school(world, "SECUNDARIA")
    enroll(world, student, 2023, "SECUNDARIA", 5, school_id=sec.id)  # data changes afterwards
    world.commit()
    stored = stored_constancia(world, CLERK, issued.snapshot.codigo_virtual.lower())
    again = render_constancia(stored.snapshot, RenderOptions(qr_text=stored.qr_text))
    assert again == original


def test_annulment_needs_a_supervisor_and_shows_in_verification(world, tmp_path):
    issued = _issue(world, adult_with_secundaria(world))
    code = issued.snapshot.codigo_virtual
    with pytest.raises(PermissionError):
        annul_constancia(world, CLERK, code, "Error en el motivo")
    annul_constancia(world, BOSS, code, "Datos del solicitante equivocados")
    world.commit()
    result = verify_text(world, CLERK, issued.qr_text)
    assert result.verdict is Verdict.ANULADA and "equivocados" in result.message
    stored = stored_constancia(world, CLERK, code)
    copy = render_constancia(stored.snapshot, RenderOptions(stored.qr_text, stored.watermark))
    assert "ANULADA" in _text(copy, tmp_path, "-raw")  # the watermark is rotated text


def test_typed_code_and_dni(world):
    issued = _issue(world, adult_with_secundaria(world))
    code = issued.snapshot.codigo_virtual
    assert verify_text(world, CLERK, code, dni="47112233").verdict is Verdict.VALIDA
    assert verify_text(world, CLERK, code, dni="11111111").verdict is Verdict.NO_ENCONTRADA
    assert verify_text(world, CLERK, "ABCDEFGH").verdict is Verdict.NO_ENCONTRADA
    assert "8 caracteres" in verify_text(world, CLERK, "ABC").message


def test_a_tampered_register_row_is_detected(world):
    issued = _issue(world, adult_with_secundaria(world))
    row = world.execute(select(Constancia)).scalar_one()
    world.execute(
        update(Constancia)
        .where(Constancia.id == row.id)
        .values(snapshot=row.snapshot.replace("PROMOVIDO", "APROBADO"))
    )
    world.commit()
    result = verify_text(world, CLERK, issued.snapshot.codigo_virtual, dni="47112233")
    assert result.verdict is Verdict.FALSIFICADA
    assert verify_text(world, CLERK, issued.qr_text).verdict is Verdict.FALSIFICADA  # every path
    with pytest.raises(ValueError, match=r"fue alterado.*no se reimprime"):
        stored_constancia(world, CLERK, issued.snapshot.codigo_virtual)


def test_without_a_keyring_nothing_is_signed(engine):
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        with Session(engine) as session:
            student = adult_with_secundaria(session)
            with pytest.raises(KeyringUnavailable, match="llavero"):
                _issue(session, student)
    finally:
        keyring.set_keyring(previous)


def _tiny_png() -> bytes:
    """A valid 2x2 red PNG, built here so the test needs no image file."""
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data).to_bytes(4, "big")
        return len(data).to_bytes(4, "big") + kind + data + crc

    header = (2).to_bytes(4, "big") * 2 + b"\x08\x02\x00\x00\x00"
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_header_lines_and_logo_are_frozen_in_the_copy(world, tmp_path):
    from cla_desktop.services.constancias.branding import set_header_lines, set_header_logo

    admin = Actor("it", Role.ADMINISTRADOR)
    with pytest.raises(PermissionError):
        set_header_lines(world, CLERK, ["X"])
    set_header_lines(world, admin, ["Gobierno Regional del Cusco", "UGEL Urubamba"])
    not_an_image = tmp_path / "logo.txt"
    not_an_image.write_text("hola")
    with pytest.raises(ValueError, match="PNG o JPEG"):
        set_header_logo(world, admin, not_an_image)
    logo = tmp_path / "logo.png"
    logo.write_bytes(_tiny_png())
    set_header_logo(world, admin, logo)
    world.commit()
    issued = _issue(world, adult_with_secundaria(world))
    assert issued.snapshot.header_lines == ("GOBIERNO REGIONAL DEL CUSCO", "UGEL URUBAMBA")
    assert issued.snapshot.logo_png
    pdf = render_constancia(issued.snapshot, RenderOptions(qr_text=issued.qr_text))
    (tmp_path / "l.pdf").write_bytes(pdf)
    images = subprocess.run(
        ["pdfimages", "-list", str(tmp_path / "l.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert len(images.splitlines()) == 3  # two header lines of the listing, then the logo
    assert "GOBIERNO REGIONAL DEL CUSCO" in _text(pdf, tmp_path)
    stored = stored_constancia(world, CLERK, issued.snapshot.codigo_virtual)
    assert render_constancia(stored.snapshot, RenderOptions(qr_text=stored.qr_text)) == pdf


def test_a_batch_into_a_folder_it_cannot_write_issues_nothing(engine, memory_keyring, tmp_path):
    """A read-only, missing or wrong folder is found before anything is issued: a citizen's
    valid constancia is never replaced by one whose PDF nobody got."""
    from cla_desktop.services.constancias.batch import BatchRequest, issue_batch
    from cla_desktop.services.error_text import describe_error

    with Session(engine) as session:
        adult_with_secundaria(session)
    not_a_folder = tmp_path / "archivo.txt"
    not_a_folder.write_text("no soy una carpeta")
    with pytest.raises(OSError) as caught:
        issue_batch(
            engine,
            SYSTEM,
            [BatchRequest("47112233")],
            nivel=Nivel.SECUNDARIA,
            motivo="Trámite laboral",
            out_dir=not_a_folder,
        )
    assert "carpeta" in describe_error(caught.value) or "archivo" in describe_error(caught.value)
    with Session(engine) as session:
        assert session.exec(select(Constancia)).all() == []
    assert list(tmp_path.glob("*.tmp")) == []


def test_snapshot_text_is_printed_as_written_never_read_as_markup(world, tmp_path):
    """«<por traslado>» vanished, «C&T» printed «C&T;» and an unclosed <b> aborted the issue:
    every text of the snapshot is escaped before reportlab reads it (#15, point 7)."""
    from dataclasses import replace

    student = adult_with_secundaria(world)
    issued = _issue(world, student)
    rows = list(issued.snapshot.rows)
    rows[0] = replace(rows[0], area="Ciencia & Tecnología <CyT>")
    snapshot = replace(
        issued.snapshot,
        rows=tuple(rows),
        observaciones=("Retirado <por traslado>", "Convenio C&T", "<b>sin cerrar"),
    )
    text = _text(render_constancia(snapshot, RenderOptions()), tmp_path, mode="-raw")
    for written in ("<por traslado>", "Convenio C&T", "<b>sin cerrar", "Ciencia & Tecnología"):
        assert written in text, written
    assert "C&T;" not in text
