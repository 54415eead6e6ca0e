"""The supervisor's look at the trail: filtered pages and a CSV export (both audited)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import or_, select
from sqlmodel import Session

from cla_desktop.domain.lima_time import LIMA, to_lima
from cla_desktop.domain.roles import Role
from cla_desktop.domain.spreadsheet_safety import safe_cells
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction, label_of
from cla_desktop.services.audit.trail import record
from cla_desktop.store.models import AuditEntry

PAGE = 1000


@dataclass(frozen=True)
class AuditFilter:
    since: date | None = None
    until: date | None = None
    username: str | None = None
    action: str | None = None  # an action, or a prefix such as "constancia."
    text: str | None = None  # in the subject or the details (a DNI, a ticket, a name)

    def describe(self) -> dict:
        names = {"since": "desde", "until": "hasta", "username": "usuario", "action": "accion"}
        return {names.get(k, k): str(v) for k, v in asdict(self).items() if v}


def readable_detail(detail: str | None) -> str:
    """'resultados: 3 · nivel: SECUNDARIA' instead of the stored JSON."""
    if not detail:
        return ""
    try:
        values = json.loads(detail)
    except ValueError:
        return detail
    if not isinstance(values, dict):
        return detail
    return " · ".join(
        f"{key.replace('_', ' ')}: {value}" for key, value in values.items() if value is not None
    )


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    role: str
    workstation: str
    action: str
    label: str
    subject: str
    detail: str


def _day_start(day: date) -> datetime:
    """Days are Lima's days: an entry at 22:00 in Lima belongs to that day, not the next."""
    return datetime.combine(day, time.min, tzinfo=LIMA)


def _statement(filters: AuditFilter):
    statement = select(AuditEntry)
    if filters.since:
        statement = statement.where(AuditEntry.at >= _day_start(filters.since))
    if filters.until:
        statement = statement.where(AuditEntry.at < _day_start(filters.until + timedelta(days=1)))
    if filters.username:
        statement = statement.where(AuditEntry.username == filters.username.strip().lower())
    if filters.action:
        if filters.action.endswith("."):
            statement = statement.where(AuditEntry.action.startswith(filters.action))
        else:
            statement = statement.where(AuditEntry.action == filters.action)
    if filters.text:
        pattern = f"%{filters.text.strip()}%"
        statement = statement.where(
            or_(AuditEntry.subject.ilike(pattern), AuditEntry.detail.ilike(pattern))
        )
    # Newest first by time: window searches are chained up to half a second after they happen
    # (services/audit/writer.py), so id order and time order can differ by a few entries.
    return statement.order_by(AuditEntry.id.desc())  # the chain's order, newest first


def _row(entry: AuditEntry) -> AuditRow:
    at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=UTC)
    return AuditRow(
        id=entry.id,
        at=at,
        username=entry.username,
        role=entry.role,
        workstation=entry.workstation,
        action=entry.action,
        label=label_of(entry.action),
        subject=entry.subject or "",
        detail=readable_detail(entry.detail),
    )


def audit_entries(
    session: Session, actor: Actor, filters: AuditFilter, limit: int = PAGE
) -> list[AuditRow]:
    """The newest entries first; looking at the trail is itself recorded."""
    actor.require(Role.SUPERVISOR)
    rows = [_row(e) for e in session.execute(_statement(filters).limit(limit)).scalars()]
    record(session, actor, AuditAction.AUDIT_VIEWED, detail=filters.describe() or None)
    return rows


def export_csv(session: Session, actor: Actor, filters: AuditFilter) -> tuple[str, int]:
    """Every matching entry as CSV (UTF-8 with BOM so spreadsheet programs read the accents)."""
    actor.require(Role.SUPERVISOR)
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(
        [
            "n",
            "fecha_hora",  # ISO 8601 in Lima time, with its offset (-05:00)
            "usuario",
            "rol",
            "equipo",
            "accion",
            "descripcion",
            "sujeto",
            "detalle",
        ]
    )
    count = 0
    for entry in session.execute(_statement(filters)).scalars():
        row = _row(entry)
        writer.writerow(
            safe_cells(
                [
                    row.id,
                    to_lima(row.at).isoformat(timespec="seconds"),
                    row.username,
                    row.role,
                    row.workstation,
                    row.action,
                    row.label,
                    row.subject,
                    entry.detail or "",  # the stored JSON: exact, for whoever processes the file
                ]
            )
        )
        count += 1
    record(
        session,
        actor,
        AuditAction.EXPORT,
        subject="registro de auditoría",
        detail={"filas": count, **filters.describe()},
    )
    return out.getvalue(), count
