"""The supervisor's look at the audit trail: filters, the entries, CSV export and a check of
the hash chain (run in the background: a million entries take seconds)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.query import AuditFilter, AuditRow
from cla_desktop.services.audit.verification import ChainReport
from cla_desktop.services.oversight import Oversight
from cla_desktop.store.errors import DatabaseError
from cla_desktop.ui.background import TaskRunner
from cla_desktop.ui.file_export import write_text_atomically
from cla_desktop.ui.forms.ui_audit_view import Ui_AuditView
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
        self, oversight: Oversight, runner: TaskRunner, parent: QWidget | None = None
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

    def set_period(self, since: date, until: date) -> None:
        self.ui.sinceEdit.setDate(QDate(since))
        self.ui.untilEdit.setDate(QDate(until))

    @Slot()
    def refresh(self) -> None:
        try:
            self.rows = self.oversight.audit(self.filters())
        except (PermissionError, DatabaseError) as error:
            QMessageBox.warning(self, self.tr("Auditoría"), str(error))
            return
        fill_table(
            self.ui.table,
            [self.tr(h) for h in HEADERS],
            [
                (
                    row.id,
                    row.at.astimezone().strftime("%d/%m/%Y %H:%M:%S"),
                    row.username,
                    row.role,
                    row.workstation,
                    row.label,
                    row.subject,
                    row.detail,
                )
                for row in self.rows
            ],
        )
        self.ui.countLabel.setText(
            self.tr("{n} entradas (las más recientes primero)").format(n=len(self.rows))
        )

    @Slot()
    def on_export_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Exportar registro de auditoría"), "auditoria.csv", "CSV (*.csv)"
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> int:
        try:
            text, count = self.oversight.audit_csv(self.filters())
            write_text_atomically(path, text)
        except (PermissionError, DatabaseError, OSError) as error:
            QMessageBox.warning(
                self,
                self.tr("No se exportó"),
                self.tr("No se pudo exportar: {e}").format(e=error),
            )
            return 0
        self.ui.countLabel.setText(
            self.tr("{n} entradas exportadas a {path}").format(n=count, path=path)
        )
        return count

    @Slot()
    def on_verify_clicked(self) -> None:
        self.ui.verifyButton.setEnabled(False)
        self.ui.verifyLabel.setText(self.tr("Verificando la cadena de auditoría…"))
        self.runner.run(self.oversight.verify_audit, self.on_verified, self.on_verify_failed)

    def on_verified(self, report: ChainReport) -> None:
        self.ui.verifyButton.setEnabled(True)
        color = "#166534" if report.intact else "#b91c1c"
        self.ui.verifyLabel.setStyleSheet(f"QLabel {{ color: {color}; font-weight: bold; }}")
        self.ui.verifyLabel.setText(report.sentence())

    def on_verify_failed(self, error: Exception) -> None:
        self.ui.verifyButton.setEnabled(True)
        self.ui.verifyLabel.setText(self.tr("No se pudo verificar: {e}").format(e=error))
