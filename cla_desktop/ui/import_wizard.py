"""Importar datos: choose file and kind → preview and full check (nothing saved) → import with
a progress bar and a stop button that rolls everything back → summary.

The check and the import run on a worker thread; they report progress into plain attributes
that a GUI-thread timer reads, and the stop button sets an Event the worker's progress
callback turns into ImportCancelled (the service then rolls back).
"""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from cla_desktop.services.imports.importer import (
    ImportCancelled,
    ImportOptions,
    ImportPreview,
    default_rejects_path,
)
from cla_desktop.services.imports.kinds import LOAD_ORDER, ImportKind, guess_kind
from cla_desktop.services.imports.report import ImportReport
from cla_desktop.services.oversight import Oversight
from cla_desktop.ui.background import Executor, TaskRunner
from cla_desktop.ui.forms.ui_import_wizard import Ui_ImportWizard
from cla_desktop.ui.table_fill import fill_table

FILE_PAGE, CHECK_PAGE, RUN_PAGE, SUMMARY_PAGE = range(4)
SHOWN_PROBLEMS = 200
DELIMITER_WORDS = {",": "coma", ";": "punto y coma", "\t": "tabulador", "|": "barra vertical"}


class ImportWizard(QWizard):
    def __init__(
        self,
        oversight: Oversight,
        executor: Executor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.oversight = oversight
        self.runner = TaskRunner(executor, self)  # dies with the wizard: no late callbacks
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        for kind in LOAD_ORDER:
            self.ui.kindCombo.addItem(kind.label, kind.value)
        self.ui.browseButton.clicked.connect(self.on_browse_clicked)
        self.ui.fileEdit.textChanged.connect(self.on_file_changed)
        self.ui.cancelImportButton.clicked.connect(self.on_stop_clicked)
        self.currentIdChanged.connect(self.on_page_changed)
        self._cancel = threading.Event()
        self._done = 0
        self._total: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self.on_tick)
        self.busy = False
        self.check: ImportReport | None = None
        self.report: ImportReport | None = None

    # -- page 1 ------------------------------------------------------------------------------
    @Slot()
    def on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Archivo a importar"),
            "",
            self.tr("Datos (*.csv *.txt *.tsv *.xlsx *.dbf);;Todos los archivos (*)"),
        )
        if path:
            self.ui.fileEdit.setText(path)

    @Slot(str)
    def on_file_changed(self, text: str) -> None:
        kind = guess_kind(Path(text).name) if text.strip() else None
        if kind is not None:
            self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(kind.value))

    @property
    def path(self) -> Path:
        return Path(self.ui.fileEdit.text().strip())

    @property
    def kind(self) -> ImportKind:
        return ImportKind(self.ui.kindCombo.currentData())

    def options(self, *, dry_run: bool) -> ImportOptions:
        skip = self.ui.skipInvalidCheck.isChecked()
        rejects = default_rejects_path(self.path) if skip and not dry_run else None
        return ImportOptions(dry_run=dry_run, skip_invalid=skip, rejects=rejects)

    # -- navigation --------------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if self.busy:
            return False
        if page == FILE_PAGE:
            if not self.ui.fileEdit.text().strip() or not self.path.is_file():
                self.ui.fileMessage.setText(self.tr("Elija un archivo que exista."))
                return False
            self.ui.fileMessage.clear()
            return True
        if page == CHECK_PAGE:
            if self.check is None:
                return False
            if self.check.has_problems and not self.ui.skipInvalidCheck.isChecked():
                self.ui.checkSummary.setText(
                    self.check.outcome()
                    + " "
                    + self.tr(
                        "Corrija el archivo, o vuelva atrás y marque «Importar solo las filas "
                        "válidas»."
                    )
                )
                return False
            return True
        if page == RUN_PAGE:
            return self.report is not None
        return True

    @Slot(int)
    def on_page_changed(self, page: int) -> None:
        if page == CHECK_PAGE:
            self.start_check()
        elif page == RUN_PAGE:
            self.start_import()
        elif page == SUMMARY_PAGE and self.report is not None:
            self.ui.summaryLabel.setText(self.summary(self.report))

    def reject(self) -> None:
        """Closing while work runs stops it; the service rolls it back."""
        self._cancel.set()
        super().reject()

    # -- page 2: preview and dry run -----------------------------------------------------------
    def start_check(self) -> None:
        self.check = None
        self.ui.problemTable.setRowCount(0)
        self.ui.previewTable.clear()
        self.ui.checkSummary.setText(self.tr("Revisando el archivo…"))
        try:
            preview = self.oversight.preview_import(self.path, self.kind)
        except (ValueError, OSError) as error:
            self.ui.detectedLabel.setText(str(error))
            self.ui.checkSummary.setText(self.tr("No se puede importar este archivo."))
            return
        self.show_preview(preview)
        self._begin(preview.facts.rows_hint, self.ui.checkProgress)
        self.runner.run(
            partial(
                self.oversight.import_file,
                self.path,
                self.kind,
                self.options(dry_run=True),
                self._progress,
            ),
            self.on_check_finished,
            self.on_failed,
        )

    def show_preview(self, preview: ImportPreview) -> None:
        facts = preview.facts
        detected = facts.format
        if facts.encoding:
            detected += self.tr(", codificación {encoding}, separador {delimiter}").format(
                encoding=facts.encoding,
                delimiter=DELIMITER_WORDS.get(facts.delimiter or "", facts.delimiter),
            )
        text = self.tr("{kind} · {format} · unas {rows:,} filas.").format(
            kind=self.kind.label, format=detected, rows=facts.rows_hint or 0
        )
        if preview.ignored:
            text += " " + self.tr("Columnas que no se usan: {columns}.").format(
                columns=", ".join(preview.ignored)
            )
        self.ui.detectedLabel.setText(text)
        fill_table(self.ui.previewTable, preview.header, preview.rows)

    def on_check_finished(self, report: ImportReport) -> None:
        self._end(self.ui.checkProgress)
        self.check = report
        self.ui.checkSummary.setText(report.outcome())
        rows = [[str(p.row), p.column, p.value, p.reason] for p in report.problems[:SHOWN_PROBLEMS]]
        fill_table(
            self.ui.problemTable,
            [self.tr("Fila"), self.tr("Columna"), self.tr("Valor"), self.tr("Motivo")],
            rows,
        )

    # -- page 3: the import ------------------------------------------------------------------
    def start_import(self) -> None:
        self.report = None
        self.ui.runLabel.setText(self.tr("Importando {name}…").format(name=self.path.name))
        self.ui.cancelImportButton.setEnabled(True)
        self._begin(self.check.facts.rows_hint if self.check else None, self.ui.runProgress)
        self.runner.run(
            partial(
                self.oversight.import_file,
                self.path,
                self.kind,
                self.options(dry_run=False),
                self._progress,
            ),
            self.on_import_finished,
            self.on_failed,
        )

    @Slot()
    def on_stop_clicked(self) -> None:
        self._cancel.set()
        self.ui.cancelImportButton.setEnabled(False)
        self.ui.runLabel.setText(self.tr("Deteniendo y deshaciendo los cambios…"))

    def on_import_finished(self, report: ImportReport) -> None:
        self._end(self.ui.runProgress)
        self.ui.cancelImportButton.setEnabled(False)
        self.report = report
        self.ui.runLabel.setText(report.outcome())
        self.next()

    def summary(self, report: ImportReport) -> str:
        lines = [report.outcome()]
        if report.rejects_file:
            lines.append(
                self.tr("Las filas rechazadas, con su motivo, están en {path}.").format(
                    path=report.rejects_file
                )
            )
        lines.append(self.tr("La importación quedó registrada en la auditoría."))
        return "\n\n".join(lines)

    # -- shared ------------------------------------------------------------------------------
    def _progress(self, done: int, total: int | None) -> None:  # runs on the worker thread
        self._done, self._total = done, total
        if self._cancel.is_set():
            raise ImportCancelled

    def _begin(self, total: int | None, bar) -> None:
        self.busy = True
        self._cancel.clear()
        self._done, self._total = 0, total
        bar.setRange(0, total or 0)
        bar.setValue(0)
        self._bar = bar
        self._timer.start()

    def _end(self, bar) -> None:
        self.busy = False
        self._timer.stop()
        bar.setRange(0, 1)
        bar.setValue(1)

    @Slot()
    def on_tick(self) -> None:
        if self._total:
            self._bar.setRange(0, max(self._total, self._done))
            self._bar.setValue(self._done)

    def on_failed(self, error: Exception) -> None:
        bar = self.ui.runProgress if self.currentId() == RUN_PAGE else self.ui.checkProgress
        self._end(bar)
        if isinstance(error, (ValueError, PermissionError, OSError)):
            text = str(error)
        else:
            text = self.tr(
                "Ocurrió un error inesperado y no se guardó nada; el detalle quedó en el registro."
            )
        label = self.ui.runLabel if self.currentId() == RUN_PAGE else self.ui.checkSummary
        label.setText(text)
