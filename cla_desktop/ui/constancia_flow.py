"""The constancia at the counter: Ctrl+P → the request dialog → issued in the background →
the real PDF on screen with Imprimir focused (Enter prints).  A refusal is explained for the
citizen with "Registrar consulta" prefilled; Vista previa and reprints take the same path.

Dialogs are opened with `open()` (window-modal, never a nested event loop), so the counter
keeps its single event loop and the flow can be driven key by key in tests."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from cla_desktop.domain.constancia import IssueRefused, no_enrollment_refusal
from cla_desktop.domain.names import full_name
from cla_desktop.domain.trajectory import Trajectory
from cla_desktop.services.constancias.issuance import IssuedConstancia
from cla_desktop.services.constancias.register import StoredConstancia
from cla_desktop.services.settings.model import PrinterSettings
from cla_desktop.services.workbench import Workbench
from cla_desktop.ui.dialogs import open_focused
from cla_desktop.ui.issue_dialog import IssueDialog
from cla_desktop.ui.operations import BusyCue, Failure, OperationRunner
from cla_desktop.ui.pdf_preview_dialog import PdfPreviewDialog

STATE_WORDS = {"VIGENTE": "vigente", "REEMPLAZADA": "reemplazada", "ANULADA": "anulada"}


class ConstanciaFlow(QObject):
    """Owns the issue dialog, the PDF dialog and the refusal message of one window."""

    consulta_requested = Signal(object)  # (Trajectory, Problem)
    issued = Signal(object)  # IssuedConstancia
    message = Signal(str)  # for the status bar

    def __init__(
        self,
        window: QWidget,
        workbench: Workbench,
        runner: OperationRunner,
        busy: BusyCue,
        printer: PrinterSettings,
        make_printer: Callable[[], QPrinter] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workbench = workbench
        self.runner = runner
        self.busy = busy
        self.printer = printer
        self.make_printer = make_printer
        self.issue_dialog: IssueDialog | None = None
        self.pdf_dialog: PdfPreviewDialog | None = None
        self.refusal_box: QMessageBox | None = None

    # -- issuing -----------------------------------------------------------------------------
    def start(self, trajectory: Trajectory) -> None:
        if not trajectory.by_nivel():  # nothing since 2013: the same refusal as the service's
            self.explain_refusal(trajectory, no_enrollment_refusal())
            return
        dialog = IssueDialog(trajectory, self.window)
        dialog.submitted.connect(partial(self.on_submitted, trajectory, dialog))
        dialog.preview_requested.connect(partial(self.on_preview_requested, trajectory, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.issue_dialog = dialog
        open_focused(dialog)

    def on_submitted(self, trajectory: Trajectory, dialog: IssueDialog, request) -> None:
        dialog.set_busy(True, self.tr("Emitiendo la constancia…"))
        self.runner.run(
            partial(self.workbench.issue, trajectory.student.student_id, request),
            partial(self.on_issued, dialog),
            partial(self.on_request_failed, trajectory, dialog),
            owner=self,
            busy=self.busy,
            busy_label=self.tr("Emitiendo la constancia…"),
        )

    def on_issued(self, dialog: IssueDialog, result: tuple[IssuedConstancia, bytes]) -> None:
        issued, pdf = result
        dialog.set_busy(False)
        dialog.accept()
        snapshot = issued.snapshot
        title = self.tr("N.° {number} · código virtual {code}").format(
            number=snapshot.correlativo, code=snapshot.codigo_virtual
        )
        if issued.replaced_code:
            title += self.tr(" · reemplaza a {code}").format(code=issued.replaced_code)
        self.message.emit(self.tr("Constancia emitida: {title}").format(title=title))
        self.issued.emit(issued)
        name = f"constancia-{snapshot.nivel.lower()}-{snapshot.codigo_virtual}.pdf"
        self.show_pdf(pdf, title, name)

    def on_request_failed(self, trajectory: Trajectory, dialog: IssueDialog, failure: Failure):
        """Issuing or previewing: a refusal is explained for the citizen; anything else is
        said in the dialog, which stays open for another try."""
        dialog.set_busy(False)
        if isinstance(failure.error, IssueRefused):
            citizen = dialog.requester() or _titular(trajectory)
            dialog.accept()
            self.explain_refusal(trajectory, failure.error, citizen)
            return
        dialog.show_error(failure.message)

    # -- the preview (nothing registered) ---------------------------------------------------
    def on_preview_requested(self, trajectory: Trajectory, dialog: IssueDialog, request) -> None:
        dialog.set_busy(True, self.tr("Preparando la vista previa…"))
        self.runner.run(
            partial(self.workbench.preview, trajectory.student.student_id, request),
            partial(self.on_preview_ready, dialog),
            partial(self.on_request_failed, trajectory, dialog),
            owner=self,
            busy=self.busy,
        )

    def on_preview_ready(self, dialog: IssueDialog, pdf: bytes) -> None:
        dialog.set_busy(False)
        title = self.tr("Vista previa: aún no emitida, sin validez")
        self.show_pdf(
            pdf,
            title,
            "vista-previa.pdf",
            parent=dialog,
            window_title=self.tr("Vista previa de la constancia"),
        )

    # -- refusals ----------------------------------------------------------------------------
    def explain_refusal(
        self,
        trajectory: Trajectory,
        refusal: IssueRefused,
        citizen: tuple[str, str] | None = None,
    ) -> None:
        """The reason in words for the citizen, and the consulta one key away."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("No se puede emitir la constancia"))
        box.setText(str(refusal))
        consulta = box.addButton(self.tr("&Registrar consulta"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Cerrar"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(consulta)
        box.buttonClicked.connect(
            partial(self.on_refusal_answered, trajectory, refusal, citizen, consulta)
        )
        box.finished.connect(box.deleteLater)
        self.refusal_box = box
        open_focused(box)

    def on_refusal_answered(
        self, trajectory, refusal: IssueRefused, citizen, consulta, button
    ) -> None:
        if button is consulta:  # who asked for the constancia is who the consulta is for
            self.consulta_requested.emit((trajectory, refusal.as_problem(), citizen))

    # -- reprints and the PDF dialog --------------------------------------------------------
    def reprint(self, code: str, on_failed: Callable[[str], None]) -> None:
        self.runner.run(
            partial(self.workbench.reprint, code),
            self.on_reprint_ready,
            partial(self.on_reprint_failed, on_failed),
            owner=self,
            busy=self.busy,
            busy_label=self.tr("Preparando la reimpresión…"),
        )

    def on_reprint_ready(self, result: tuple[StoredConstancia, bytes]) -> None:
        stored, pdf = result
        snapshot = stored.snapshot
        title = self.tr("Reimpresión · N.° {number} · código virtual {code} · {state}").format(
            number=snapshot.correlativo,
            code=snapshot.codigo_virtual,
            state=self.tr(STATE_WORDS.get(stored.state.value, stored.state.value.lower())),
        )
        name = f"constancia-{snapshot.nivel.lower()}-{snapshot.codigo_virtual}.pdf"
        self.show_pdf(pdf, title, name, window_title=self.tr("Reimpresión de la constancia"))

    @staticmethod
    def on_reprint_failed(on_failed: Callable[[str], None], failure: Failure) -> None:
        on_failed(failure.message)

    def show_pdf(
        self,
        pdf: bytes,
        title: str,
        name: str,
        parent: QWidget | None = None,
        window_title: str = "",
    ) -> None:
        dialog = PdfPreviewDialog(
            pdf, title, name, parent or self.window, self.printer, self.make_printer
        )
        if window_title:
            dialog.setWindowTitle(window_title)
        dialog.finished.connect(dialog.deleteLater)
        self.pdf_dialog = dialog
        open_focused(dialog)

    @Slot()
    def close_dialogs(self) -> None:
        for dialog in (self.issue_dialog, self.pdf_dialog, self.refusal_box):
            if dialog is not None:
                with contextlib.suppress(RuntimeError):  # already deleted by Qt
                    dialog.close()


def _titular(trajectory: Trajectory) -> tuple[str, str] | None:
    """An adult asking for their own constancia is the citizen of the consulta."""
    student = trajectory.student
    if not student.document_number:
        return None
    name = full_name(student.apellido_paterno, student.apellido_materno, student.nombres)
    return student.document_number, name
