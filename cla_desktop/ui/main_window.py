"""The main window: four work areas as navigation, and a status bar with database and office."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from cla_desktop import APP_NAME
from cla_desktop.domain.roles import Role
from cla_desktop.domain.trajectory import Trajectory
from cla_desktop.services.oversight import Oversight
from cla_desktop.services.settings.model import PrinterSettings
from cla_desktop.services.workbench import Workbench
from cla_desktop.ui.about_dialog import AboutDialog
from cla_desktop.ui.admin_area import AdminArea
from cla_desktop.ui.app_events import AppEvents
from cla_desktop.ui.batch_view import BatchView
from cla_desktop.ui.constancia_flow import ConstanciaFlow
from cla_desktop.ui.consulta_form import ConsultaForm
from cla_desktop.ui.consulta_queue import ConsultaQueue
from cla_desktop.ui.dialogs import open_focused
from cla_desktop.ui.forms.ui_main_window import Ui_MainWindow
from cla_desktop.ui.guidance_dialog import GuidanceDialog
from cla_desktop.ui.import_wizard import ImportWizard
from cla_desktop.ui.mail_settings_dialog import MailSettingsDialog
from cla_desktop.ui.operations import BusyCue, Failure, OperationRunner
from cla_desktop.ui.outbox_sender import OutboxSender
from cla_desktop.ui.password_dialog import PasswordDialog
from cla_desktop.ui.register_view import RegisterView
from cla_desktop.ui.search_view import SearchView
from cla_desktop.ui.settings_dialog import SettingsDialog
from cla_desktop.ui.shell_info import ShellInfo
from cla_desktop.ui.trajectory_view import TrajectoryView
from cla_desktop.ui.verify_view import VerifyView
from cla_desktop.ui.window_chrome import StatusLabels, admin_help, enlarge_title, style_navigation


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
        runner: OperationRunner | None = None,
        parent: QWidget | None = None,
        oversight: Oversight | None = None,
        printer: PrinterSettings | None = None,
        make_printer: Callable[[], QPrinter] | None = None,
    ) -> None:
        super().__init__(parent)
        self.info = info
        self.workbench = workbench
        self.oversight = oversight or Oversight(workbench.engine, workbench.actor)
        self.printer = printer or PrinterSettings()
        self.runner = runner or OperationRunner(parent=self)
        self.events = AppEvents(self)
        self.pending_consulta: tuple | None = None
        self._opening = 0  # the newest trajectory asked for; older answers are dropped
        self._loading: int | None = None  # the student whose trajectory is on its way
        self._shut = False
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.busy = BusyCue(self.statusBar().showMessage, parent=self)
        self.flow = ConstanciaFlow(
            self, workbench, self.runner, self.busy, self.printer, make_printer
        )
        self.flow.consulta_requested.connect(self.events.consulta_requested)
        self.flow.message.connect(self.on_flow_message)
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
        self.verify_view = VerifyView(workbench, self.runner)
        self.register_view = RegisterView(workbench, self.runner, self.flow)
        self.batch_view = BatchView(workbench, self.runner)
        self.constancia_tabs = QTabWidget()
        self.constancia_tabs.setAccessibleName(self.tr("Constancias"))
        self.constancia_tabs.addTab(self.verify_view, self.tr("Verificar"))
        self.constancia_tabs.addTab(self.register_view, self.tr("Registro"))
        self.constancia_tabs.addTab(self.batch_view, self.tr("Lote"))
        self.ui.constanciasLayout.addWidget(self.constancia_tabs)
        self.consulta_form = ConsultaForm(workbench, self.runner)
        self.consulta_queue = ConsultaQueue(workbench, self.runner)
        self.consulta_tabs = QTabWidget()
        self.consulta_tabs.setAccessibleName(self.tr("Consultas"))
        self.consulta_tabs.addTab(self.consulta_form, self.tr("Nueva consulta"))
        self.consulta_tabs.addTab(self.consulta_queue, self.tr("Cola y seguimiento"))
        self.ui.consultasLayout.addWidget(self.consulta_tabs)
        self.sender = OutboxSender(workbench, self.runner, self)
        self.sender.sent.connect(self.on_outbox_sent)
        self.sender.replies_read.connect(self.on_replies_read)
        self.sender.failed.connect(self.on_outbox_failed)
        self.consulta_form.saved.connect(self.on_consulta_saved)
        self.consulta_queue.send_requested.connect(self.sender.send_now)
        self.consulta_queue.counts_changed.connect(self.on_consulta_counts)
        self.admin_area = AdminArea(self.oversight, self.runner)
        self.ui.adminLayout.insertWidget(4, self.admin_area, 1)
        self.admin_area.setVisible(self.admin_area.count() > 0)  # an operador: the text only
        actor = workbench.actor
        self.ui.adminHelp.setText(admin_help(actor.role))
        can_import = actor.role.allows(Role.SUPERVISOR)
        is_admin = actor.role.allows(Role.ADMINISTRADOR)
        for action, button, allowed in (
            (self.ui.actionImport, self.ui.importButton, can_import),
            (self.ui.actionSettings, self.ui.settingsButton, is_admin),
            (self.ui.actionMail, self.ui.mailButton, is_admin),
        ):
            action.setEnabled(allowed)
            button.setVisible(allowed)
            button.clicked.connect(action.trigger)
        self.ui.actionImport.triggered.connect(self.on_import_requested)
        self.ui.actionSettings.triggered.connect(self.on_settings_requested)
        self.ui.actionMail.triggered.connect(self.on_mail_settings_requested)
        self.ui.navigation.currentRowChanged.connect(self.on_area_changed)
        self.ui.actionChangePassword.setEnabled(not info.demo)
        self.ui.actionChangePassword.triggered.connect(self.on_change_password_requested)
        self.ui.actionLock.triggered.connect(self.lock_requested)
        self.ui.actionLogout.triggered.connect(self.logout_requested)
        self.constancia_tabs.currentChanged.connect(self.on_constancia_tab_changed)
        self.consulta_tabs.currentChanged.connect(self.on_consulta_tab_changed)
        self.search_view.batch_requested.connect(self.on_batch_requested)
        self.ui.actionIssue.triggered.connect(self.on_issue_requested)
        self.ui.actionVerify.triggered.connect(self.on_verify_requested)
        self.ui.actionGuidance.triggered.connect(self.on_guidance_requested)
        title = APP_NAME + (self.tr(" — DEMOSTRACIÓN") if info.demo else "")
        self.setWindowTitle(title)
        enlarge_title(self.ui.adminTitle)
        style_navigation(self.ui.navigation, self.style())
        labels = StatusLabels.install(self.statusBar(), info, actor)
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
        self.first_look = QTimer(self)  # the red alert from the start; dies with the window
        self.first_look.setSingleShot(True)
        self.first_look.timeout.connect(self.consulta_queue.refresh)
        self.first_look.start(0)

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
        if student_id == self._loading:
            return  # a second Enter while the same trajectory loads: one load, one audit entry
        self._loading = student_id
        self._opening += 1
        self.runner.run(
            partial(self.workbench.trajectory, student_id),
            partial(self.on_trajectory_loaded, self._opening),
            partial(self.on_trajectory_failed, self._opening),
            owner=self,
            busy=self.busy,
            busy_label=self.tr("Cargando trayectoria…"),
        )

    def on_trajectory_loaded(self, opening: int, trajectory: Trajectory) -> None:
        if opening != self._opening:
            return  # the clerk opened another student meanwhile
        self._loading = None
        self.show_area(self.SEARCH)
        self.ui.searchStack.setCurrentWidget(self.trajectory_view)  # first: its real height
        self.trajectory_view.show_trajectory(trajectory)

    def on_trajectory_failed(self, opening: int, failure: Failure) -> None:
        if opening == self._opening:
            self._loading = None
            self.statusBar().showMessage(
                self.tr("No se pudo abrir la trayectoria. {reason}").format(reason=failure.message),
                10_000,
            )

    @Slot()
    def on_back_requested(self) -> None:
        self.on_find_requested()

    @Slot(object)
    def on_consulta_requested(self, request: tuple) -> None:
        """'Registrar consulta' on a problem or a refusal: the form, prefilled — after asking,
        when it holds a consulta the clerk was typing and has not saved."""
        if self.consulta_form.has_unsaved_text():
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Consulta sin guardar"))
            box.setText(
                self.tr(
                    "En «Nueva consulta» hay una consulta escrita que no se guardó. ¿Reemplazarla "
                    "por la de este estudiante? Lo escrito se perderá."
                )
            )
            replace = box.addButton(self.tr("&Reemplazar"), QMessageBox.ButtonRole.AcceptRole)
            keep = box.addButton(
                self.tr("&Conservar lo escrito"), QMessageBox.ButtonRole.RejectRole
            )
            box.setDefaultButton(keep)
            box.buttonClicked.connect(partial(self.on_unsaved_answered, request, replace))
            box.finished.connect(box.deleteLater)
            self.unsaved_box = box
            open_focused(box)
            return
        self._prefill_consulta(request)

    def on_unsaved_answered(self, request: tuple, replace, button) -> None:
        if button is replace:
            self._prefill_consulta(request)
        else:
            self.show_area(self.CONSULTAS)
            self.consulta_tabs.setCurrentWidget(self.consulta_form)

    def _prefill_consulta(self, request: tuple) -> None:
        trajectory, problem, *citizen = request
        self.pending_consulta = request
        self.consulta_form.prefill(trajectory, problem, citizen[0] if citizen else None)
        self.show_area(self.CONSULTAS)
        self.consulta_tabs.setCurrentWidget(self.consulta_form)
        self.consulta_form.focus_first_empty()

    @Slot(str, str)
    def on_consulta_saved(self, ticket: str, state: str) -> None:
        self.statusBar().showMessage(
            self.tr("Consulta {ticket}: {state}").format(ticket=ticket, state=state), 10_000
        )
        self.consulta_queue.refresh()
        self.sender.send_now()

    @Slot(int)
    def on_outbox_sent(self, attempted: int) -> None:
        if attempted:
            self.consulta_queue.refresh()

    @Slot(int)
    def on_replies_read(self, matched: int) -> None:
        if matched:
            self.consulta_queue.refresh()

    @Slot(str)
    def on_outbox_failed(self, message: str) -> None:
        self.consulta_alert.setText(
            self.tr("El envío de consultas falló. {reason}").format(reason=message)
        )
        self.consulta_alert.setToolTip(message)
        self.consulta_alert.show()

    @Slot(dict)
    def on_consulta_counts(self, counts: dict) -> None:
        errors, stuck = counts.get("ERROR", 0), counts.get("ATASCADA", 0)
        self.consulta_alert.setVisible(errors + stuck > 0)
        self.consulta_alert.setText(
            self.tr(
                "Consultas con error: {errors} · sin poder enviarse: {stuck} · revise "
                "Consultas → Cola"
            ).format(errors=errors, stuck=stuck)
        )

    @Slot(str)
    def on_flow_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 15_000)

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
        self.verify_view.focus_code()

    @Slot(int)
    def on_constancia_tab_changed(self, index: int) -> None:
        if self.constancia_tabs.widget(index) is self.register_view:
            self.register_view.refresh()

    @Slot(int)
    def on_consulta_tab_changed(self, index: int) -> None:
        if self.consulta_tabs.widget(index) is self.consulta_queue:
            self.consulta_queue.refresh()

    @Slot(list)
    def on_batch_requested(self, documents: list) -> None:
        self.batch_view.ui.documentsEdit.setPlainText("\n".join(documents))
        self.show_area(self.CONSTANCIAS)
        self.constancia_tabs.setCurrentWidget(self.batch_view)

    def current_trajectory(self) -> Trajectory | None:
        if self.ui.searchStack.currentWidget() is not self.trajectory_view:
            return None
        return self.trajectory_view.trajectory

    @Slot()
    def on_issue_requested(self) -> None:
        """Ctrl+P: the request dialog → issued in the background → the PDF, Enter prints."""
        trajectory = self.current_trajectory()
        if trajectory is None:
            self.statusBar().showMessage(
                self.tr("Abra primero la trayectoria de un estudiante (Búsqueda)."), 8000
            )
            return
        self.flow.start(trajectory)

    @Slot()
    def on_guidance_requested(self) -> None:
        dialog = GuidanceDialog(self.workbench, self.runner, self.flow, self)
        dialog.finished.connect(dialog.deleteLater)
        self.guidance_dialog = dialog
        open_focused(dialog)

    @Slot()
    def on_mail_settings_requested(self, parent: QWidget | None = None) -> None:
        dialog = MailSettingsDialog(self.workbench, self.runner, parent or self)
        dialog.finished.connect(dialog.deleteLater)
        self.mail_dialog = dialog
        open_focused(dialog)

    @Slot(int)
    def on_area_changed(self, index: int) -> None:
        if index == self.ADMIN:
            self.admin_area.load_current()

    @Slot()
    def on_settings_requested(self) -> None:
        dialog = SettingsDialog(self.oversight, self.runner, self)
        dialog.mail_requested.connect(self.on_settings_mail_requested)
        dialog.database_changed.connect(self.database_switch_requested)
        dialog.accepted.connect(self.on_settings_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.settings_dialog = dialog
        open_focused(dialog)

    @Slot()
    def on_settings_saved(self) -> None:
        """A new printer, copies or paper apply to the next print, without a restart."""
        self.printer = self.oversight.load_settings().printer
        self.flow.printer = self.printer

    @Slot()
    def on_settings_mail_requested(self) -> None:
        dialog = MailSettingsDialog(self.workbench, self.runner, self.settings_dialog)
        dialog.finished.connect(self.settings_dialog.show_mail_summary)
        dialog.finished.connect(dialog.deleteLater)
        self.mail_dialog = dialog
        open_focused(dialog)

    @Slot()
    def on_import_requested(self) -> None:
        self.import_wizard = ImportWizard(self.oversight, self.runner, self)
        self.import_wizard.open()

    @Slot()
    def on_change_password_requested(self) -> None:
        PasswordDialog(
            self.oversight.change_own_password,
            self.tr("Cambie la contraseña de su cuenta ({user}).").format(
                user=self.workbench.actor.username
            ),
            self.runner,
            parent=self,
        ).exec()

    @Slot()
    def on_about_requested(self) -> None:
        AboutDialog(self.info, self).exec()

    def shut_down(self) -> None:
        """Sign-out or close: no timer fires and no dialog stays open after the window goes.

        Nothing that runs while Qt destroys the children may reach a slot of this window any
        more: Python can clear the window's attributes before Qt deletes the C++ side, and a
        tab widget emits currentChanged as its pages go."""
        self.sender.stop()
        self.flow.close_dialogs()
        if self._shut:
            return
        self._shut = True
        self.constancia_tabs.currentChanged.disconnect(self.on_constancia_tab_changed)
        self.consulta_tabs.currentChanged.disconnect(self.on_consulta_tab_changed)
        self.consulta_queue.counts_changed.disconnect(self.on_consulta_counts)
        self.search_view.detach()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shut_down()
        super().closeEvent(event)
