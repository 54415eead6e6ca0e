"""The supervisor's look at the audit trail: filters, the entries, CSV export and a check of
the hash chain (run in the background: a million entries take seconds)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QWidget

from cla_desktop.atomic_files import write_text_atomically
from cla_desktop.domain.lima_time import format_moment
from cla_desktop.domain.roles import Role
from cla_desktop.domain.wording import count_phrase
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.query import PAGE, AuditFilter, AuditRow
from cla_desktop.services.audit.verification import ChainReport
from cla_desktop.services.oversight import Oversight
from cla_desktop.ui.file_dialogs import ask_save_path
from cla_desktop.ui.forms.ui_audit_view import Ui_AuditView
from cla_desktop.ui.operations import Failure, Lane, OperationRunner
from cla_desktop.ui.table_fill import fill_table

GROUPS = (
    ("Sesiones", "sesion."),
    ("Constancias", "constancia."),
    ("Consultas", "consulta."),
    ("Usuarios", "usuario."),
)
HEADERS = ("N.°", "Fecha y hora", "Usuario", "Rol", "Equipo", "Acción", "Sujeto", "Detalle")


class AuditView(QWidget):
    """Filters, table, Exportar CSV…, Verificar integridad."""

    def __init__(
        self, oversight: Oversight, runner: OperationRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.oversight = oversight
        self.runner = runner
        self.rows: list[AuditRow] = []
        self.ui = Ui_AuditView()
        self.ui.setupUi(self)
        today = QDate.currentDate()
        self.ui.sinceEdit.setDate(today.addDays(-7))
        self.ui.untilEdit.setDate(today)
        self.ui.actionCombo.addItem(self.tr("Todas"), "")
        for label, prefix in GROUPS:
            self.ui.actionCombo.addItem(self.tr(label) + " (todas)", prefix)
        for action in AuditAction:
            self.ui.actionCombo.addItem(action.label, action.value)
        self.ui.searchButton.clicked.connect(self.refresh)
        self.ui.textEdit.returnPressed.connect(self.refresh)
        self.ui.userEdit.returnPressed.connect(self.refresh)
        self.ui.exportButton.clicked.connect(self.on_export_clicked)
        self.ui.verifyButton.clicked.connect(self.on_verify_clicked)

    def filters(self) -> AuditFilter:
        return AuditFilter(
            since=self.ui.sinceEdit.date().toPython(),
            until=self.ui.untilEdit.date().toPython(),
            username=self.ui.userEdit.text().strip() or None,
            action=self.ui.actionCombo.currentData() or None,
            text=self.ui.textEdit.text().strip() or None,
        )

    @Slot()
    def refresh(self) -> None:
        self.ui.countLabel.setText(self.tr("Buscando en la auditoría…"))
        self.runner.run(
            partial(self.oversight.audit, self.filters()),
            self.on_loaded,
            self.on_failed,
            owner=self,
        )

    def on_failed(self, failure: Failure) -> None:
        self.ui.countLabel.setText(failure.message)

    def on_loaded(self, rows: list[AuditRow]) -> None:
        self.rows = rows
        fill_table(
            self.ui.table,
            [self.tr(h) for h in HEADERS],
            [
                (
                    row.id,
                    format_moment(row.at, seconds=True),
                    row.username,
                    _role_word(row.role),
                    row.workstation,
                    row.label,
                    row.subject,
                    row.detail,
                )
                for row in self.rows
            ],
        )
        if len(self.rows) >= PAGE:
            text = self.tr(
                "Se muestran las {n:,} entradas más recientes del periodo; hay más: acote las "
                "fechas o los filtros, o exporte a CSV (incluye todas). Horas de Lima."
            ).format(n=len(self.rows))
        else:
            text = self.tr("{entries} (las más recientes primero; horas de Lima)").format(
                entries=count_phrase(len(self.rows), self.tr("entrada"), self.tr("entradas"))
            )
        self.ui.countLabel.setText(text)

    @Slot()
    def on_export_clicked(self) -> None:
        path = ask_save_path(
            self, self.tr("Exportar registro de auditoría"), "auditoria.csv", "CSV (*.csv)"
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        self.ui.countLabel.setText(self.tr("Exportando…"))
        self.runner.run(
            partial(self._export, path, self.filters()),
            partial(self.on_exported, path),
            self.on_export_failed,
            owner=self,
        )

    def _export(self, path: Path, filters: AuditFilter) -> int:  # runs on a worker thread
        text, count = self.oversight.audit_csv(filters)
        write_text_atomically(path, text)
        return count

    def on_exported(self, path: Path, count: int) -> None:
        self.ui.countLabel.setText(
            self.tr("{entries} a {path}").format(
                entries=count_phrase(
                    count, self.tr("entrada exportada"), self.tr("entradas exportadas")
                ),
                path=path,
            )
        )

    def on_export_failed(self, failure: Failure) -> None:
        self.ui.countLabel.setText(
            self.tr("No se exportó. {reason}").format(reason=failure.message)
        )

    @Slot()
    def on_verify_clicked(self) -> None:
        self.ui.verifyButton.setEnabled(False)
        self.ui.verifyLabel.setText(self.tr("Verificando la cadena de auditoría…"))
        self.runner.run(
            self.oversight.verify_audit,
            self.on_verified,
            self.on_verify_failed,
            lane=Lane.LONG,
            owner=self,
        )

    def on_verified(self, report: ChainReport) -> None:
        self.ui.verifyButton.setEnabled(True)
        color = "#166534" if report.intact else "#b91c1c"
        self.ui.verifyLabel.setStyleSheet(f"QLabel {{ color: {color}; font-weight: bold; }}")
        self.ui.verifyLabel.setText(report.sentence())

    def on_verify_failed(self, failure: Failure) -> None:
        self.ui.verifyButton.setEnabled(True)
        self.ui.verifyLabel.setText(
            self.tr("No se pudo verificar. {reason}").format(reason=failure.message)
        )


def _role_word(value: str) -> str:
    try:
        return Role(value).label
    except ValueError:  # an entry written by an older version, or "sistema"
        return value.capitalize()
