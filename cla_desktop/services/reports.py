"""The supervisor's figures: constancias, consultas, refusals and guidance notes given, as
tables ready to chart.

Counted in Python over one period's rows (an office issues thousands a year, not millions), so
days and months are cut in Peru's time on both database backends alike.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlmodel import Session

from cla_desktop.domain.consulta import CATEGORIES, ConsultaState
from cla_desktop.domain.guidance import certificado_visado
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.domain.spreadsheet_safety import safe_cells
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.services.constancias.issuance import PERU
from cla_desktop.store.models import AuditEntry, Constancia, Consulta

OPEN_STATES = (
    ConsultaState.BORRADOR,
    ConsultaState.EN_COLA,
    ConsultaState.ENVIADA,
    ConsultaState.ERROR,
)
AGE_BUCKETS = ((7, "Hasta 7 días"), (30, "De 8 a 30 días"), (90, "De 31 a 90 días"))
OLDER = "Más de 90 días"


@dataclass(frozen=True)
class Report:
    """One table: a label column and one count column (what a bar chart shows)."""

    key: str
    title: str
    label_header: str
    rows: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(count for _label, count in self.rows)


@dataclass(frozen=True)
class Period:
    since: date
    until: date  # inclusive

    def bounds(self) -> tuple[datetime, datetime]:
        start = datetime.combine(self.since, time.min, tzinfo=PERU).astimezone(UTC)
        end = datetime.combine(self.until + timedelta(days=1), time.min, tzinfo=PERU)
        return start, end.astimezone(UTC)


def _local(moment: datetime) -> datetime:
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(PERU)


def constancia_reports(session: Session, actor: Actor, period: Period) -> list[Report]:
    """By day, month, clerk and nivel (annulled ones are counted: they were printed)."""
    actor.require(Role.SUPERVISOR)
    start, end = period.bounds()
    rows = session.execute(
        select(Constancia.issued_at, Constancia.issued_by, Constancia.nivel).where(
            Constancia.issued_at >= start, Constancia.issued_at < end
        )
    ).all()
    days: Counter[str] = Counter()
    months: Counter[str] = Counter()
    clerks: Counter[str] = Counter()
    niveles: Counter[str] = Counter()
    for issued_at, clerk, nivel in rows:
        local = _local(issued_at)
        days[local.strftime("%Y-%m-%d")] += 1  # sortable keys; shown as dd/mm/aaaa
        months[local.strftime("%Y-%m")] += 1
        clerks[clerk] += 1
        niveles[Nivel(nivel).label] += 1
    return [
        Report("constancias-dia", "Constancias por día", "Día", _dated(days, "%d/%m/%Y")),
        Report("constancias-mes", "Constancias por mes", "Mes", _dated(months, "%m/%Y")),
        Report(
            "constancias-usuario", "Constancias por usuario", "Usuario", tuple(clerks.most_common())
        ),
        Report("constancias-nivel", "Constancias por nivel", "Nivel", tuple(niveles.most_common())),
    ]


def _dated(counts: Counter[str], shown: str) -> tuple[tuple[str, int], ...]:
    """In date order, labelled the way dates are written in Peru (02/12/2026, 12/2026)."""
    parse = "%Y-%m-%d" if shown.startswith("%d") else "%Y-%m"
    return tuple(
        (datetime.strptime(key, parse).strftime(shown), count)
        for key, count in sorted(counts.items())
    )


def _age_label(days: int) -> str:
    for limit, label in AGE_BUCKETS:
        if days <= limit:
            return label
    return OLDER


def consulta_reports(
    session: Session, actor: Actor, period: Period, today: date | None = None
) -> list[Report]:
    """Registered in the period, by state and category; the open ones by age."""
    actor.require(Role.SUPERVISOR)
    start, end = period.bounds()
    today = today or datetime.now(PERU).date()
    rows = session.execute(
        select(Consulta.state, Consulta.category, Consulta.created_at).where(
            Consulta.created_at >= start, Consulta.created_at < end
        )
    ).all()
    states: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    ages: Counter[str] = Counter()
    open_states = {state.value for state in OPEN_STATES}
    for state, category, created_at in rows:
        states[state] += 1
        categories[CATEGORIES.get(category, category)] += 1
        if state in open_states:
            ages[_age_label((today - _local(created_at).date()).days)] += 1
    age_order = [label for _limit, label in AGE_BUCKETS] + [OLDER]
    return [
        Report("consultas-estado", "Consultas por estado", "Estado", tuple(states.most_common())),
        Report(
            "consultas-categoria",
            "Consultas por categoría",
            "Categoría",
            tuple(categories.most_common()),
        ),
        Report(
            "consultas-antiguedad",
            "Consultas abiertas por antigüedad",
            "Antigüedad",
            tuple((label, ages[label]) for label in age_order if ages[label]),
        ),
    ]


def refusal_report(session: Session, actor: Actor, period: Period) -> Report:
    """Constancias refused, by the reason the citizen was given (read from the audit trail)."""
    actor.require(Role.SUPERVISOR)
    start, end = period.bounds()
    details = session.execute(
        select(AuditEntry.detail).where(
            AuditEntry.action == AuditAction.CONSTANCIA_REFUSED.value,
            AuditEntry.at >= start,
            AuditEntry.at < end,
        )
    ).scalars()
    reasons: Counter[str] = Counter()
    for detail in details:
        reason = json.loads(detail or "{}").get("motivo", "otros")
        reasons[CATEGORIES.get(reason, reason)] += 1
    return Report(
        "rechazos-motivo",
        "Constancias rechazadas por motivo",
        "Motivo",
        tuple(reasons.most_common()),
    )


def guidance_report(session: Session, actor: Actor, period: Period) -> Report:
    """Guidance notes handed to citizens at the counter (read from the audit trail).  Each note
    has its row even at 0: how rarely a question comes up is itself the figure."""
    actor.require(Role.SUPERVISOR)
    start, end = period.bounds()
    given = session.execute(
        select(func.count())
        .select_from(AuditEntry)
        .where(
            AuditEntry.action == AuditAction.GUIDANCE_GIVEN.value,
            AuditEntry.at >= start,
            AuditEntry.at < end,
        )
    ).scalar_one()
    return Report(
        "notas-informativas",
        "Notas informativas entregadas en ventanilla",
        "Nota",
        ((certificado_visado().title, given),),
    )


def all_reports(session: Session, actor: Actor, period: Period) -> list[Report]:
    return [
        *constancia_reports(session, actor, period),
        *consulta_reports(session, actor, period),
        refusal_report(session, actor, period),
        guidance_report(session, actor, period),
    ]


def report_csv(session: Session, actor: Actor, report: Report, period: Period) -> str:
    """Counts only (no personal data), UTF-8 with BOM for spreadsheet programs; audited."""
    actor.require(Role.SUPERVISOR)
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(safe_cells([report.label_header, "Cantidad"]))
    writer.writerows(safe_cells(row) for row in report.rows)
    writer.writerow(["Total", report.total])
    record(
        session,
        actor,
        AuditAction.EXPORT,
        subject=report.title,
        detail={"desde": period.since.isoformat(), "hasta": period.until.isoformat()},
    )
    return out.getvalue()
