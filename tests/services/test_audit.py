"""The audit trail: what is recorded, that it is append-only, and that `verify` names the first
changed or deleted entry, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from cla_desktop.domain.constancia import IssueRefused
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.query import AuditFilter, audit_entries, export_csv
from cla_desktop.services.audit.retention import apply_retention
from cla_desktop.services.audit.trail import record
from cla_desktop.services.audit.verification import verify_chain
from cla_desktop.services.constancias.issuance import IssueRequest
from cla_desktop.services.consultas.consulta_service import NewConsulta
from cla_desktop.services.settings_store import set_office
from cla_desktop.services.workbench import Workbench
from cla_desktop.store.models import AuditEntry
from tests.services.constancia_world import adult_with_secundaria
from tests.services.people import add_cast
from tests.support.tamper import without_guard

CLERK = Actor("ana", Role.OPERADOR, workstation="ventanilla-1")
BOSS = Actor("beto", Role.SUPERVISOR, workstation="ventanilla-2")


def _fill(engine, count: int, start: datetime | None = None) -> None:
    with Session(engine) as session:
        for n in range(count):
            at = start + timedelta(days=n) if start else None
            record(session, CLERK, AuditAction.SEARCH, subject=f"quispe {n}", at=at)
        session.commit()


def test_counter_work_is_recorded_with_user_workstation_and_subject(engine, memory_keyring):
    with Session(engine) as session:
        set_office(session, SYSTEM, "150104")
        ids = add_cast(session)
        student = adult_with_secundaria(session)
        session.commit()
    bench = Workbench(engine, CLERK)
    bench.search("maría quispe")
    bench.flush_audit()  # the window's searches are appended by the audit writer
    bench.trajectory(student)
    issued, _pdf = bench.issue(student, IssueRequest.titular(Nivel.SECUNDARIA, "Trámite laboral"))
    code = issued.snapshot.codigo_virtual
    bench.reprint(code)
    bench.verify(code, "47112233")
    with pytest.raises(IssueRefused):
        bench.issue(ids["pedro"], IssueRequest.titular(Nivel.PRIMARIA, "Trámite laboral"))
    Workbench(engine, BOSS).annul(code, "Error en el motivo")
    ticket, _state = bench.new_consulta(
        NewConsulta(category="otros", description="Caso de prueba para DIGE", student_id=student),
        send=False,
    )
    bench.consulta_detail(ticket)
    bench.register()
    with Session(engine) as session:
        rows = session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars().all()
    by_action = {row.action: row for row in rows}
    for action in (
        "busqueda",
        "trayectoria.ver",
        "constancia.emitir",
        "constancia.reimprimir",
        "constancia.verificar",
        "constancia.rechazo",
        "constancia.anular",
        "consulta.crear",
        "consulta.ver",
        "constancia.registro",
        "configuracion.cambio",
    ):
        assert action in by_action, action
    search = by_action["busqueda"]
    assert (search.username, search.workstation, search.subject) == (
        "ana",
        "ventanilla-1",
        "maría quispe",
    )
    assert by_action["trayectoria.ver"].subject == "47112233"
    assert by_action["constancia.emitir"].subject == code
    assert '"documento":"47112233"' in by_action["constancia.emitir"].detail
    assert by_action["constancia.anular"].username == "beto"
    assert '"motivo":"sin-matricula"' in by_action["constancia.rechazo"].detail
    assert verify_chain(engine).intact


def test_the_trail_refuses_updates_and_deletes(engine):
    _fill(engine, 3)
    for statement in (
        "UPDATE audit_entry SET subject = 'nada' WHERE id = 2",
        "DELETE FROM audit_entry WHERE id = 3",
        "UPDATE audit_head SET last_id = 1",
    ):
        if "audit_head" in statement:
            continue  # the head row is guarded by the chain itself (see verify below)
        with pytest.raises(DBAPIError, match="solo admite agregar"), engine.begin() as connection:
            connection.execute(text(statement))
    assert verify_chain(engine).intact


@pytest.mark.parametrize(
    "statements, bad, reason",
    [
        (["UPDATE audit_entry SET subject = 'otro dni' WHERE id = {5}"], 5, "modificado"),
        (
            [
                "UPDATE audit_entry SET at = at WHERE id = {5}",
                "UPDATE audit_entry SET username = 'x' WHERE id = {9}",
            ],
            9,
            "modificado",
        ),
        (["DELETE FROM audit_entry WHERE id = {4}"], 4, "borrada"),
        (["DELETE FROM audit_entry WHERE id = {10}"], 10, "últimas entradas"),
        (["DELETE FROM audit_entry WHERE id <= {2}"], 3, "anteriores"),
    ],
    ids=["changed", "changed-later", "deleted", "deleted-last", "deleted-first"],
)
def test_verify_names_the_first_tampered_entry(engine, statements, bad, reason):
    with Session(engine) as session:
        base = session.execute(text("SELECT COALESCE(MAX(id), 0) FROM audit_entry")).scalar()
    _fill(engine, 10)  # entries base+1 .. base+10; {n} below is the n-th of them
    ids = {str(n): base + n for n in range(1, 11)}
    without_guard(engine, *(_ids(statement, ids) for statement in statements))
    report = verify_chain(engine)
    assert not report.intact
    bad_id = base + bad
    assert report.bad_id == bad_id and reason in report.reason
    assert f"N.° {bad_id}" in report.sentence()


def _ids(statement: str, ids: dict[str, int]) -> str:
    for key, value in ids.items():
        statement = statement.replace("{" + key + "}", str(value))
    return statement


def test_a_rehashed_forgery_breaks_the_chain_at_the_next_entry(engine):
    """Recomputing the changed entry's own hash does not help: the next one no longer links."""
    from cla_desktop.services.audit.chain import entry_hash

    _fill(engine, 6)
    with Session(engine) as session:
        row = session.execute(
            select(AuditEntry).where(AuditEntry.subject == "quispe 2")
        ).scalar_one()
        forged = entry_hash(
            row.id,
            row.at,
            row.username,
            row.role,
            row.workstation,
            row.action,
            "otro",
            row.detail,
            row.prev_hash,
        )
    without_guard(
        engine, f"UPDATE audit_entry SET subject = 'otro', hash = '{forged}' WHERE id = {row.id}"
    )
    report = verify_chain(engine)
    assert report.bad_id == row.id + 1 and "cadena" in report.reason


def test_retention_cuts_the_head_and_keeps_the_chain_verifiable(engine):
    old = datetime.now(UTC) - timedelta(days=400)
    without_guard(
        engine,
        "DELETE FROM audit_entry",
        f"UPDATE audit_head SET last_id = 0, last_hash = '{'0' * 64}'",
    )  # start from an empty trail
    from cla_desktop.store.audit_guard import create_statements

    if engine.dialect.name == "sqlite":
        with engine.begin() as connection:
            for statement in create_statements("sqlite"):
                connection.execute(text(statement))
    else:
        with engine.begin() as connection:
            connection.execute(text("ALTER TABLE audit_entry ENABLE TRIGGER USER"))
    _fill(engine, 5, start=old)  # 400..396 days ago
    _fill(engine, 3)
    with Session(engine) as session:
        with pytest.raises(PermissionError):
            apply_retention(session, BOSS, 365)
        with pytest.raises(ValueError, match="180"):
            apply_retention(session, SYSTEM, 30)
        assert apply_retention(session, SYSTEM, 365) == 5
        session.commit()
    report = verify_chain(engine)
    assert report.intact and report.checked == 4  # 3 kept + the purge entry itself
    with Session(engine) as session:
        first = session.execute(text("SELECT MIN(id) FROM audit_entry")).scalar()
    with pytest.raises(DBAPIError), engine.begin() as connection:
        connection.execute(text(f"DELETE FROM audit_entry WHERE id = {first}"))
    without_guard(engine, f"DELETE FROM audit_entry WHERE id = {first}")
    assert not verify_chain(engine).intact


def test_supervisor_filters_and_exports_and_both_are_audited(engine):
    with Session(engine) as session:
        base = session.execute(text("SELECT COUNT(*) FROM audit_entry")).scalar()
    _fill(engine, 4)
    with Session(engine) as session:
        record(session, BOSS, AuditAction.CONSTANCIA_ANNULLED, subject="ABCD2345")
        session.commit()
        with pytest.raises(PermissionError):
            audit_entries(session, CLERK, AuditFilter())
        rows = audit_entries(session, BOSS, AuditFilter(username="ANA", text="quispe 2"))
        assert [r.subject for r in rows] == ["quispe 2"]
        rows = audit_entries(session, BOSS, AuditFilter(action="constancia."))
        assert [(r.username, r.label) for r in rows] == [("beto", "Constancia anulada")]
        today = datetime.now(UTC).date()
        rows = audit_entries(session, BOSS, AuditFilter(since=today + timedelta(days=1)))
        assert rows == []
        csv_text, count = export_csv(session, BOSS, AuditFilter(until=date(2100, 1, 1)))
        session.commit()
    assert count == base + 8  # 4 searches, the annulment, three looks at the trail
    lines = csv_text.lstrip("\ufeff").splitlines()
    assert lines[0].startswith("n,fecha_hora,usuario") and len(lines) == count + 1
    actions = [a for (a,) in Session(engine).execute(select(AuditEntry.action))]
    assert actions.count("auditoria.consulta") == 3 and actions.count("exportacion") == 1


def test_two_writers_never_fork_the_chain(engine):
    """Two counters appending at once (threads with their own connections)."""
    errors: list[Exception] = []

    def write(actor: Actor) -> None:
        try:
            for n in range(40):
                with Session(engine) as session:
                    record(session, actor, AuditAction.SEARCH, subject=f"{actor.username} {n}")
                    session.commit()
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(who,)) for who in (CLERK, BOSS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    report = verify_chain(engine)
    with Session(engine) as session:
        searches = session.execute(
            text("SELECT COUNT(*) FROM audit_entry WHERE action = 'busqueda'")
        ).scalar()
    assert report.intact and searches == 80


def test_the_audit_writer_keeps_order_and_survives_a_busy_database(engine, monkeypatch):
    """Searches queued from the window are appended in order; a failing write is retried."""
    from sqlalchemy.exc import OperationalError

    from cla_desktop.services.audit import writer as writer_module
    from cla_desktop.services.audit.writer import AuditWriter

    failures = []
    real_record = writer_module.record

    def busy_once(*args, **kwargs):
        if not failures:
            failures.append(1)
            raise OperationalError("INSERT", {}, Exception("database is locked"))
        return real_record(*args, **kwargs)

    monkeypatch.setattr(writer_module, "record", busy_once)
    monkeypatch.setattr(writer_module, "RETRY_SECONDS", 0.01)
    writer = AuditWriter(engine)
    for n in range(250):  # more than one batch
        writer.submit(CLERK, AuditAction.SEARCH, f"búsqueda {n}", {"resultados": n})
    writer.close()
    with Session(engine) as session:
        subjects = (
            session.execute(
                select(AuditEntry.subject)
                .where(AuditEntry.action == "busqueda")
                .order_by(AuditEntry.id)
            )
            .scalars()
            .all()
        )
        times = (
            session.execute(
                select(AuditEntry.at).where(AuditEntry.action == "busqueda").order_by(AuditEntry.id)
            )
            .scalars()
            .all()
        )
    assert failures == [1]  # the first batch failed once and was written on the retry
    assert subjects == [f"búsqueda {n}" for n in range(250)]
    assert times == sorted(times)
    assert verify_chain(engine).intact


def test_the_export_runs_no_formula_a_user_typed(engine):
    """A search typed as =HYPERLINK(…) is kept as text in the trail and in the exported CSV
    (OWASP's rule, as for the import's rejects file)."""
    import csv
    import io

    typed = '=HYPERLINK("http://evil";"x")'
    with Session(engine) as session:
        record(session, BOSS, AuditAction.SEARCH, subject=typed)
        record(session, BOSS, AuditAction.SEARCH, subject="@SUM(A1)")
        session.commit()
        csv_text, _count = export_csv(session, BOSS, AuditFilter(until=date(2100, 1, 1)))
        session.commit()
    subjects = [row[7] for row in csv.reader(io.StringIO(csv_text.lstrip("\ufeff")))]
    assert "'" + typed in subjects and "'@SUM(A1)" in subjects
    assert not any(s.startswith(("=", "+", "-", "@")) for s in subjects)
