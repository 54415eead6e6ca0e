"""Importar datos: choose file and kind → preview and full check (nothing saved) → import with
a progress bar and a stop button that rolls everything back → summary.

The preview (which reads and hashes the whole file), the check and the import run on the
long-work lane; progress comes back as the operation's signal, and the stop button cancels the
operation, which the service's progress callback turns into ImportCancelled (the service then
rolls back and reports it).
"""

from __future__ import annotations

from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QProgressBar, QWidget, QWizard

from cla_desktop.domain.sexo_codes import conventions as sexo_conventions
from cla_desktop.domain.wording import count_phrase
from cla_desktop.services.imports.importer import (
    ImportCancelled,
    ImportOptions,
    ImportPreview,
    default_rejects_path,
)
from cla_desktop.services.imports.kinds import LOAD_ORDER, ImportKind, guess_kind
from cla_desktop.services.imports.report import ImportReport
from cla_desktop.services.oversight import Oversight
from cla_desktop.ui.file_dialogs import ask_open_paths
from cla_desktop.ui.forms.ui_import_wizard import Ui_ImportWizard
from cla_desktop.ui.operations import (
    Failure,
    Lane,
    OperationContext,
    OperationHandle,
    OperationRunner,
)
from cla_desktop.ui.table_fill import fill_table

FILE_PAGE, CHECK_PAGE, RUN_PAGE, SUMMARY_PAGE = range(4)
SHOWN_PROBLEMS = 200
DELIMITER_WORDS = {",": "coma", ";": "punto y coma", "\t": "tabulador", "|": "barra vertical"}


class ImportWizard(QWizard):
    def __init__(
        self,
        oversight: Oversight,
        runner: OperationRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.oversight = oversight
        self.runner = runner
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        for kind in LOAD_ORDER:
            self.ui.kindCombo.addItem(kind.label, kind.value)
        self.ui.sexoCombo.addItem(self.tr("Según el archivo"), None)
        for convention in sexo_conventions().values():
            self.ui.sexoCombo.addItem(convention.label, convention.code)
        self.ui.sexoCombo.activated.connect(self.on_sexo_chosen)
        self._show_sexo(False)
        self.ui.browseButton.clicked.connect(self.on_browse_clicked)
        self.ui.fileEdit.textChanged.connect(self.on_file_changed)
        self.ui.cancelImportButton.clicked.connect(self.on_stop_clicked)
        self.currentIdChanged.connect(self.on_page_changed)
        self.handle: OperationHandle | None = None
        self._bar: QProgressBar = self.ui.checkProgress
        self.busy = False
        self.check: ImportReport | None = None
        self.report: ImportReport | None = None

    # -- page 1 ------------------------------------------------------------------------------
    @Slot()
    def on_browse_clicked(self) -> None:
        paths = ask_open_paths(
            self,
            self.tr("Archivo a importar"),
            self.tr("Datos (*.csv *.txt *.tsv *.xlsx *.xls *.dbf);;Todos los archivos (*)"),
        )
        if paths:
            self.ui.fileEdit.setText(paths[0])

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
        return ImportOptions(
            dry_run=dry_run,
            skip_invalid=skip,
            rejects=rejects,
            rejects_fallback=True,
            sexo=self.sexo,
        )

    @property
    def sexo(self) -> str | None:
        """The sexo convention the office chose (None: told by the file)."""
        return self.ui.sexoCombo.currentData()

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
        if self.handle is not None:
            self.handle.cancel()
        super().reject()

    # -- page 2: preview and dry run -----------------------------------------------------------
    def start_check(self) -> None:
        self.check = None
        self.ui.problemTable.setRowCount(0)
        self.ui.previewTable.clear()
        self.ui.checkSummary.setText(self.tr("Leyendo el archivo…"))
        self.ui.detectedLabel.setText("")
        self.ui.columnsLabel.setText("")
        self._begin(None, self.ui.checkProgress)
        self.handle = self.runner.run(
            partial(self.oversight.preview_import, self.path, self.kind, self.sexo),
            self.on_preview_ready,
            self.on_preview_failed,
            lane=Lane.LONG,
            owner=self,
        )

    def on_preview_ready(self, preview: ImportPreview) -> None:
        self.show_preview(preview)
        if preview.needs is not None:
            self._end(self.ui.checkProgress)
            self.ui.checkSummary.setText(
                self.tr(
                    "{reason} Elíjala en «Sexo en el archivo»: la revisión vuelve a empezar."
                ).format(reason=str(preview.needs))
            )
            self.ui.sexoCombo.setFocus()
            return
        self.ui.checkSummary.setText(self.tr("Revisando el archivo…"))
        self._begin(preview.facts.rows_hint, self.ui.checkProgress)
        self._run(self.options(dry_run=True), self.on_check_finished)

    def on_preview_failed(self, failure: Failure) -> None:
        self._end(self.ui.checkProgress)
        self.ui.detectedLabel.setText(failure.message)
        self.ui.checkSummary.setText(self.tr("No se puede importar este archivo."))

    def _run(self, options: ImportOptions, done) -> None:
        self.handle = self.runner.run_reporting(
            partial(self._import, self.path, self.kind, options),
            done,
            self.on_failed,
            progress=self.on_progress,
            lane=Lane.LONG,
            owner=self,
        )

    def _import(
        self, path: Path, kind: ImportKind, options: ImportOptions, context: OperationContext
    ) -> ImportReport:  # runs on the worker thread
        return self.oversight.import_file(path, kind, options, partial(_report, context))

    def show_preview(self, preview: ImportPreview) -> None:
        facts = preview.facts
        detected = facts.format
        if facts.encoding:
            detected += self.tr(", codificación {encoding}, separador {delimiter}").format(
                encoding=facts.encoding,
                delimiter=DELIMITER_WORDS.get(facts.delimiter or "", facts.delimiter),
            )
        text = self.tr("{kind} · {format} · unas {rows}.").format(
            kind=self.kind.label,
            format=detected,
            rows=count_phrase(facts.rows_hint or 0, self.tr("fila"), self.tr("filas")),
        )
        self.ui.detectedLabel.setText(text)
        self.ui.columnsLabel.setText(self.columns_text(preview))
        reads_sexo = any(name.startswith("SEXO") for name, _ in preview.recognised)
        self._show_sexo(reads_sexo or preview.needs is not None)
        if preview.conventions is not None:
            self.ui.sexoHint.setText(" ".join(preview.conventions.sentences()))
        else:
            self.ui.sexoHint.setText(self.tr("El archivo no dice qué significa la letra M."))
        fill_table(self.ui.previewTable, preview.header, preview.rows)

    def columns_text(self, preview: ImportPreview) -> str:
        """Which columns will be read (and from which header), and which will not."""
        read = ", ".join(
            self.tr("{column} ← «{header}»").format(column=escape(name), header=escape(header))
            for name, header in preview.recognised
        )
        text = self.tr("<b>Se leen:</b> {columns}.").format(columns=read)
        if preview.ignored:
            text += "<br>" + self.tr(
                "<b>No se usan</b> (su contenido no se guardará): {columns}."
            ).format(columns=", ".join(f"«{escape(name)}»" for name in preview.ignored))
        return text

    def _show_sexo(self, shown: bool) -> None:
        for widget in (self.ui.sexoLabel, self.ui.sexoCombo, self.ui.sexoHint):
            widget.setVisible(shown)

    @Slot(int)
    def on_sexo_chosen(self, _index: int) -> None:
        """A different convention: the file is read and checked again with it."""
        if self.currentId() == CHECK_PAGE and not self.busy:
            self.start_check()

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
        self._run(self.options(dry_run=False), self.on_import_finished)

    @Slot()
    def on_stop_clicked(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
        self.ui.cancelImportButton.setEnabled(False)
        self.ui.runLabel.setText(self.tr("Deteniendo y deshaciendo los cambios…"))

    def on_import_finished(self, report: ImportReport) -> None:
        self._end(self.ui.runProgress)
        self.ui.cancelImportButton.setEnabled(False)
        self.report = report
        self.ui.runLabel.setText(report.outcome())
        self.next()

    def summary(self, report: ImportReport) -> str:
        lines = [report.outcome(), *report.how_read()]
        if report.rejects_file:
            lines.append(
                self.tr("Las filas rechazadas, con su motivo, están en {path}.").format(
                    path=report.rejects_file
                )
            )
        lines.append(self.tr("La importación quedó registrada en la auditoría."))
        return "\n\n".join(lines)

    # -- shared ------------------------------------------------------------------------------
    def _begin(self, total: int | None, bar: QProgressBar) -> None:
        self.busy = True
        bar.setRange(0, total or 0)
        bar.setValue(0)
        self._bar = bar

    def _end(self, bar: QProgressBar) -> None:
        self.busy = False
        self.handle = None
        bar.setRange(0, 1)
        bar.setValue(1)

    def on_progress(self, done: int, total: int | None) -> None:
        if total:
            self._bar.setRange(0, max(total, done))
            self._bar.setValue(done)

    def on_failed(self, failure: Failure) -> None:
        bar = self.ui.runProgress if self.currentId() == RUN_PAGE else self.ui.checkProgress
        self._end(bar)
        text = self.tr("No se guardó nada. {reason}").format(reason=failure.message)
        label = self.ui.runLabel if self.currentId() == RUN_PAGE else self.ui.checkSummary
        label.setText(text)


def _report(context: OperationContext, done: int, total: int | None) -> None:
    """The service's progress callback, on the worker thread: counts out, a stop request in
    (ImportCancelled makes the service roll back and report it)."""
    context.progress(done, total)
    if context.cancelled:
        raise ImportCancelled
