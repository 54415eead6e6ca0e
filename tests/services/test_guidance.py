"""The guidance note "Certificado de estudios y visado": a one-page PDF read back as a person
would (pdftotext, pdffonts, pdfinfo), its audit entry, and its count in the reports — on SQLite
and PostgreSQL."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from cla_desktop.documents.guidance_pdf import Letterhead, render_guidance_note
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.audit.actions import AuditAction, label_of
from cla_desktop.services.audit.verification import verify_chain
from cla_desktop.services.constancias.branding import set_header_lines
from cla_desktop.services.guidance import give_guidance_note, guidance
from cla_desktop.services.reports import Period, all_reports, report_csv
from cla_desktop.services.settings_store import set_office
from cla_desktop.store.models import AuditEntry
from tests.support.pdf_tools import pdf_text

CLERK = Actor("ana", Role.OPERADOR, workstation="ventanilla-1")
BOSS = Actor("beto", Role.SUPERVISOR, workstation="ventanilla-2")
NOW = datetime(2026, 11, 28, 15, 35, tzinfo=UTC)  # 10:35 in Lima
HEADER = ["DRE LIMA METROPOLITANA", "UGEL 03 BREÑA"]


def _office(engine, header: list[str] | None = HEADER) -> None:
    with Session(engine) as session:
        set_office(session, SYSTEM, "150104")
        if header:
            set_header_lines(session, SYSTEM, header)
        session.commit()


def _give(engine, actor: Actor = CLERK, now: datetime = NOW) -> bytes:
    with Session(engine) as session:
        pdf = give_guidance_note(session, actor, now=now)
        session.commit()
    return pdf


def _save(pdf: bytes, tmp_path: Path, name: str = "nota.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def _info(path: Path) -> dict[str, str]:
    lines = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    return {
        key.strip(): value.strip() for key, _sep, value in (line.partition(":") for line in lines)
    }


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_note_is_one_page_with_the_guidance_and_the_office_header(engine, tmp_path):
    _office(engine)
    path = _save(_give(engine), tmp_path)
    info = _info(path)
    assert info["Pages"] == "1"
    assert info["Page size"].startswith("595.276 x 841.89")  # A4 portrait
    assert info["Title"] == "Certificado de estudios y visado"
    assert info["Author"] == "UGEL 03 BREÑA"
    text = _flat(pdf_text(path))
    for expected in (
        *HEADER,
        "Certificado de estudios y visado",
        "28 de noviembre de 2026",
        "ya no necesita ser visado por la UGEL ni por la DRE para ser válido",
        "Constancia de Logros de Aprendizaje como el certificado de estudios acreditan",
        "continuar estudios superiores",
        "Educación Básica Regular desde el año 2013, en colegios públicos y privados",
        "la enviamos a la DIGE",
        "Oficio Múltiple N.° 00026-2020-MINEDU/VMGI-DIGEGED",
        "Resolución Viceministerial N.° 094-2020-MINEDU",
        "Resolución Ministerial N.° 432-2020-MINEDU",
        "nota informativa",
        "no es un certificado ni una constancia",
        "UGEL 03 BREÑA (150104)",
    ):
        assert expected in text, expected
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all("DejaVu" in line and line.split()[-5] == "yes" for line in fonts), fonts


def test_without_configured_lines_the_header_is_the_constancia_default(engine, tmp_path):
    _office(engine, header=None)  # the office and its DRE, as a constancia prints them
    text = _flat(pdf_text(_save(_give(engine), tmp_path)))
    assert "DRE LIMA METROPOLITANA UGEL 03 BREÑA" in text


def test_same_clock_gives_the_same_bytes(engine):
    _office(engine)
    first = _give(engine)
    assert _give(engine) == first
    assert _give(engine, now=NOW + timedelta(days=1)) != first  # the printed date changed


def test_text_is_escaped_before_reportlab_reads_it_as_markup(tmp_path):
    note = replace(guidance(), intro="Cursos <b>A & B</b> <br/> fin", points=("1 < 2 & 3 > 2",))
    letterhead = Letterhead(("UGEL <X>",), office_name="Oficina & <Co>", office_code="150104")
    pdf = render_guidance_note(note, letterhead, date(2026, 1, 5))
    text = _flat(pdf_text(_save(pdf, tmp_path), "-raw"))  # -layout squeezes "1 < 2" to "1<2"
    assert "Cursos <b>A & B</b> <br/> fin" in text
    assert "1 < 2 & 3 > 2" in text
    assert "UGEL <X>" in text and "Oficina & <Co> (150104)" in text
    assert "5 de enero de 2026" in text


def test_an_operador_gives_it_and_the_trail_records_it(engine):
    _office(engine)
    with Session(engine) as session:  # the caller commits: a rolled-back note leaves no entry
        give_guidance_note(session, CLERK, now=NOW)
    _give(engine)
    with Session(engine) as session:
        entries = (
            session.execute(
                select(AuditEntry).where(AuditEntry.action == AuditAction.GUIDANCE_GIVEN.value)
            )
            .scalars()
            .all()
        )
    assert len(entries) == 1
    entry = entries[0]
    assert (entry.username, entry.role, entry.workstation) == ("ana", "operador", "ventanilla-1")
    assert entry.subject == "Certificado de estudios y visado"
    assert label_of(entry.action) == "Nota sobre certificado y visado entregada"
    assert verify_chain(engine).intact


def test_reports_count_the_notes_given_in_the_period(engine):
    _office(engine)
    _give(engine)
    _give(engine, actor=BOSS, now=NOW + timedelta(hours=2))
    _give(engine, now=NOW - timedelta(days=40))  # before the period
    with Session(engine) as session:
        inside = Period(date(2026, 11, 1), date(2026, 11, 30))
        reports = {r.key: r for r in all_reports(session, BOSS, inside)}
        note = reports["notas-informativas"]
        assert note.rows == (("Certificado de estudios y visado", 2),)
        csv_text = report_csv(session, BOSS, note, inside)
        outside = {
            r.key: r
            for r in all_reports(session, BOSS, Period(date(2026, 6, 1), date(2026, 6, 30)))
        }
        session.commit()
    assert outside["notas-informativas"].rows == (("Certificado de estudios y visado", 0),)
    assert csv_text.lstrip("\ufeff").splitlines() == [
        "Nota,Cantidad",
        "Certificado de estudios y visado,2",
        "Total,2",
    ]


def test_period_days_are_cut_in_peru_time(engine):
    _office(engine)
    _give(engine, now=datetime(2026, 12, 1, 3, 0, tzinfo=UTC))  # 30 Nov, 22:00 in Lima
    with Session(engine) as session:
        november = all_reports(session, BOSS, Period(date(2026, 11, 1), date(2026, 11, 30)))
        december = all_reports(session, BOSS, Period(date(2026, 12, 1), date(2026, 12, 31)))
    assert {r.key: r.total for r in november}["notas-informativas"] == 1
    assert {r.key: r.total for r in december}["notas-informativas"] == 0
