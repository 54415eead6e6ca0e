"""The main window's look: large navigation entries and the status bar's labels."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QStatusBar, QStyle

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.ui.shell_info import ShellInfo

NAVIGATION_ICONS = (
    QStyle.StandardPixmap.SP_FileDialogContentsView,
    QStyle.StandardPixmap.SP_FileDialogDetailedView,
    QStyle.StandardPixmap.SP_MessageBoxQuestion,
    QStyle.StandardPixmap.SP_ComputerIcon,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def admin_help(role: Role) -> str:
    """What Administración holds for this account, so an operador is not left guessing."""
    if role.allows(Role.ADMINISTRADOR):
        return _tr(
            "Auditoría, reportes, cuentas de usuario, configuración de la oficina y del correo, "
            "e importación de datos."
        )
    if role.allows(Role.SUPERVISOR):
        return _tr(
            "Auditoría (quién buscó, vio o imprimió qué), reportes de la ventanilla e "
            "importación de datos. Las cuentas y la configuración las maneja un administrador."
        )
    return _tr(
        "Su cuenta es de operador: atiende en ventanilla (búsqueda, constancias y consultas). "
        "Aquí un supervisor revisa la auditoría y los reportes, y un administrador maneja las "
        "cuentas y la configuración. Si necesita algo de esto, pídaselo a ellos."
    )


def enlarge_title(label: QLabel) -> None:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)


def style_navigation(navigation: QListWidget, style: QStyle) -> None:
    """Large, icon-led entries: the counter works at arm's length, often by keyboard."""
    navigation.setStyleSheet(
        "QListWidget#navigation { font-size: 12pt; background: #f4f6f8; border: none;"
        " border-right: 1px solid #c8ced6; }"
        "QListWidget#navigation::item { padding: 10px 6px; }"
        "QListWidget#navigation::item:selected { background: #1f5f99; color: white; }"
    )
    for row, icon in enumerate(NAVIGATION_ICONS):
        navigation.item(row).setIcon(style.standardIcon(icon))


@dataclass(frozen=True)
class StatusLabels:
    """What the status bar shows: demo banner, office, consulta alert, user, database."""

    office: QLabel
    consulta_alert: QLabel
    user: QLabel
    database: QLabel

    @classmethod
    def install(cls, status: QStatusBar, info: ShellInfo, actor: Actor) -> StatusLabels:
        if info.demo:
            demo = QLabel(_tr("DEMOSTRACIÓN: datos ficticios"))
            demo.setStyleSheet("QLabel { background: #b45309; color: white; padding: 0 6px; }")
            status.addWidget(demo)
        office = QLabel(info.office or _tr("Oficina sin configurar"))
        office.setAccessibleName(_tr("Oficina"))
        status.addWidget(office)
        alert = QLabel()
        alert.setAccessibleName(_tr("Aviso de consultas"))
        alert.setStyleSheet("QLabel { background: #b91c1c; color: white; padding: 0 6px; }")
        alert.hide()
        status.addWidget(alert)
        user = QLabel(_tr("{user} · {role}").format(user=actor.username, role=actor.role.label))
        user.setAccessibleName(_tr("Usuario y rol"))
        status.addPermanentWidget(user)
        database = QLabel(info.database)
        database.setAccessibleName(_tr("Base de datos"))
        status.addPermanentWidget(database)
        return cls(office, alert, user, database)
