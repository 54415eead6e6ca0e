"""Importar datos, as a supervisor uses it: file → preview and check → import → summary;
problems that block until "solo las filas válidas" is chosen; stopping midway rolls back."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.oversight import Oversight
from cla_desktop.services.workbench import Workbench
from cla_desktop.ui import import_wizard
from cla_desktop.ui.import_wizard import CHECK_PAGE, RUN_PAGE, SUMMARY_PAGE, ImportWizard
from cla_desktop.ui.main_window import MainWindow
from cla_desktop.ui.shell_info import ShellInfo
from tests.services.import_world import count, snapshot
from tests.support import import_files as files

DATA = Path(__file__).parent.parent / "data"
BOSS = Actor("jefa", Role.SUPERVISOR, "ventanilla-2")


@pytest.fixture
def wizard(qtbot, workbench, inline_runner):
    wizard = ImportWizard(Oversight(workbench.engine, BOSS), inline_runner)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def rows_in(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_a_nomina_in_four_steps(wizard, workbench):
    students = count(workbench.engine, "student")
    wizard.ui.fileEdit.setText(str(DATA / "nomina_muestra.xlsx"))
    assert wizard.ui.kindCombo.currentData() == "nomina"  # guessed from the name
    wizard.next()
    assert wizard.currentId() == CHECK_PAGE
    assert "XLSX" in wizard.ui.detectedLabel.text()
    assert "Nómina de matrícula" in wizard.ui.detectedLabel.text()
    preview = rows_in(wizard.ui.previewTable)
    assert len(preview) == 4 and "HUAMÁN" in preview[0]
    assert "Simulación: 4 filas válidas y 0 con problemas" in wizard.ui.checkSummary.text()
    assert wizard.ui.problemTable.rowCount() == 0
    assert count(workbench.engine, "student") == students  # the check saved nothing
    wizard.next()
    assert wizard.currentId() == SUMMARY_PAGE  # the import ran and moved on by itself
    assert "Filas importadas: 4 de 4" in wizard.ui.summaryLabel.text()
    assert "auditoría" in wizard.ui.summaryLabel.text()
    assert count(workbench.engine, "student") == students + 4


def test_problems_block_until_only_valid_rows_are_asked_for(wizard, workbench, tmp_path):
    rows = files.nomina_rows()
    rows[1][10] = "1234"
    path = files.write_csv(tmp_path / "matricula.csv", files.NOMINA_HEADER, rows)
    wizard.ui.fileEdit.setText(str(path))
    wizard.ui.kindCombo.setCurrentIndex(wizard.ui.kindCombo.findData("nomina"))
    wizard.next()
    assert rows_in(wizard.ui.problemTable) == [
        ["3", "DNI", "1234", "El DNI debe tener exactamente 8 dígitos."]
    ]
    wizard.next()
    assert wizard.currentId() == CHECK_PAGE  # refused
    assert "Importar solo las filas válidas" in wizard.ui.checkSummary.text()
    wizard.back()
    wizard.ui.skipInvalidCheck.setChecked(True)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == SUMMARY_PAGE
    summary = wizard.ui.summaryLabel.text()
    assert "Filas importadas: 3 de 4" in summary and "matricula-rechazos.csv" in summary
    assert (tmp_path / "matricula-rechazos.csv").is_file()


def test_a_file_that_cannot_be_read_says_why(wizard, tmp_path):
    old = tmp_path / "acta.csv"
    old.write_bytes(b"%PDF-1.4 a scanned acta")
    wizard.ui.fileEdit.setText(str(old))
    wizard.next()
    assert "acta.csv es un documento PDF" in wizard.ui.detectedLabel.text()
    wizard.next()
    assert wizard.currentId() == CHECK_PAGE
    missing = tmp_path / "no-existe.csv"
    wizard.back()
    wizard.ui.fileEdit.setText(str(missing))
    wizard.next()
    assert "Elija un archivo que exista" in wizard.ui.fileMessage.text()


def test_stopping_midway_rolls_everything_back(
    qtbot, workbench, tmp_path, real_runner, monkeypatch
):
    """The app's long-work lane, held at its first progress report until Stop was pressed."""
    oversight = Oversight(workbench.engine, BOSS)
    wizard = ImportWizard(oversight, real_runner)
    qtbot.addWidget(wizard)
    wizard.show()
    rows = [[*row[:8], str(10**13 + n), "DNI", f"{72000000 + n}", "ROJAS", "RIOS", "ANA", "M",
             "01/01/2012"] for n, row in enumerate(files.nomina_rows() * 1500)]  # fmt: skip
    path = files.write_csv(tmp_path / "nomina.csv", files.NOMINA_HEADER, rows)
    before = snapshot(workbench.engine)
    reported = threading.Event()
    stopped = threading.Event()
    original = import_wizard._report
    importing = threading.Event()  # set on the GUI thread when the import page starts

    def held(context, done, total):
        if importing.is_set() and not reported.is_set():
            reported.set()  # two batches are written inside the transaction by now
            stopped.wait(10)
        original(context, done, total)

    monkeypatch.setattr(import_wizard, "_report", held)
    wizard.currentIdChanged.connect(lambda page: importing.set() if page == RUN_PAGE else None)
    wizard.ui.fileEdit.setText(str(path))
    wizard.next()
    # Every row writes "M": the file does not say whether M is mujer or masculino.
    qtbot.waitUntil(lambda: "Elíjala" in wizard.ui.checkSummary.text(), timeout=60_000)
    assert "solo trae «M» (6000 filas)" in wizard.ui.checkSummary.text()
    assert wizard.ui.sexoCombo.isVisible() and wizard.check is None
    wizard.next()
    assert wizard.currentId() == CHECK_PAGE  # nothing goes on until the office says
    at = wizard.ui.sexoCombo.findData("HM")
    wizard.ui.sexoCombo.setCurrentIndex(at)
    wizard.ui.sexoCombo.activated.emit(at)
    qtbot.waitUntil(lambda: wizard.check is not None, timeout=60_000)
    assert wizard.check.counts.valid == 6000
    assert "H/M (H hombre, M mujer)" in wizard.ui.sexoHint.text()
    assert "indicada por la oficina" in wizard.ui.sexoHint.text()
    wizard.next()
    assert wizard.currentId() == RUN_PAGE
    qtbot.waitUntil(reported.is_set, timeout=30_000)
    wizard.ui.cancelImportButton.click()
    stopped.set()
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY_PAGE, timeout=30_000)
    assert "cancelada" in wizard.ui.summaryLabel.text()
    assert snapshot(workbench.engine) == before


INFO = ShellInfo(database="SQLite · prueba", office="UGEL URUBAMBA", students=9, demo=False)


def test_operators_do_not_see_the_import(qtbot, workbench, inline_runner):
    clerk = Workbench(workbench.engine, Actor("ana", Role.OPERADOR))
    window = MainWindow(INFO, clerk, inline_runner)
    qtbot.addWidget(window)
    assert not window.ui.actionImport.isEnabled()
    assert window.ui.importButton.isHidden()
    clerk.close()


def test_the_main_window_opens_the_wizard(qtbot, workbench, inline_runner):
    window = MainWindow(INFO, workbench, inline_runner)
    qtbot.addWidget(window)
    assert window.ui.actionImport.isEnabled()
    window.ui.importButton.click()
    assert isinstance(window.import_wizard, QWizard) and window.import_wizard.isVisible()
    window.import_wizard.reject()
