"""Shows the real PDF (QtPdf, page by page, zoom) and prints it or saves it.

Imprimir is the default button and has the focus, so Enter prints: at the counter the clerk
issues and prints without the mouse.  Pages are rendered for the printer at 300 dpi (plenty
for text and the QR) rather than at the printer's full resolution, which at 1,200 dpi would
mean half a gigabyte of image per page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSettings, QSizeF, Qt, Slot
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from cla_desktop.atomic_files import write_bytes_atomically
from cla_desktop.services.error_text import describe_error
from cla_desktop.services.settings.model import PrinterSettings
from cla_desktop.ui.file_dialogs import ask_save_path
from cla_desktop.ui.forms.ui_pdf_preview_dialog import Ui_PdfPreviewDialog

PRINTER_KEY = "impresion/impresora"
ZOOM_STEP = 1.25
RENDER_DPI = 300
PAPER_SIZES = {
    "A4": QPageSize(QPageSize.PageSizeId.A4),
    "Carta": QPageSize(QPageSize.PageSizeId.Letter),
    # Peru's "oficio" is 8.5 x 13 in, not US Legal (8.5 x 14).
    "Oficio": QPageSize(QSizeF(216, 330), QPageSize.Unit.Millimeter, "Oficio"),
}


def paint_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Each page onto the printer, fitted to the printable area, on white (QtPdf renders
    transparent); a landscape constancia is printed on landscape paper, not shrunk onto a
    portrait sheet."""
    if document.pageCount():
        first = document.pagePointSize(0)
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if first.width() > first.height()
            else QPageLayout.Orientation.Portrait
        )
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = painter.viewport()
            points = document.pagePointSize(page)
            image = document.render(page, (points * (RENDER_DPI / 72)).toSize())
            sheet = QImage(image.size(), QImage.Format.Format_RGB32)
            sheet.fill(QColor("white"))
            composer = QPainter(sheet)
            composer.drawImage(0, 0, image)
            composer.end()
            scale = min(target.width() / points.width(), target.height() / points.height())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(0, 0, points.width() * scale, points.height() * scale), sheet)
    finally:
        painter.end()


def configure_printer(printer: QPrinter, settings: PrinterSettings, remembered: str = "") -> None:
    """The workstation's defaults: its printer (else the last one used), copies and paper."""
    available = QPrinterInfo.availablePrinterNames()
    for name in (settings.printer, remembered):
        if name and name in available:
            printer.setPrinterName(name)
            break
    printer.setCopyCount(settings.copies)
    printer.setPageSize(PAPER_SIZES.get(settings.paper, PAPER_SIZES["A4"]))


class PrintFailed(Exception):
    """The printer refused to start (no driver, spooler off, printer removed)."""


def _high_resolution_printer() -> QPrinter:
    return QPrinter(QPrinter.PrinterMode.HighResolution)


class PdfPreviewDialog(QDialog):
    """The issued constancia on screen: Imprimir (remembers the printer) or Guardar PDF."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        file_name: str,
        parent: QWidget | None = None,
        printer_settings: PrinterSettings | None = None,
        make_printer: Callable[[], QPrinter] | None = None,
    ):
        super().__init__(parent)
        self.printer_settings = printer_settings or PrinterSettings()
        self.make_printer = make_printer or _high_resolution_printer
        self.printed = 0
        self.not_printed = ""
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self.pdf = pdf
        self.file_name = file_name
        self.ui.summaryLabel.setText(title)
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self.ui.viewHost)
        self.view.setAccessibleName(self.tr("Páginas de la constancia"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.viewLayout.addWidget(self.view)
        self.ui.printButton.clicked.connect(self.on_print_clicked)
        self.ui.saveButton.clicked.connect(self.on_save_clicked)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.zoomInButton.clicked.connect(self.on_zoom_in)
        self.ui.zoomOutButton.clicked.connect(self.on_zoom_out)
        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.on_print_clicked),
            (QKeySequence.StandardKey.Save, self.on_save_clicked),
            (QKeySequence.StandardKey.ZoomIn, self.on_zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.on_zoom_out),
        ):
            QShortcut(keys, self).activated.connect(slot)
        for button in (self.ui.zoomInButton, self.ui.zoomOutButton):
            button.setAutoDefault(False)  # Enter never zooms
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.ui.printButton.setDefault(True)
        self.ui.printButton.setFocus()

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @Slot()
    def on_zoom_in(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self.view.zoomFactor() * ZOOM_STEP)

    @Slot()
    def on_zoom_out(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self.view.zoomFactor() / ZOOM_STEP)

    def print_to(self, printer: QPrinter) -> None:
        paint_pdf(self.document, printer)

    @Slot()
    def on_print_clicked(self) -> None:
        printer = self.make_printer()
        native = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        # Without any printer Qt quietly makes a PDF printer with no file: nothing would come out.
        no_printer = (native and not QPrinterInfo.availablePrinterNames()) or (
            to_file and not printer.outputFileName()
        )
        if no_printer:
            self.say_not_printed(
                self.tr(
                    "Este equipo no tiene ninguna impresora instalada: no se imprimió. Guarde "
                    "el PDF (Ctrl+S) para imprimirlo en otro equipo, o pida al soporte técnico "
                    "que instale la impresora."
                )
            )
            return
        if native:
            configure_printer(printer, self.printer_settings, QSettings().value(PRINTER_KEY, ""))
        direct = not self.printer_settings.ask_before_printing and printer.isValid()
        if not direct and QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            self.print_to(printer)
        except PrintFailed:
            self.say_not_printed(
                self.tr(
                    "La impresora «{name}» no aceptó el documento: no se imprimió. Revise que "
                    "esté encendida y conectada, o elija otra; también puede guardar el PDF."
                ).format(name=printer.printerName() or self.tr("predeterminada"))
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        QSettings().setValue(PRINTER_KEY, printer.printerName())
        self.printed += 1
        self.ui.summaryLabel.setText(
            self.ui.summaryLabel.text().split(" · ✓")[0] + self.tr(" · ✓ enviada a imprimir")
        )

    def say_not_printed(self, text: str) -> None:
        """Never a ✓ for a page that did not come out: the clerk is told at once."""
        self.not_printed = text
        self.ui.summaryLabel.setText(self.ui.summaryLabel.text().split(" · ✓")[0])
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("No se imprimió"), text, parent=self)
        box.finished.connect(box.deleteLater)
        self.not_printed_box = box
        box.open()

    @Slot()
    def on_save_clicked(self) -> None:
        path = ask_save_path(
            self, self.tr("Guardar constancia"), self.file_name, self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        try:
            write_bytes_atomically(path, self.pdf)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("No se guardó"),
                self.tr("No se guardó el PDF. {reason}").format(
                    reason=describe_error(error, path=str(path))
                ),
            )
