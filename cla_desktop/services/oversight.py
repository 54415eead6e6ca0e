"""What the Administración area calls: audit, reports, accounts and settings, each call its own
short transaction as the signed-in user (roles are checked by the services underneath)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.accounts.accounts import (
    AccountRow,
    add_user,
    change_own_password,
    list_users,
    reset_password,
    set_active,
    set_role,
)
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.query import AuditFilter, AuditRow, audit_entries, export_csv
from cla_desktop.services.audit.verification import ChainReport, verify_chain
from cla_desktop.services.consultas.mail_config import MailConfig, load_config
from cla_desktop.services.imports.importer import (
    ImportOptions,
    ImportPreview,
    Progress,
    preview,
    run_import,
)
from cla_desktop.services.imports.kinds import ImportKind
from cla_desktop.services.imports.report import ImportReport
from cla_desktop.services.reports import Period, Report, all_reports, report_csv
from cla_desktop.services.settings.model import OfficeIdentity, Settings
from cla_desktop.services.settings.office_sync import office_identity
from cla_desktop.services.settings.secrets import SecretPlace
from cla_desktop.services.settings.workstation import WorkstationSettings, check_database


class Oversight:
    """The open database, the signed-in user and this workstation's settings file."""

    def __init__(
        self, engine: Engine, actor: Actor, settings: WorkstationSettings | None = None
    ) -> None:
        self.engine = engine
        self.actor = actor
        self.settings_file = settings or WorkstationSettings()

    def can(self, role: Role) -> bool:
        return self.actor.role.allows(role)

    def audit(self, filters: AuditFilter) -> list[AuditRow]:
        with Session(self.engine) as session:
            rows = audit_entries(session, self.actor, filters)
            session.commit()
            return rows

    def audit_csv(self, filters: AuditFilter) -> tuple[str, int]:
        with Session(self.engine) as session:
            result = export_csv(session, self.actor, filters)
            session.commit()
            return result

    def verify_audit(self) -> ChainReport:
        self.actor.require(Role.SUPERVISOR)
        return verify_chain(self.engine)

    def reports(self, period: Period) -> list[Report]:
        with Session(self.engine) as session:
            return all_reports(session, self.actor, period)

    def report_csv(self, report: Report, period: Period) -> str:
        with Session(self.engine) as session:
            text = report_csv(session, self.actor, report, period)
            session.commit()
            return text

    def users(self) -> list[AccountRow]:
        with Session(self.engine) as session:
            return list_users(session, self.actor)

    def add_user(self, username: str, role: Role, password: str, full_name: str) -> None:
        with Session(self.engine) as session:
            add_user(session, self.actor, username, role, password, full_name)
            session.commit()

    def set_active(self, username: str, active: bool) -> None:
        with Session(self.engine) as session:
            set_active(session, self.actor, username, active)
            session.commit()

    def set_role(self, username: str, role: Role) -> None:
        with Session(self.engine) as session:
            set_role(session, self.actor, username, role)
            session.commit()

    def reset_password(self, username: str, password: str) -> None:
        with Session(self.engine) as session:
            reset_password(session, self.actor, username, password)
            session.commit()

    def change_own_password(self, current: str, new: str) -> None:
        with Session(self.engine) as session:
            change_own_password(session, self.actor, current, new)
            session.commit()

    def load_settings(self) -> Settings:
        return self.settings_file.load(self.engine)

    def save_settings(self, settings: Settings, place: SecretPlace, **passwords) -> None:
        self.settings_file.save(self.engine, self.actor, settings, place=place, **passwords)

    def mail_config(self) -> MailConfig:
        """The office's mail settings, for the summary in Configuración (never edited there)."""
        with Session(self.engine) as session:
            return load_config(session)

    def check_database(self, settings: Settings, password: str | None) -> str:
        return check_database(settings, password)

    def office_identity(self) -> OfficeIdentity | None:
        """The office the database already names (a first start preselects it)."""
        with Session(self.engine) as session:
            return office_identity(session)

    def offices(self) -> list[tuple[str, str, str, str | None]]:
        """(code, name, kind, dre_code) of every DRE and UGEL, for the office choice."""
        from sqlalchemy import select

        from cla_desktop.store.models import Office

        with Session(self.engine) as session:
            rows = session.execute(
                select(Office.code, Office.name, Office.kind, Office.dre_code).order_by(Office.name)
            )
            return [tuple(row) for row in rows]

    def preview_import(
        self, path: Path, kind: ImportKind, sexo: str | None = None
    ) -> ImportPreview:
        return preview(path, kind, sexo=sexo)

    def import_file(
        self,
        path: Path,
        kind: ImportKind,
        options: ImportOptions,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Runs on a worker thread: its own connection and transaction (see run_import)."""
        return run_import(self.engine, self.actor, path, kind, options, progress)
