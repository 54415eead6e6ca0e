"""Administración: the tabs a role may use (the services refuse the rest anyway)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QTabWidget, QWidget

from cla_desktop.domain.roles import Role
from cla_desktop.services.constancias.trust_network import TrustNetwork
from cla_desktop.services.oversight import Oversight
from cla_desktop.ui.audit_view import AuditView
from cla_desktop.ui.operations import OperationRunner
from cla_desktop.ui.reports_view import ReportsView
from cla_desktop.ui.trust_view import TrustView
from cla_desktop.ui.users_view import UsersView


class AdminArea(QTabWidget):
    """Auditoría and Reportes for supervisors, Usuarios and Claves de firma for
    administrators; each tab loads when first shown."""

    def __init__(
        self, oversight: Oversight, runner: OperationRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Administración"))
        self.audit_view = AuditView(oversight, runner) if oversight.can(Role.SUPERVISOR) else None
        self.reports_view = (
            ReportsView(oversight, runner) if oversight.can(Role.SUPERVISOR) else None
        )
        self.users_view = (
            UsersView(oversight, runner) if oversight.can(Role.ADMINISTRADOR) else None
        )
        self.trust_view = (
            TrustView(TrustNetwork(oversight.engine, oversight.actor), runner)
            if oversight.can(Role.ADMINISTRADOR)
            else None
        )
        if self.audit_view:
            self.addTab(self.audit_view, self.tr("Auditoría"))
        if self.reports_view:
            self.addTab(self.reports_view, self.tr("Reportes"))
        if self.users_view:
            self.addTab(self.users_view, self.tr("Usuarios"))
        if self.trust_view:
            self.addTab(self.trust_view, self.tr("Claves de firma"))
        self.loaded: set[int] = set()
        self.currentChanged.connect(self.on_current_changed)

    @Slot(int)
    def on_current_changed(self, index: int) -> None:
        widget = self.widget(index)
        if widget is None or id(widget) in self.loaded:
            return
        self.loaded.add(id(widget))
        widget.refresh()

    def load_current(self) -> None:
        self.on_current_changed(self.currentIndex())
