"""The main window: four work areas as navigation, and a status bar with database and office."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from cla_desktop import APP_NAME
from cla_desktop.domain.constancia import IssueRefused
from cla_desktop.domain.roles import Role
from cla_desktop.domain.trajectory import Problem, Trajectory
from cla_desktop.services.constancias.issuance import IssuedConstancia
from cla_desktop.services.constancias.keys import KeyringUnavailable
from cla_desktop.services.oversight import Oversight
from cla_desktop.services.settings.model import PrinterSettings
from cla_desktop.services.workbench import Workbench
from cla_desktop.store.errors import DatabaseError
from cla_desktop.ui.about_dialog import AboutDialog
from cla_desktop.ui.admin_area import AdminArea
from cla_desktop.ui.app_events import AppEvents
from cla_desktop.ui.background import TaskRunner
from cla_desktop.ui.batch_view import BatchView
from cla_desktop.ui.consulta_form import ConsultaForm
from cla_desktop.ui.consulta_queue import ConsultaQueue
from cla_desktop.ui.forms.ui_main_window import Ui_MainWindow
from cla_desktop.ui.import_wizard import ImportWizard
from cla_desktop.ui.issue_dialog import IssueDialog
from cla_desktop.ui.mail_settings_dialog import MailSettingsDialog
from cla_desktop.ui.password_dialog import PasswordDialog
from cla_desktop.ui.pdf_preview_dialog import PdfPreviewDialog
from cla_desktop.ui.register_view import RegisterView
from cla_desktop.ui.search_view import SearchView
from cla_desktop.ui.settings_dialog import SettingsDialog
from cla_desktop.ui.shell_info import ShellInfo
from cla_desktop.ui.trajectory_view import TrajectoryView
from cla_desktop.ui.verify_view import VerifyView
from cla_desktop.ui.window_chrome import StatusLabels, enlarge_title, style_navigation

SEND_EVERY_MS = 60_000  # the outbox is also sent at once after each "Enviar a DIGE"


class MainWindow(QMainWindow):
    """Navigation between Búsqueda, Constancias, Consultas and Administración."""

    SEARCH, CONSTANCIAS, CONSULTAS, ADMIN = range(4)
    lock_requested = Signal()
    logout_requested = Signal()
    database_switch_requested = Signal()

    def __init__(
        self,
        info: ShellInfo,
        workbench: Workbench,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
        oversight: Oversight | None = None,
        printer: PrinterSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.info = info
        self.workbench = workbench
        self.oversight = oversight or Oversight(workbench.engine, workbench.actor)
        self.printer = printer or PrinterSettings()
        self.runner = runner or TaskRunner(parent=self)
        self.events = AppEvents(self)
        self.pending_consulta: tuple | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.search_view = SearchView(workbench, self.runner)
        self.trajectory_view = TrajectoryView()
        self.ui.searchStack.addWidget(self.search_view)
        self.ui.searchStack.addWidget(self.trajectory_view)
        self.search_view.student_opened.connect(self.events.student_opened)
        self.events.student_opened.connect(self.on_student_opened)
        self.trajectory_view.back_requested.connect(self.on_back_requested)
        self.trajectory_view.consulta_requested.connect(self.events.consulta_requested)
        self.events.consulta_requested.connect(self.on_consulta_requested)
        self.ui.actionFind.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence(Qt.Key.Key_F3)])
        self.ui.actionFind.triggered.connect(self.on_find_requested)
        self.verify_view = VerifyView(workbench)
        self.register_view = RegisterView(workbench)
        self.batch_view = BatchView(workbench, self.runner)
        self.constancia_tabs = QTabWidget()
        self.constancia_tabs.setAccessibleName(self.tr("Constancias"))
        self.constancia_tabs.addTab(self.verify_view, self.tr("Verificar"))
        self.constancia_tabs.addTab(self.register_view, self.tr("Registro"))
        self.constancia_tabs.addTab(self.batch_view, self.tr("Lote"))
        self.ui.constanciasLayout.addWidget(self.constancia_tabs)
        self.register_view.reprint_ready.connect(self.on_reprint_ready)
        self.consulta_form = ConsultaForm(workbench)
        self.consulta_queue = ConsultaQueue(workbench)
        self.consulta_tabs = QTabWidget()
        self.consulta_tabs.setAccessibleName(self.tr("Consultas"))
        self.consulta_tabs.addTab(self.consulta_form, self.tr("Nueva consulta"))
        self.consulta_tabs.addTab(self.consulta_queue, self.tr("Cola y seguimiento"))
        self.ui.consultasLayout.addWidget(self.consulta_tabs)
        self.consulta_form.saved.connect(self.on_consulta_saved)
        self.consulta_queue.send_requested.connect(self.send_outbox)
        self.consulta_queue.counts_changed.connect(self.on_consulta_counts)
        self.admin_area = AdminArea(self.oversight, self.runner)
        self.ui.adminLayout.insertWidget(4, self.admin_area, 1)
        can_import = workbench.actor.role.allows(Role.SUPERVISOR)
        self.ui.actionImport.setEnabled(can_import)
        self.ui.importButton.setVisible(can_import)
        self.ui.actionImport.triggered.connect(self.on_import_requested)
        self.ui.importButton.clicked.connect(self.ui.actionImport.trigger)
        self.ui.navigation.currentRowChanged.connect(self.on_area_changed)
        is_admin = workbench.actor.role.allows(Role.ADMINISTRADOR)
        self.ui.actionSettings.setEnabled(is_admin)
        self.ui.actionSettings.triggered.connect(self.on_settings_requested)
        self.ui.actionChangePassword.setEnabled(not info.demo)
        self.ui.actionChangePassword.triggered.connect(self.on_change_password_requested)
        self.ui.actionLock.triggered.connect(self.lock_requested)
        self.ui.actionLogout.triggered.connect(self.logout_requested)
        self.sender_timer = QTimer(self)
        self.sender_timer.setInterval(SEND_EVERY_MS)
        self.sender_timer.timeout.connect(self.send_outbox)
        self.sender_timer.start()
        self.constancia_tabs.currentChanged.connect(self.on_constancia_tab_changed)
        self.search_view.batch_requested.connect(self.on_batch_requested)
        self.ui.actionIssue.triggered.connect(self.on_issue_requested)
        self.ui.actionVerify.triggered.connect(self.on_verify_requested)
        title = APP_NAME + (self.tr(" — DEMOSTRACIÓN") if info.demo else "")
        self.setWindowTitle(title)
        enlarge_title(self.ui.adminTitle)
        style_navigation(self.ui.navigation, self.style())
        labels = StatusLabels.install(self.statusBar(), info, workbench.actor)
        self.office_label, self.consulta_alert = labels.office, labels.consulta_alert
        self.user_label, self.database_label = labels.user, labels.database
        self.ui.adminSummary.setText(
            self.tr("Estudiantes registrados: {count:,}").format(count=info.students)
        )
        self.ui.navigation.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.actionSearch.triggered.connect(self.on_search_requested)
        self.ui.actionConstancias.triggered.connect(self.on_constancias_requested)
        self.ui.actionConsultas.triggered.connect(self.on_consultas_requested)
        self.ui.actionAdmin.triggered.connect(self.on_admin_requested)
        self.ui.actionAbout.triggered.connect(self.on_about_requested)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.navigation.setCurrentRow(self.SEARCH)
        self.search_view.focus_query()

    def show_area(self, index: int) -> None:
        self.ui.navigation.setCurrentRow(index)

    @Slot()
    def on_search_requested(self) -> None:
        self.show_area(self.SEARCH)

    @Slot()
    def on_find_requested(self) -> None:
        self.show_area(self.SEARCH)
        self.ui.searchStack.setCurrentWidget(self.search_view)
        self.search_view.focus_query()

    @Slot(int)
    def on_student_opened(self, student_id: int) -> None:
        self.statusBar().showMessage(self.tr("Cargando trayectoria…"))
        self.runner.run(
            partial(self.workbench.trajectory, student_id),
            self.on_trajectory_loaded,
            self.on_trajectory_failed,
        )

    def on_trajectory_loaded(self, trajectory: Trajectory) -> None:
        self.statusBar().clearMessage()
        self.trajectory_view.show_trajectory(trajectory)
        self.show_area(self.SEARCH)
        self.ui.searchStack.setCurrentWidget(self.trajectory_view)

    def on_trajectory_failed(self, error: Exception) -> None:
        self.statusBar().showMessage(
            self.tr("No se pudo abrir la trayectoria: {reason}").format(reason=error), 10_000
        )

    @Slot()
    def on_back_requested(self) -> None:
        self.on_find_requested()

    @Slot(object)
    def on_consulta_requested(self, request: tuple) -> None:
        """'Registrar consulta' on a problem: the form, prefilled."""
        trajectory, problem = request
        self.pending_consulta = request
        self.consulta_form.prefill(trajectory, problem)
        self.show_area(self.CONSULTAS)
        self.consulta_tabs.setCurrentWidget(self.consulta_form)
        self.consulta_form.ui.descriptionEdit.setFocus()

    @Slot(str, str)
    def on_consulta_saved(self, ticket: str, state: str) -> None:
        self.statusBar().showMessage(
            self.tr("Consulta {ticket}: {state}").format(ticket=ticket, state=state), 10_000
        )
        self.consulta_queue.refresh()
        if state == "EN_COLA":
            self.send_outbox()

    @Slot()
    def send_outbox(self) -> None:
        """The background sender: never blocks the counter; failures show in the queue."""
        self.runner.run(self.workbench.send_outbox, self.on_outbox_sent, self.on_outbox_failed)

    def on_outbox_sent(self, deliveries: list) -> None:
        self.consulta_queue.refresh()
        self.runner.run(self.workbench.poll_replies, self.on_replies, self.on_outbox_failed)

    def on_replies(self, matched: list) -> None:
        if matched:
            self.consulta_queue.refresh()

    def on_outbox_failed(self, error: Exception) -> None:
        self.consulta_alert.setText(self.tr("El envío de consultas falló: {e}").format(e=error))
        self.consulta_alert.show()

    @Slot(dict)
    def on_consulta_counts(self, counts: dict) -> None:
        errors, stuck = counts.get("ERROR", 0), counts.get("ATASCADA", 0)
        self.consulta_alert.setVisible(errors + stuck > 0)
        self.consulta_alert.setText(
            self.tr(
                "{errors} consultas con error y {stuck} sin poder enviarse: revise Consultas → Cola"
            ).format(errors=errors, stuck=stuck)
        )

    @Slot()
    def on_constancias_requested(self) -> None:
        self.show_area(self.CONSTANCIAS)

    @Slot()
    def on_consultas_requested(self) -> None:
        self.show_area(self.CONSULTAS)

    @Slot()
    def on_admin_requested(self) -> None:
        self.show_area(self.ADMIN)

    @Slot()
    def on_verify_requested(self) -> None:
        self.show_area(self.CONSTANCIAS)
        self.constancia_tabs.setCurrentWidget(self.verify_view)
        self.verify_view.setFocus()

    @Slot(int)
    def on_constancia_tab_changed(self, index: int) -> None:
        if self.constancia_tabs.widget(index) is self.register_view:
            self.register_view.refresh()

    @Slot(list)
    def on_batch_requested(self, documents: list) -> None:
        self.batch_view.ui.documentsEdit.setPlainText("\n".join(documents))
        self.show_area(self.CONSTANCIAS)
        self.constancia_tabs.setCurrentWidget(self.batch_view)

    @Slot(object, bytes)
    def on_reprint_ready(self, stored, pdf: bytes) -> None:
        snapshot = stored.snapshot
        title = self.tr("Reimpresión · N.° {number} · código virtual {code} · {state}").format(
            number=snapshot.correlativo, code=snapshot.codigo_virtual, state=stored.state.value
        )
        name = f"constancia-{snapshot.nivel.lower()}-{snapshot.codigo_virtual}.pdf"
        PdfPreviewDialog(pdf, title, name, self, self.printer).exec()

    def current_trajectory(self) -> Trajectory | None:
        if self.ui.searchStack.currentWidget() is not self.trajectory_view:
            return None
        return self.trajectory_view.trajectory

    @Slot()
    def on_issue_requested(self) -> None:
        """Ctrl+P: issue dialog -> issue -> preview of the real PDF -> print or save."""
        trajectory = self.current_trajectory()
        if trajectory is None:
            self.statusBar().showMessage(
                self.tr("Abra primero la trayectoria de un estudiante (Búsqueda)."), 8000
            )
            return
        dialog = IssueDialog(trajectory, self, partial(self.show_preview, trajectory))
        while dialog.exec() == QDialog.DialogCode.Accepted:
            request = dialog.request()
            try:
                issued, pdf = self.workbench.issue(trajectory.student.student_id, request)
            except IssueRefused as refusal:
                self.offer_consulta(trajectory, refusal)
                return
            except (ValueError, PermissionError, KeyringUnavailable, DatabaseError) as error:
                dialog.show_error(str(error))
                continue
            self.show_issued(issued, pdf)
            return

    def show_preview(self, trajectory: Trajectory, dialog: IssueDialog, request) -> None:
        """The dialog's Vista previa: the would-be PDF, watermarked, nothing registered."""
        try:
            pdf = self.workbench.preview(trajectory.student.student_id, request)
        except IssueRefused as refusal:
            QMessageBox.information(dialog, self.tr("No se puede emitir"), str(refusal))
            return
        except (ValueError, PermissionError, DatabaseError) as error:
            dialog.show_error(str(error))
            return
        title = self.tr("Vista previa: aún no emitida, sin validez")
        PdfPreviewDialog(pdf, title, "vista-previa.pdf", dialog, self.printer).exec()

    def offer_consulta(self, trajectory: Trajectory, refusal: IssueRefused) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("No se puede emitir"),
            str(refusal) + "\n\n" + self.tr("¿Registrar una consulta para DIGE?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            problem = Problem(refusal.category, str(refusal), refusal.category, True)
            self.events.consulta_requested.emit((trajectory, problem))

    def show_issued(self, issued: IssuedConstancia, pdf: bytes) -> None:
        snapshot = issued.snapshot
        title = self.tr("N.° {number} · código virtual {code}").format(
            number=snapshot.correlativo, code=snapshot.codigo_virtual
        )
        if issued.replaced_code:
            title += self.tr(" · reemplaza a {code}").format(code=issued.replaced_code)
        name = f"constancia-{snapshot.nivel.lower()}-{snapshot.codigo_virtual}.pdf"
        self.statusBar().showMessage(
            self.tr("Constancia emitida: {title}").format(title=title), 15000
        )
        PdfPreviewDialog(pdf, title, name, self, self.printer).exec()

    @Slot()
    def on_mail_settings_requested(self) -> None:
        MailSettingsDialog(self.workbench, self).exec()

    @Slot(int)
    def on_area_changed(self, index: int) -> None:
        if index == self.ADMIN:
            self.admin_area.load_current()

    @Slot()
    def on_settings_requested(self) -> None:
        dialog = SettingsDialog(self.oversight, self)
        dialog.mail_requested.connect(self.on_mail_settings_requested)
        dialog.database_changed.connect(self.database_switch_requested)
        dialog.exec()

    @Slot()
    def on_import_requested(self) -> None:
        self.import_wizard = ImportWizard(self.oversight, self.runner.executor, self)
        self.import_wizard.open()

    @Slot()
    def on_change_password_requested(self) -> None:
        PasswordDialog(
            self.oversight.change_own_password,
            self.tr("Cambie la contraseña de su cuenta ({user}).").format(
                user=self.workbench.actor.username
            ),
            parent=self,
        ).exec()

    @Slot()
    def on_about_requested(self) -> None:
        AboutDialog(self.info, self).exec()
