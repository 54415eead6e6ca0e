"""Choosing files and folders in Spanish: Qt's own dialog (used where the system offers none)
takes most words from Qt's Spanish translation, which leaves a few in English ("Look in",
"Files of type") or in Spain's Spanish; these set them as a clerk in Peru reads them.  Native
dialogs (Windows) speak the system's language and ignore the labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

_LABELS = (
    (QFileDialog.DialogLabel.LookIn, "Buscar en:"),
    (QFileDialog.DialogLabel.FileName, "Nombre del archivo:"),
    (QFileDialog.DialogLabel.FileType, "Tipo de archivo:"),
    (QFileDialog.DialogLabel.Reject, "Cancelar"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileDialogs", text)


def spanish_file_dialog(parent: QWidget | None, title: str) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    for label, text in _LABELS:
        dialog.setLabelText(label, _tr(text))
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    return dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []


def ask_save_path(parent: QWidget | None, title: str, name: str, file_filter: str) -> str:
    dialog = spanish_file_dialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, _tr("&Guardar"))
    dialog.setNameFilter(file_filter)
    dialog.selectFile(name)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


def ask_open_paths(
    parent: QWidget | None, title: str, file_filter: str, *, many: bool = False
) -> list[str]:
    dialog = spanish_file_dialog(parent, title)
    dialog.setFileMode(
        QFileDialog.FileMode.ExistingFiles if many else QFileDialog.FileMode.ExistingFile
    )
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, _tr("&Abrir"))
    dialog.setNameFilter(file_filter)
    return _run(dialog)


def ask_folder(parent: QWidget | None, title: str) -> str:
    dialog = spanish_file_dialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, _tr("&Elegir"))
    chosen = _run(dialog)
    return chosen[0] if chosen else ""
