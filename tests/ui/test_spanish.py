"""Spanish in the right form: Qt's own dialogs translated, agreement of counts, states and
roles as words, Lima time."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QPushButton

from cla_desktop.domain.consulta import ConsultaState, state_label
from cla_desktop.domain.lima_time import format_moment
from cla_desktop.domain.roles import Role
from cla_desktop.domain.wording import count_phrase, join_es
from cla_desktop.ui.file_dialogs import spanish_file_dialog


def test_the_apps_own_texts_survive_the_translator(qtbot):
    """Qt's translator is asked for every text; for the app's own (already Spanish) it must
    give them back, never blank them (a translator returning "" once did)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

    assert QCoreApplication.translate("SearchView", "Buscando…") == "Buscando…"
    assert QWidget().tr("Guardar borrador") == "Guardar borrador"
    assert QCoreApplication.translate("QFileSystemModel", "Folder") == "Carpeta"


def test_qt_standard_buttons_and_dialogs_speak_spanish(qtbot):
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["Aceptar", "Cancelar"]
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Imprimir"
    assert "Cancelar" in [b.text() for b in dialog.findChildren(QPushButton)]
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Archivo de salida" in labels and "ichero" not in labels  # Peru's word, not Spain's


def test_the_file_dialog_has_no_english_left(qtbot):
    dialog = spanish_file_dialog(None, "Guardar constancia")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [button.text() for button in dialog.findChildren(QPushButton)]
    words = {word.strip("&:") for text in texts for word in text.split()}
    for english in ("Look", "Files", "File", "name", "Cancel", "Save", "Open", "type"):
        assert english not in words, texts
    assert "Buscar en:" in texts and "Tipo de archivo:" in texts


def test_counts_agree_and_lists_join_with_y():
    assert count_phrase(1, "resultado", "resultados") == "1 resultado"
    assert count_phrase(0, "resultado", "resultados") == "0 resultados"
    assert count_phrase(20000, "estudiante", "estudiantes") == "20,000 estudiantes"
    assert join_es(["3 años", "4 años", "5 años"]) == "3 años, 4 años y 5 años"
    assert join_es(["PRIMER"]) == "PRIMER" and join_es([]) == ""


def test_states_and_roles_are_words_and_times_are_lima():
    assert [s.label for s in ConsultaState] == [
        "Borrador",
        "En cola",
        "Enviada",
        "Respondida",
        "Cerrada",
        "Con error",
    ]
    assert state_label("ATASCADA") == "Sin poder enviarse"
    assert Role.SUPERVISOR.label == "Supervisor"
    # 03:30 UTC on 3 December is still 2 December in Lima.
    assert format_moment(datetime(2026, 12, 3, 3, 30, tzinfo=UTC)) == "02/12/2026 22:30"
