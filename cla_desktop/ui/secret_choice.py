"""When there is no OS keyring, ask where a password may go — never decide silently."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from cla_desktop.services.settings.secrets import SecretPlace


def ask_secret_place(parent: QWidget) -> SecretPlace | None:
    """Session only, a plain-text file after explicit consent, or nothing (None)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(parent.tr("No hay llavero del sistema"))
    box.setText(
        parent.tr(
            "Este equipo no tiene un llavero del sistema donde guardar contraseñas de forma "
            "segura. ¿Qué desea hacer con la contraseña?"
        )
    )
    box.setInformativeText(
        parent.tr(
            "«Solo esta sesión» la usa hasta cerrar la aplicación. «Guardar sin cifrar» la "
            "escribe en un archivo de este equipo que solo su usuario puede leer, pero "
            "cualquiera con acceso a su cuenta podría verla. Lo recomendable es pedir al soporte "
            "técnico que active el llavero."
        )
    )
    session = box.addButton(parent.tr("Solo esta &sesión"), QMessageBox.ButtonRole.AcceptRole)
    stored = box.addButton(parent.tr("&Guardar sin cifrar"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(session)
    box.exec()
    clicked = box.clickedButton()
    if clicked is session:
        return SecretPlace.SESSION
    if clicked is stored:
        return SecretPlace.CONSENTED_FILE
    return None
