"""Administración: the audit view (filters, CSV, integrity check), reports with a chart,
accounts, and the settings dialog — as a supervisor and an administrator would use them."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QDate
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.oversight import Oversight
from cla_desktop.services.settings.toml_file import load_settings
from cla_desktop.services.settings.workstation import WorkstationSettings
from cla_desktop.services.workbench import Workbench
from cla_desktop.ui.admin_area import AdminArea
from cla_desktop.ui.settings_dialog import SettingsDialog
from cla_desktop.ui.user_dialog import UserDialog
from tests.support.accounts import add_account
from tests.support.tamper import without_guard


@pytest.fixture
def office(workbench):
    add_account(workbench.engine, "jefa", Role.ADMINISTRADOR)
    return workbench.engine


def test_audit_view_filters_exports_and_verifies(qtbot, office, tmp_path, inline_runner):
    clerk = Workbench(office, Actor("ana", Role.OPERADOR, "ventanilla-1"))
    clerk.search("quispe")
    clerk.search("45678901")
    clerk.close()  # commits what the audit writer queued
    boss = Oversight(office, Actor("beto", Role.SUPERVISOR, "ventanilla-2"))
    area = AdminArea(boss, inline_runner)
    qtbot.addWidget(area)
    assert [area.tabText(i) for i in range(area.count())] == ["Auditoría", "Reportes"]
    view = area.audit_view
    area.load_current()
    texts = {view.ui.table.item(r, 6).text() for r in range(view.ui.table.rowCount())}
    assert {"quispe", "45678901"} <= texts
    view.ui.textEdit.setText("4567")
    view.ui.actionCombo.setCurrentIndex(view.ui.actionCombo.findData("busqueda"))
    view.refresh()
    assert view.ui.table.rowCount() == 1 and view.ui.table.item(0, 2).text() == "ana"
    assert view.ui.table.item(0, 5).text() == "Búsqueda"
    out = tmp_path / "auditoria.csv"
    view.export_to(out)
    assert view.ui.countLabel.text().startswith("1 entrada exportada a ")
    assert "45678901" in out.read_text(encoding="utf-8")
    view.on_verify_clicked()
    assert "íntegro" in view.ui.verifyLabel.text()
    without_guard(office, "UPDATE audit_entry SET subject = 'x' WHERE subject = 'quispe'")
    view.on_verify_clicked()
    assert "ALTERADO" in view.ui.verifyLabel.text()


def test_reports_view_draws_a_chart_and_exports(qtbot, office, tmp_path, inline_runner):
    boss = Oversight(office, Actor("beto", Role.SUPERVISOR, "v2"))
    area = AdminArea(boss, inline_runner)
    qtbot.addWidget(area)
    area.setCurrentWidget(area.reports_view)
    view = area.reports_view
    assert view.ui.reportCombo.count() == 9
    view.show_report("rechazos-motivo")
    assert view.chart.title() == "Constancias rechazadas por motivo"
    assert len(view.chart.series()) == 1
    view.ui.sinceEdit.setDate(QDate(2026, 12, 31))
    view.ui.untilEdit.setDate(QDate(2026, 1, 1))
    out = tmp_path / "r.csv"
    assert view.export_to(out)
    assert out.read_text(encoding="utf-8").lstrip("\ufeff").startswith("Motivo,Cantidad")


def test_users_view_adds_and_disables_accounts(qtbot, office, inline_runner):
    admin = Oversight(office, Actor("jefa", Role.ADMINISTRADOR, "v1"))
    area = AdminArea(admin, inline_runner)
    qtbot.addWidget(area)
    area.setCurrentWidget(area.users_view)
    view = area.users_view
    assert view.ui.table.rowCount() == 1
    dialog = UserDialog(admin.add_user, inline_runner)
    qtbot.addWidget(dialog)
    dialog.ui.fullNameEdit.setText("Ana Quispe")
    dialog.ui.usernameEdit.setText("aquispe")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("operador"))
    dialog.ui.passwordEdit.setText("corta")
    dialog.ui.repeatEdit.setText("corta")
    dialog.ui.buttons.accepted.emit()
    assert "al menos 8" in dialog.ui.messageLabel.text()
    dialog.ui.passwordEdit.setText("clave-ana-2026")
    dialog.ui.repeatEdit.setText("clave-ana-2026")
    dialog.ui.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    view.refresh()
    view.select("aquispe")
    assert view.ui.toggleButton.text() == "&Desactivar"
    view.on_toggle_clicked()
    row = next(i for i, a in enumerate(view.accounts) if a.username == "aquispe")
    assert view.ui.table.item(row, 3).text() == "desactivada"
    assert view.ui.toggleButton.text() == "&Reactivar"


def test_settings_dialog_saves_the_file_without_secrets(
    qtbot, office, tmp_path, memory_keyring, inline_runner
):
    path = tmp_path / "config.toml"
    admin = Oversight(office, Actor("jefa", Role.ADMINISTRADOR, "v1"), WorkstationSettings(path))
    dialog = SettingsDialog(admin, inline_runner)
    qtbot.addWidget(dialog)
    dialog.ui.dreCombo.setCurrentIndex(dialog.ui.dreCombo.findData("150101"))
    dialog.ui.ugelCombo.setCurrentIndex(dialog.ui.ugelCombo.findData("150104"))
    dialog.ui.idleSpin.setValue(5)
    dialog.ui.copiesSpin.setValue(2)
    dialog.ui.paperCombo.setCurrentText("Oficio")
    dialog.ui.baseEdit.setText("https://ugel03.gob.pe/verificar")
    dialog.ui.retentionSpin.setValue(30)
    dialog.ui.buttons.accepted.emit()
    assert "180 días" in dialog.ui.messageLabel.text() and not path.exists()
    dialog.ui.retentionSpin.setValue(730)
    # A PostgreSQL server for several counters, its password to the keyring only.
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("postgresql"))
    dialog.ui.hostEdit.setText("127.0.0.1")
    dialog.ui.portSpin.setValue(1)
    dialog.ui.databaseEdit.setText("cla_ugel03")
    dialog.ui.dbPasswordEdit.setText("clave-del-servidor-ñ")
    dialog.on_test_clicked()
    assert "No se pudo conectar" in dialog.ui.testLabel.text()
    with qtbot.waitSignal(dialog.database_changed):
        dialog.ui.buttons.accepted.emit()
    text = path.read_text(encoding="utf-8")
    assert "clave-del-servidor-ñ" not in text
    saved = load_settings(path)
    assert saved.session.idle_lock_minutes == 5 and saved.printer.copies == 2
    assert saved.printer.paper == "Oficio" and saved.audit.retention_days == 730
    assert saved.database.kind == "postgresql" and saved.database.host == "127.0.0.1"
    assert memory_keyring.get_password("cla-desktop", saved.database.secret_name) == (
        "clave-del-servidor-ñ"
    )
    again = SettingsDialog(admin, inline_runner)
    qtbot.addWidget(again)
    assert again.ui.ugelCombo.currentData() == "150104" and again.ui.idleSpin.value() == 5
    assert dataclasses.asdict(again.settings()) == dataclasses.asdict(saved)
    with Session(office) as session:
        from cla_desktop.services.settings_store import current_office

        assert current_office(session).code == "150104"


def test_printer_defaults_are_applied(qtbot):
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from cla_desktop.services.settings.model import PrinterSettings
    from cla_desktop.ui.pdf_preview_dialog import configure_printer

    printer = QPrinter()
    configure_printer(printer, PrinterSettings("no-existe", 3, "Carta", False), "")
    assert printer.copyCount() == 3
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
    configure_printer(printer, PrinterSettings(paper="Oficio"))
    size = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    assert (round(size.width()), round(size.height())) == (216, 330)
