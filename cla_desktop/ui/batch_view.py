"""Many constancias at once from a pasted list: progress bar and cancel, on the long-work lane
(a batch never delays a search at the counter)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from cla_desktop.domain.constancia import motivos
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.wording import count_phrase
from cla_desktop.services.constancias.batch import BatchItem
from cla_desktop.services.workbench import Workbench
from cla_desktop.ui.file_dialogs import ask_folder
from cla_desktop.ui.forms.ui_batch_view import Ui_BatchView
from cla_desktop.ui.operations import (
    Failure,
    Lane,
    OperationContext,
    OperationHandle,
    OperationRunner,
)


class BatchView(QWidget):
    """The pasted documents, nivel, motivo and folder; Emitir / Cancelar; the report."""

    def __init__(
        self, workbench: Workbench, runner: OperationRunner, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.workbench = workbench
        self.runner = runner
        self.ui = Ui_BatchView()
        self.ui.setupUi(self)
        for nivel in (Nivel.SECUNDARIA, Nivel.PRIMARIA, Nivel.INICIAL):
            self.ui.nivelCombo.addItem(nivel.label, nivel.value)
        self.ui.motivoCombo.addItems(list(motivos()))
        self.ui.folderButton.clicked.connect(self.on_folder_clicked)
        self.ui.startButton.clicked.connect(self.start)
        self.ui.cancelButton.clicked.connect(self.on_cancel_clicked)
        self.handle: OperationHandle | None = None
        self.cancelled = False
        self.items: list[BatchItem] | None = None

    @Slot()
    def on_folder_clicked(self) -> None:
        folder = ask_folder(self, self.tr("Carpeta para los PDF"))
        if folder:
            self.ui.folderEdit.setText(folder)

    @Slot()
    def start(self) -> None:
        documents = [
            line.strip()
            for line in self.ui.documentsEdit.toPlainText().splitlines()
            if line.strip()
        ]
        folder = self.ui.folderEdit.text().strip()
        if not documents or not folder:
            self.ui.reportEdit.setPlainText(self.tr("Pegue al menos un DNI y elija la carpeta."))
            return
        self.cancelled = False
        self.items = None
        self.ui.progressBar.setRange(0, len(documents))
        self.ui.progressBar.setValue(0)
        self.ui.startButton.setEnabled(False)
        self.ui.cancelButton.setEnabled(True)
        self.ui.reportEdit.setPlainText(self.tr("Emitiendo…"))
        self.handle = self.runner.run_reporting(
            partial(
                self._issue,
                documents,
                Nivel(self.ui.nivelCombo.currentData()),
                self.ui.motivoCombo.currentText(),
                Path(folder),
            ),
            self.on_finished,
            self.on_failed,
            progress=self.on_progress,
            lane=Lane.LONG,
            owner=self,
        )

    def _issue(
        self,
        documents: list[str],
        nivel: Nivel,
        motivo: str,
        folder: Path,
        context: OperationContext,
    ) -> list[BatchItem]:  # runs on the worker thread
        return self.workbench.issue_batch(
            documents, nivel, motivo, folder, context.progress, context.is_cancelled
        )

    def on_progress(self, done: int, total: int | None) -> None:
        if total:
            self.ui.progressBar.setRange(0, total)
        self.ui.progressBar.setValue(done)

    @Slot()
    def on_cancel_clicked(self) -> None:
        if self.handle is not None:
            self.cancelled = True
            self.handle.cancel()  # issued ones stay issued; the rest are not started
        self.ui.cancelButton.setEnabled(False)

    def _stop(self) -> None:
        self.handle = None
        self.ui.startButton.setEnabled(True)
        self.ui.cancelButton.setEnabled(False)

    def on_finished(self, items: list[BatchItem]) -> None:
        self._stop()
        self.items = items
        self.ui.progressBar.setValue(len(items))
        issued = [i for i in items if i.path]
        without_pdf = [i for i in items if i.codigo_virtual and not i.path]
        refused = len(items) - len(issued) - len(without_pdf)
        parts = [
            count_phrase(len(issued), self.tr("emitida"), self.tr("emitidas")),
            count_phrase(refused, self.tr("no emitida"), self.tr("no emitidas")),
        ]
        if without_pdf:
            parts.append(
                count_phrase(
                    len(without_pdf),
                    self.tr("emitida sin PDF (reimprímala)"),
                    self.tr("emitidas sin PDF (reimprímalas)"),
                )
            )
        cancel = self.tr(" (lote cancelado)") if self.cancelled else ""
        lines = [", ".join(parts) + cancel + "."]
        lines += [f"{i.document}: {i.codigo_virtual} → {i.path}" for i in issued]
        lines += [f"{i.document}: {i.problem}" for i in items if i.problem]
        self.ui.reportEdit.setPlainText("\n".join(lines))

    def on_failed(self, failure: Failure) -> None:
        self._stop()
        self.ui.reportEdit.setPlainText(
            self.tr("El lote se detuvo. {reason}").format(reason=failure.message)
        )
