"""The About dialog: version, database and where the logs are."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from cla_desktop import APP_NAME, __version__
from cla_desktop.ui.forms.ui_about_dialog import Ui_AboutDialog
from cla_desktop.ui.shell_info import ShellInfo


class AboutDialog(QDialog):
    """Shows what is running and against which database, for the office's IT person."""

    def __init__(self, info: ShellInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        font = self.ui.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.ui.title.setFont(font)
        self.ui.title.setText(APP_NAME)
        self.ui.version.setText(self.tr("Versión {version}").format(version=__version__))
        lines = [self.tr("Base de datos: {db}").format(db=info.database)]
        if info.office:
            lines.append(self.tr("Oficina: {office}").format(office=info.office))
        if info.log_file:
            lines.append(self.tr("Registro de eventos: {path}").format(path=info.log_file))
        self.ui.details.setText("\n".join(lines))
