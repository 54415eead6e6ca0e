"""Reports: constancias by day, month, clerk and nivel; consultas by state, category and age;
refusals by reason — counted on SQLite and PostgreSQL, exported as CSV."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import Session

from cla_desktop.domain.constancia import IssueRefused
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.constancias.issuance import IssueRequest
from cla_desktop.services.consultas.consulta_service import NewConsulta
from cla_desktop.services.reports import Period, all_reports, report_csv
from cla_desktop.services.settings_store import set_office
from cla_desktop.services.workbench import Workbench
from cla_desktop.store.models import Consulta
from tests.services.constancia_world import adult_with_secundaria
from tests.services.people import add_cast

ANA = Actor("ana", Role.OPERADOR, workstation="v1")
LUIS = Actor("luis", Role.OPERADOR, workstation="v2")
BOSS = Actor("beto", Role.SUPERVISOR, workstation="v3")


def test_reports_count_what_happened(engine, memory_keyring):
    with Session(engine) as session:
        set_office(session, SYSTEM, "150104")
        ids = add_cast(session)
        student = adult_with_secundaria(session)
        session.commit()
    for actor in (ANA, ANA, LUIS):
        Workbench(engine, actor).issue(
            student, IssueRequest.titular(Nivel.SECUNDARIA, "Trámite laboral")
        )
    for _ in range(2):
        with pytest.raises(IssueRefused):
            Workbench(engine, ANA).issue(
                ids["pedro"], IssueRequest.titular(Nivel.PRIMARIA, "Trámite laboral")
            )
    bench = Workbench(engine, ANA)
    for category in ("otros", "otros", "sin-dni"):
        bench.new_consulta(
            NewConsulta(category=category, description="Caso para DIGE x"), send=False
        )
    with Session(engine) as session:  # one consulta was opened 40 days ago
        oldest = session.get(Consulta, 1)
        oldest.created_at = datetime.now(UTC) - timedelta(days=40)
        session.commit()
    today = datetime.now(UTC).date()
    period = Period(today - timedelta(days=60), today + timedelta(days=1))
    with Session(engine) as session:
        with pytest.raises(PermissionError):
            all_reports(session, ANA, period)
        reports = {r.key: r for r in all_reports(session, BOSS, period)}
        assert reports["constancias-usuario"].rows == (("ana", 2), ("luis", 1))
        assert reports["constancias-nivel"].rows == (("Secundaria", 3),)
        assert reports["constancias-dia"].total == 3 and len(reports["constancias-mes"].rows) == 1
        assert reports["consultas-estado"].rows == (("BORRADOR", 3),)
        assert dict(reports["consultas-categoria"].rows) == {
            "Otros": 2,
            "Estudiante sin DNI": 1,
        }
        assert dict(reports["consultas-antiguedad"].rows) == {
            "Hasta 7 días": 2,
            "De 31 a 90 días": 1,
        }
        assert reports["rechazos-motivo"].rows == (("Sin matrícula desde 2013", 2),)
        csv_text = report_csv(session, BOSS, reports["constancias-usuario"], period)
        session.commit()
    assert csv_text.lstrip("\ufeff").splitlines() == [
        "Usuario,Cantidad",
        "ana,2",
        "luis,1",
        "Total,3",
    ]
    with Session(engine) as session:
        empty = all_reports(session, BOSS, Period(date(2020, 1, 1), date(2020, 1, 31)))
    assert all(report.total == 0 for report in empty)
