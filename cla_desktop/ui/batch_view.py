"""Many constancias at once from a pasted list: progress bar and cancel, off the GUI thread.

The worker reports progress into plain attributes that a GUI-thread timer reads (no Qt call
from the worker)."""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from cla_desktop.domain.constancia import motivos
from cla_desktop.domain.levels import Nivel
from cla_desktop.services.constancias.batch import BatchItem
from cla_desktop.services.workbench import Workbench
from cla_desktop.ui.background import TaskRunner
from cla_desktop.ui.forms.ui_batch_view import Ui_BatchView


class BatchView(QWidget):
    def __init__(self, workbench: Workbench, runner: TaskRunner, parent: QWidget | None = None):
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
        self._cancel = threading.Event()
        self._done = 0
        self._total = 0
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self.on_tick)
        self.items: list[BatchItem] | None = None

    @Slot()
    def on_folder_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Carpeta para los PDF"))
        if folder:
            self.ui.folderEdit.setText(folder)

    def _progress(self, done: int, total: int) -> None:  # runs on the worker thread
        self._done, self._total = done, total

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
        self._cancel.clear()
        self._done, self._total = 0, len(documents)
        self.items = None
        self.ui.progressBar.setRange(0, len(documents))
        self.ui.progressBar.setValue(0)
        self.ui.startButton.setEnabled(False)
        self.ui.cancelButton.setEnabled(True)
        self.ui.reportEdit.setPlainText(self.tr("Emitiendo…"))
        self._timer.start()
        self.runner.run(
            partial(
                self.workbench.issue_batch,
                documents,
                Nivel(self.ui.nivelCombo.currentData()),
                self.ui.motivoCombo.currentText(),
                Path(folder),
                self._progress,
                self._cancel.is_set,
            ),
            self.on_finished,
            self.on_failed,
        )

    @Slot()
    def on_cancel_clicked(self) -> None:
        self._cancel.set()
        self.ui.cancelButton.setEnabled(False)

    @Slot()
    def on_tick(self) -> None:
        self.ui.progressBar.setValue(self._done)

    def _stop(self) -> None:
        self._timer.stop()
        self.ui.progressBar.setValue(self._done)
        self.ui.startButton.setEnabled(True)
        self.ui.cancelButton.setEnabled(False)

    def on_finished(self, items: list[BatchItem]) -> None:
        self._stop()
        self.items = items
        issued = [i for i in items if not i.problem]
        lines = [
            self.tr("{ok} emitidas, {bad} no emitidas{cancel}.").format(
                ok=len(issued),
                bad=len(items) - len(issued),
                cancel=self.tr(" (cancelado)") if self._cancel.is_set() else "",
            )
        ]
        lines += [f"{i.document}: {i.codigo_virtual} → {i.path}" for i in issued]
        lines += [f"{i.document}: {i.problem}" for i in items if i.problem]
        self.ui.reportEdit.setPlainText("\n".join(lines))

    def on_failed(self, error: Exception) -> None:
        self._stop()
        self.ui.reportEdit.setPlainText(self.tr("El lote se detuvo: {reason}").format(reason=error))
