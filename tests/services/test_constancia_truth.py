"""A constancia issued from a real trajectory tells the truth (#15, points 1, 5 and 7), on SQLite
and PostgreSQL: only closed years with grades are claimed, a replaced copy's reprint says
REEMPLAZADA, the PDF carries its signed snapshot, and the counter commits only what it could
render."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import Session

from cla_desktop.documents.constancia_attachment import read_attached
from cla_desktop.documents.constancia_pdf import RenderOptions, render_constancia
from cla_desktop.domain.constancia import ConstanciaState, RequesterType, Snapshot
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.constancias.issuance import IssueRequest, issue_constancia
from cla_desktop.services.constancias.register import stored_constancia
from cla_desktop.services.settings_store import set_office
from cla_desktop.store.models import Constancia
from tests.services.constancia_world import student_in_fourth_grade
from tests.support.pdf_tools import pdf_text

CLERK = Actor("ana", Role.OPERADOR, workstation="ventanilla-1")
NOW = datetime(2026, 11, 28, 15, 35, tzinfo=UTC)


@pytest.fixture
def world(engine, memory_keyring):
    with Session(engine) as session:
        set_office(session, SYSTEM, "080013")
        session.commit()
        yield session


def _issue(session: Session, student: int):
    issued = issue_constancia(
        session,
        CLERK,
        student_id=student,
        nivel=Nivel.SECUNDARIA,
        requester_type=RequesterType.TITULAR,
        motivo="Trámite laboral",
        now=NOW,
    )
    session.commit()
    return issued


def _flat_text(pdf: bytes, tmp_path: Path, mode: str = "-layout") -> str:
    path = tmp_path / "c.pdf"
    path.write_bytes(pdf)
    return " ".join(pdf_text(path, mode).split())


def test_only_closed_years_with_grades_are_claimed(world, tmp_path):
    issued = _issue(world, student_in_fourth_grade(world))
    snapshot = issued.snapshot
    assert [c.year for c in snapshot.columns] == [2022, 2024, 2025, None, None]
    assert snapshot.observaciones == (
        "2023: RETIRADO, sin calificativos",
        "2026: año lectivo en curso, sin acta cerrada",
    )
    text = _flat_text(render_constancia(snapshot, RenderOptions(issued.qr_text)), tmp_path)
    assert (
        "La Unidad de Gestión Educativa Local URUBAMBA hace constar que, de acuerdo con la "
        "información registrada en el Sistema de Información de Apoyo a la Gestión de la "
        "Institución Educativa (SIAGIE), la o el estudiante RUT NOEMÍ CONDORI APAZA"
    ) in text
    assert "registra calificativos correspondientes a PRIMER, SEGUNDO y TERCER grado" in text
    assert "CUARTO" not in text
    assert "2023: RETIRADO, sin calificativos" in text
    assert "2026: año lectivo en curso, sin acta cerrada" in text


def test_a_reprint_of_a_replaced_copy_carries_reemplazada(world, tmp_path):
    student = student_in_fourth_grade(world)
    first = _issue(world, student)
    _issue(world, student)
    stored = stored_constancia(world, CLERK, first.snapshot.codigo_virtual)
    assert stored.state is ConstanciaState.REEMPLAZADA and stored.watermark == "REEMPLAZADA"
    copy = render_constancia(stored.snapshot, RenderOptions(stored.qr_text, stored.watermark))
    assert "REEMPLAZADA" in _flat_text(copy, tmp_path, "-raw")
    assert read_attached(copy)["qr"] == first.qr_text  # the same signed data as the original


def test_the_issued_pdf_carries_the_snapshot_the_register_holds(world):
    issued = _issue(world, student_in_fourth_grade(world))
    pdf = render_constancia(issued.snapshot, RenderOptions(qr_text=issued.qr_text))
    attached = read_attached(pdf)
    assert attached["qr"] == issued.qr_text
    row = world.execute(select(Constancia)).scalar_one()
    assert _dumps(attached["snapshot"]) == row.snapshot  # the canonical JSON, as signed
    assert Snapshot.from_json(_dumps(attached["snapshot"])).digest() == row.digest
    stored = stored_constancia(world, CLERK, issued.snapshot.codigo_virtual)
    reprint = render_constancia(stored.snapshot, RenderOptions(qr_text=stored.qr_text))
    assert reprint == pdf  # dates from the snapshot: byte-identical


def _dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def test_the_counter_commits_nothing_it_could_not_render(world, engine, monkeypatch):
    """Workbench.issue renders before it commits (the PDF the clerk prints is in memory, not
    on disk): a failed rendering leaves nothing issued and the earlier copy vigente."""
    from cla_desktop.services import workbench as workbench_module

    student = student_in_fourth_grade(world)
    earlier = _issue(world, student)
    bench = workbench_module.Workbench(engine, CLERK)

    def broken(*_args, **_kwargs):
        raise OSError(28, "No queda espacio en el dispositivo")

    monkeypatch.setattr(workbench_module, "render_constancia", broken)
    with pytest.raises(OSError):
        bench.issue(student, IssueRequest.titular(Nivel.SECUNDARIA, "Trámite laboral"))
    world.expire_all()
    rows = world.execute(select(Constancia)).scalars().all()
    assert [(r.codigo_virtual, r.state) for r in rows] == [
        (earlier.snapshot.codigo_virtual, ConstanciaState.VIGENTE.value)
    ]
    bench.close()
