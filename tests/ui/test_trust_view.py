"""Administración → Claves de firma, as an office's administrator uses it: a constancia from
another office (a second database with its own keyring) is NO VERIFICABLE AQUÍ at the counter,
the administrator imports that office's list through the tab (confirming the huella), and the
same scan is then VÁLIDA, with the list's date under the verdict.  On the real pools."""

from __future__ import annotations

import json

import keyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlmodel import Session

from cla_desktop.domain.constancia import RequesterType
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.constancias.issuance import issue_constancia
from cla_desktop.services.constancias.trust_lists import publish_trust_list
from cla_desktop.services.oversight import Oversight
from cla_desktop.services.settings_store import set_office
from cla_desktop.store.database import make_engine
from cla_desktop.ui import trust_view
from cla_desktop.ui.admin_area import AdminArea
from cla_desktop.ui.main_window import MainWindow
from cla_desktop.ui.shell_info import ShellInfo
from tests.conftest import new_database_url
from tests.services.constancia_world import adult_with_secundaria
from tests.support.accounts import add_account
from tests.support.memory_keyring import MemoryKeyring


def _other_office(request, tmp_path):
    """UGEL Urubamba, elsewhere: its own database and keyring; returns a scan and its list."""
    folder = tmp_path / "urubamba"
    folder.mkdir()
    engine = make_engine(new_database_url("sqlite", request, folder))
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        with Session(engine) as session:
            set_office(session, SYSTEM, "080013")
            session.commit()
            issued = issue_constancia(
                session,
                Actor("rosa", Role.OPERADOR, "urubamba-1"),
                student_id=adult_with_secundaria(session),
                nivel=Nivel.SECUNDARIA,
                requester_type=RequesterType.TITULAR,
                motivo="Trámite laboral",
            )
            session.commit()
            published = tmp_path / "urubamba.json"
            publish_trust_list(session, Actor("it", Role.ADMINISTRADOR, "urubamba-1"), published)
            session.commit()
    finally:
        keyring.set_keyring(previous)
        engine.dispose()
    return issued.qr_text, published


def _scan(qtbot, view, text: str, verdict: str) -> None:
    view.ui.codeEdit.setText(text)
    qtbot.keyClick(view.ui.codeEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: verdict in view.ui.verdictLabel.text(), timeout=10000)


def test_importing_a_list_through_the_tab_makes_the_scan_valid(
    qtbot, workbench, real_runner, memory_keyring, tmp_path, request, monkeypatch
):
    with Session(workbench.engine) as session:
        set_office(session, SYSTEM, "040002")
        session.commit()
    add_account(workbench.engine, "jefa", Role.ADMINISTRADOR)
    scan, published = _other_office(request, tmp_path)
    info = ShellInfo(database="SQLite · prueba", office="UGEL AREQUIPA SUR", students=9, demo=False)
    window = MainWindow(info, workbench, real_runner)
    qtbot.addWidget(window)
    window.show()
    window.ui.actionVerify.trigger()
    view = window.verify_view
    _scan(qtbot, view, scan, "NO VERIFICABLE AQUÍ")
    assert "UGEL URUBAMBA (080013)" in view.ui.verdictLabel.text()
    assert "Sin lista de confianza" in view.ui.trustLabel.text()

    asked: list[str] = []
    told: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    def information(_parent, _title, text, *args, **kwargs):
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    monkeypatch.setattr(trust_view, "ask_open_paths", lambda *a, **k: [str(published)])
    area = AdminArea(
        Oversight(workbench.engine, Actor("jefa", Role.ADMINISTRADOR, "v1")), real_runner
    )
    qtbot.addWidget(area)
    area.setCurrentWidget(area.trust_view)
    tab = area.trust_view
    qtbot.waitUntil(lambda: tab.ui.statusLabel.text() != "", timeout=10000)
    tab.ui.importButton.click()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    signer = json.loads(published.read_text(encoding="utf-8"))["firma"]["key_id"].upper()
    assert signer[:4] in asked[0] and "coincide" in asked[0]
    assert "1 claves nuevas" in told[0]
    qtbot.waitUntil(lambda: tab.ui.table.rowCount() == 1, timeout=10000)
    assert "UGEL URUBAMBA" in tab.ui.table.item(0, 1).text()
    assert tab.ui.table.item(0, 4).text() == "vigente"
    assert tab.ui.statusLabel.text().startswith("Lista de confianza al ")

    view.ui.verdictLabel.clear()
    _scan(qtbot, view, scan, "VÁLIDA")
    assert view.ui.trustLabel.text().startswith("Lista de confianza al ")
    assert "vigente hasta" in view.ui.trustLabel.text()
