"""Smoke tests of the GUI shell, offscreen with pytest-qt."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from cla_desktop import app as app_module
from cla_desktop.services.actor import DEMO_SUPERVISOR
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.workbench import Workbench
from cla_desktop.ui.about_dialog import AboutDialog
from cla_desktop.ui.exception_hook import ExceptionHook
from cla_desktop.ui.main_window import MainWindow
from cla_desktop.ui.shell_info import ShellInfo


def _show(qtbot, window: MainWindow) -> None:
    """Shown and active, so that QAction shortcuts reach it (offscreen too)."""
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.ui.navigation.setFocus()


def _info(**overrides) -> ShellInfo:
    values = dict(
        database="SQLite · /tmp/x.sqlite3",
        office="UGEL URUBAMBA (080013)",
        students=1234,
        demo=True,
    )
    values.update(overrides)
    return ShellInfo(**values)


def test_shell_shows_four_areas_status_bar_and_demo_banner(qtbot, workbench):
    window = MainWindow(_info(), workbench)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    navigation = window.ui.navigation
    labels = [navigation.item(i).text() for i in range(navigation.count())]
    assert labels == ["Búsqueda", "Constancias", "Consultas", "Administración"]
    assert "DEMOSTRACIÓN" in window.windowTitle()
    status_texts = [w.text() for w in window.statusBar().findChildren(type(window.office_label))]
    assert "UGEL URUBAMBA (080013)" in status_texts
    assert "SQLite · /tmp/x.sqlite3" in status_texts
    assert any("DEMOSTRACIÓN" in t for t in status_texts)
    assert "1,234" in window.ui.adminSummary.text() or "1234" in window.ui.adminSummary.text()


def test_keyboard_switches_areas(qtbot, workbench):
    window = MainWindow(_info(demo=False), workbench)
    _show(qtbot, window)
    for index, key in enumerate((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)):
        qtbot.keyClick(window.ui.navigation, key, Qt.KeyboardModifier.AltModifier)
        assert window.ui.pages.currentIndex() == index
    window.ui.navigation.setCurrentRow(0)
    assert window.ui.pages.currentWidget() is window.ui.searchPage
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_view.ui.queryEdit.hasFocus()
    assert "DEMOSTRACIÓN" not in window.windowTitle()


def test_every_control_has_an_accessible_name_or_text(qtbot, workbench):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QTabWidget,
    )

    window = MainWindow(_info(), workbench)
    qtbot.addWidget(window)
    window.events.student_opened.emit(1)  # the trajectory view, with its problem buttons
    assert window.ui.navigation.accessibleName() == "Áreas de trabajo"
    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QTabWidget)
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for kind in kinds
        for w in window.findChildren(kind)
        if w.isVisibleTo(window)
        and not (w.accessibleName() or getattr(w, "text", str)())
        and not w.objectName().startswith("qt_")
        and not isinstance(w, QHeaderView)  # named by its table
    ]
    assert unnamed == []
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            assert action.isSeparator() or action.text()


def test_about_dialog_names_version_and_database(qtbot):
    dialog = AboutDialog(_info(log_file="/tmp/cla.log"))
    qtbot.addWidget(dialog)
    assert "Versión" in dialog.ui.version.text()
    assert "SQLite · /tmp/x.sqlite3" in dialog.ui.details.text()
    assert "/tmp/cla.log" in dialog.ui.details.text()


def test_about_opens_from_shift_f1_and_closes(qtbot, workbench):
    window = MainWindow(_info(), workbench)
    _show(qtbot, window)
    seen = []

    def close_dialog():
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            seen.append(type(dialog).__name__)
            dialog.reject()

    QTimer.singleShot(50, close_dialog)
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    assert seen == ["AboutDialog"]


def test_uncaught_exception_is_logged_and_shown_in_spanish(qtbot, tmp_path, caplog, message_boxes):
    hook = ExceptionHook(tmp_path / "cla.log")
    try:
        raise RuntimeError("fallo interno de prueba")
    except RuntimeError as error:
        with caplog.at_level(logging.CRITICAL):
            hook(type(error), error, error.__traceback__)
    assert "fallo interno de prueba" in caplog.text
    assert "Traceback" in caplog.text or caplog.records[0].exc_info
    ((_title, text),) = message_boxes
    assert "Ocurrió un error inesperado" in text and str(tmp_path / "cla.log") in text
    assert "fallo interno" not in text and "Traceback" not in text


def test_bootstrap_pieces_on_a_real_demo_database(qtbot, tmp_path):
    opened = open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    app_module.fill_first_use_demo(QApplication.instance(), opened)
    info = app_module.gather_info(opened, demo=True, log_file=tmp_path / "cla.log")
    assert info.students == app_module.FIRST_USE_DEMO_STUDENTS
    assert info.office == "UGEL URUBAMBA (080013)"
    workbench = Workbench(opened.engine, DEMO_SUPERVISOR)
    window = MainWindow(info, workbench)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # The window's first look at the consulta queue runs on a worker: the database goes away
    # only after it answered (disposing it under a running query crashed a test process).
    from cla_desktop.ui.operations import wait_for_tasks

    assert wait_for_tasks(10)
    qtbot.wait(50)
    window.close()
    workbench.close()
    opened.engine.dispose()


def test_main_reports_an_unreachable_database_without_a_traceback(qtbot, message_boxes):
    code = app_module.main(["--database", "postgresql://cla@127.0.0.1:1/cla"])
    assert code == 2
    ((_title, text),) = message_boxes
    assert "No se pudo conectar" in text


def test_about_dialog_is_a_dialog():
    assert issubclass(AboutDialog, QDialog)
