"""Administración → Claves de firma: the keys this office trusts, the trust list's date, and
importing (confirming a new signer's huella once), publishing and the offline verifier."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from cla_desktop.domain.lima_time import format_moment
from cla_desktop.services.constancias.trust_lists import (
    DEFAULT_VALID_DAYS,
    ImportOutcome,
    SignerNotTrusted,
)
from cla_desktop.services.constancias.trust_network import TrustNetwork
from cla_desktop.services.constancias.trust_overview import KeyRow, TrustStatus
from cla_desktop.ui.file_dialogs import ask_open_paths, ask_save_path
from cla_desktop.ui.forms.ui_trust_view import Ui_TrustView
from cla_desktop.ui.operations import Failure, OperationRunner
from cla_desktop.ui.table_fill import fill_table

HEADERS = ("Huella", "Oficina", "Equipo", "Desde", "Estado")
LIST_FILTER = "Lista de confianza (*.json)"


class TrustView(QWidget):
    """Keys and trust lists of this office's database."""

    def __init__(
        self, network: TrustNetwork, runner: OperationRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.network = network
        self.runner = runner
        self.ui = Ui_TrustView()
        self.ui.setupUi(self)
        self.ui.importButton.clicked.connect(self.on_import_clicked)
        self.ui.publishButton.clicked.connect(self.on_publish_clicked)
        self.ui.verifierButton.clicked.connect(self.on_verifier_clicked)

    @Slot()
    def refresh(self) -> None:
        self.runner.run(self.network.overview, self.on_loaded, self.on_failed, owner=self)

    def on_failed(self, failure: Failure) -> None:
        QMessageBox.warning(self, self.tr("Claves de firma"), failure.message)

    def on_loaded(self, overview: tuple[TrustStatus, list[KeyRow]]) -> None:
        status, keys = overview
        today = self.network.today()
        self.ui.statusLabel.setText(status.text(today))
        self.ui.statusLabel.setStyleSheet("color: #b91c1c;" if status.expired(today) else "")
        fill_table(
            self.ui.table,
            [self.tr(h) for h in HEADERS],
            [
                (
                    k.fingerprint,
                    k.office + (self.tr(" · esta oficina") if k.local else ""),
                    k.workstation,
                    format_moment(k.since),
                    k.state,
                )
                for k in keys
            ],
        )

    @Slot()
    def on_import_clicked(self) -> None:
        paths = ask_open_paths(self, self.tr("Importar lista de confianza"), self.tr(LIST_FILTER))
        if paths:
            self._import(Path(paths[0]), None)

    def _import(self, path: Path, confirm: str | None) -> None:
        self.runner.run(
            partial(self.network.import_list, path, confirm),
            self.on_imported,
            partial(self.on_import_failed, path),
            owner=self,
        )

    def on_imported(self, outcome: ImportOutcome) -> None:
        QMessageBox.information(
            self,
            self.tr("Lista de confianza importada"),
            self.tr(
                "Lista de {issuer} del {issued}, vigente hasta el {until}: {added} claves nuevas, "
                "{updated} actualizadas, {ignored} ignoradas."
            ).format(
                issuer=outcome.issuer,
                issued=f"{outcome.issued_at:%d/%m/%Y}",
                until=f"{outcome.valid_until:%d/%m/%Y}",
                added=outcome.added,
                updated=outcome.updated,
                ignored=outcome.ignored,
            ),
        )
        self.refresh()

    def on_import_failed(self, path: Path, failure: Failure) -> None:
        if not isinstance(failure.error, SignerNotTrusted):
            self.on_failed(failure)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Confirmar la huella"),
            self.tr(
                "{message}\n\nHuella: {huella}\n\n¿La oficina emisora le confirmó esta misma "
                "huella? Responda «Sí» solo si coincide carácter por carácter."
            ).format(message=failure.message, huella=failure.error.fingerprint),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._import(path, failure.error.fingerprint)

    @Slot()
    def on_publish_clicked(self) -> None:
        days, ok = QInputDialog.getInt(
            self,
            self.tr("Publicar la lista de confianza"),
            self.tr("Vigencia de la lista, en días:"),
            DEFAULT_VALID_DAYS,
            1,
            366,
        )
        if not ok:
            return
        path = ask_save_path(
            self,
            self.tr("Guardar la lista de confianza"),
            "lista-de-confianza.json",
            self.tr(LIST_FILTER),
        )
        if path:
            self.runner.run(
                partial(self.network.publish, Path(path), days),
                partial(self.on_saved, path),
                self.on_failed,
                owner=self,
            )

    @Slot()
    def on_verifier_clicked(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Guardar el verificador sin internet"),
            "verificador-de-constancias.html",
            self.tr("Página web (*.html)"),
        )
        if path:
            self.runner.run(
                partial(self.network.write_verifier, Path(path)),
                partial(self.on_saved, path),
                self.on_failed,
                owner=self,
            )

    def on_saved(self, path: str, count: int) -> None:
        QMessageBox.information(
            self,
            self.tr("Claves de firma"),
            self.tr("Guardado en {path} ({count} claves).").format(path=path, count=count),
        )
        self.refresh()
