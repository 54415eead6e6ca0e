"""A batch makes each document before it counts (#15, point 6), on SQLite and PostgreSQL: the
PDF is written to a temporary file, then the constancia is committed, then the file is renamed;
a PDF that cannot be written leaves nothing issued and nothing superseded.

Tests run as root, so a read-only folder would not stop a write: the folder is replaced by a
regular file once the batch has started (a path whose parent is a file cannot be written)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import Session

from cla_desktop.domain.constancia import ConstanciaState, RequesterType
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.constancias import batch
from cla_desktop.services.constancias.batch import BatchRequest, issue_batch
from cla_desktop.services.constancias.issuance import issue_constancia
from cla_desktop.services.settings_store import set_office
from cla_desktop.store.models import Constancia
from tests.services.constancia_world import adult_with_secundaria, student_in_fourth_grade

CLERK = Actor("ana", Role.OPERADOR, workstation="ventanilla-1")
DOCUMENTS = ("47112233", "70112233")


@pytest.fixture
def earlier(engine, memory_keyring) -> dict[int, str]:
    """Two students, each with a vigente constancia issued before the batch."""
    codes = {}
    with Session(engine) as session:
        set_office(session, SYSTEM, "080013")
        for student in (adult_with_secundaria(session), student_in_fourth_grade(session)):
            issued = issue_constancia(
                session,
                CLERK,
                student_id=student,
                nivel=Nivel.SECUNDARIA,
                requester_type=RequesterType.TITULAR,
                motivo="Trámite laboral",
                now=datetime(2026, 11, 2, 15, 0, tzinfo=UTC),
            )
            codes[student] = issued.snapshot.codigo_virtual
        session.commit()
    return codes


def _break_folder_at(call: int, folder: Path, aside: Path):
    """A `cancelled` callback (asked before each student) that, before student number `call`,
    moves the folder aside and leaves a regular file at its path."""
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        if len(calls) == call:
            folder.rename(aside)
            folder.write_text("ahora soy un archivo")
        return False

    return cancelled


def _register(engine) -> dict[int, list[tuple[str, str]]]:
    with Session(engine) as session:
        rows = session.execute(select(Constancia).order_by(Constancia.correlativo)).scalars()
        found: dict[int, list[tuple[str, str]]] = {}
        for row in rows:
            found.setdefault(row.student_id, []).append((row.codigo_virtual, row.state))
        return found


def _batch(engine, folder: Path, cancelled, workers: int):
    return issue_batch(
        engine,
        CLERK,
        [BatchRequest(document) for document in DOCUMENTS],
        nivel=Nivel.SECUNDARIA,
        motivo="Trámite de estudios superiores",
        out_dir=folder,
        cancelled=cancelled,
        workers=workers,
    )


def test_a_pdf_that_cannot_be_written_issues_nothing_and_supersedes_nothing(
    engine, earlier, tmp_path, monkeypatch
):
    """One student per transaction, so the first PDF is on disk before the folder breaks."""
    monkeypatch.setattr(batch, "GROUP_PER_WORKER", 1)
    folder, aside = tmp_path / "lote", tmp_path / "aparte"
    items = _batch(engine, folder, _break_folder_at(2, folder, aside), workers=1)
    first, second = items
    assert first.problem is None and first.path == folder / first.path.name
    assert (aside / first.path.name).read_bytes().startswith(b"%PDF")
    assert second.path is None and second.codigo_virtual is None
    assert "no se emitió" in second.problem and "la anterior sigue vigente" in second.problem
    register = _register(engine)
    adult, minor = earlier
    assert register[adult] == [
        (earlier[adult], ConstanciaState.REEMPLAZADA.value),
        (first.codigo_virtual, ConstanciaState.VIGENTE.value),
    ]
    assert register[minor] == [(earlier[minor], ConstanciaState.VIGENTE.value)]
    assert list(aside.glob("*.tmp")) == [] and list(tmp_path.glob("*.tmp")) == []


def test_a_group_that_fails_is_tried_again_student_by_student(engine, earlier, tmp_path):
    """Two students in one transaction; both PDFs fail, the group is rolled back and each
    student is tried alone: neither is issued, both earlier copies stay."""
    folder, aside = tmp_path / "lote", tmp_path / "aparte"
    items = _batch(engine, folder, _break_folder_at(1, folder, aside), workers=2)
    assert [item.document for item in items] == list(DOCUMENTS)
    assert all(item.path is None and "no se emitió" in item.problem for item in items)
    register = _register(engine)
    assert {student: states for student, states in register.items()} == {
        student: [(code, ConstanciaState.VIGENTE.value)] for student, code in earlier.items()
    }


def test_a_batch_that_writes_issues_and_names_every_pdf(engine, earlier, tmp_path):
    folder = tmp_path / "lote"
    done = []
    items = issue_batch(
        engine,
        CLERK,
        [BatchRequest(document) for document in (*DOCUMENTS, "99999999")],
        nivel=Nivel.SECUNDARIA,
        motivo="Trámite de estudios superiores",
        out_dir=folder,
        progress=lambda count, total: done.append((count, total)),
        workers=2,
    )
    assert [item.problem is None for item in items] == [True, True, False]
    assert "99999999" in items[2].problem
    assert all(item.path.read_bytes().startswith(b"%PDF") for item in items[:2])
    assert sorted(p.name for p in folder.iterdir()) == sorted(item.path.name for item in items[:2])
    assert done == [(1, 3), (2, 3), (3, 3)]
    register = _register(engine)
    assert all(
        [state for _code, state in register[student]]
        == [ConstanciaState.REEMPLAZADA.value, ConstanciaState.VIGENTE.value]
        for student in earlier
    )
