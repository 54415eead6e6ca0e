"""The counter at real speed (issue #13): a clerk types a name at 15 ms a key and presses Enter
at once; how long until the right student's trajectory is on screen — with the app's real
background lanes — side by side with the bare service calls it needs (search, first page,
trajectory) made one after another on one thread.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/counter.py --database DEMO.sqlite3 [--names 40]

Names are taken from the database (apellido paterno, materno and first nombre of students who
have enrollments), so every one has a right answer.  A slow clerk's pause of 250 ms after the
last key is not counted: the time runs from Enter.  Also times the search while a long job
keeps every long-lane worker busy, to show that one never starves the other.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cla_desktop.app import gather_info
from cla_desktop.services.actor import DEMO_SUPERVISOR
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.workbench import Workbench
from cla_desktop.store.database import resolve_url
from cla_desktop.ui.main_window import MainWindow
from cla_desktop.ui.operations import Executors, Lane, OperationRunner
from cla_desktop.ui.search_results_model import PAGE


def _names(engine, count: int) -> list[tuple[str, int]]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT s.id, s.apellido_paterno, s.apellido_materno, s.nombres FROM student s "
            "WHERE s.document_type = 'DNI' AND EXISTS (SELECT 1 FROM enrollment e "
            f"WHERE e.student_id = s.id) ORDER BY (s.id * 7919) % 1000003 LIMIT {count * 3}"
        ).all()
    picked = []
    for student_id, paterno, materno, nombres in rows:
        heard = f"{paterno} {materno} {nombres.split()[0]}".lower()
        picked.append((heard, student_id))
    return picked


def _type(app: QApplication, widget, text: str) -> None:
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)
        _spin(app, 0.015)


def _spin(app: QApplication, seconds: float) -> None:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)


def _until(app: QApplication, condition, timeout: float = 10.0) -> float:
    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > timeout:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.0005)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--names", type=int, default=40)
    args = parser.parse_args()
    app = QApplication([])
    opened = open_database(resolve_url(args.database))
    workbench = Workbench(opened.engine, DEMO_SUPERVISOR)
    runner = OperationRunner(Executors.shared())
    window = MainWindow(gather_info(opened, demo=True), workbench, runner)
    window.resize(1366, 728)
    window.show()
    names = _names(opened.engine, args.names)
    # Baseline: the same service calls, one after another, no UI.
    bare = []
    for heard, student in names[: args.names]:
        start = time.perf_counter()
        page = workbench.search_first_page(heard, None, PAGE)
        top = page.hits[0].student_id if page.hits else None
        workbench.trajectory(top or student)
        bare.append(time.perf_counter() - start)
    counter, wrong, opened_ids = [], 0, 0
    for heard, student in names[: args.names]:
        expected_top = workbench.search_first_page(heard, None, 1).hits[0].student_id
        window.on_find_requested()
        _type(app, window.search_view.ui.queryEdit, heard)
        QTest.keyClick(window.search_view.ui.queryEdit, Qt.Key.Key_Return)
        elapsed = _until(
            app,
            lambda expected=expected_top: (
                window.current_trajectory() is not None
                and window.current_trajectory().student.student_id == expected
            ),
        )
        counter.append(elapsed)
        opened_ids += 1
        wrong += expected_top != student  # a namesake ranked first is not an error of Enter
    # A long job on every long-lane worker: the search still answers.
    release = threading.Event()
    ignored: list = []
    for _ in range(4):
        runner.run(release.wait, ignored.append, ignored.append, lane=Lane.LONG, timeout=None)
    busy = []
    for heard, _student in names[:10]:
        answered = []
        start = time.perf_counter()
        runner.run(lambda heard=heard: workbench.search(heard), answered.append, answered.append)
        _until(app, lambda answered=answered: bool(answered))
        busy.append(time.perf_counter() - start)
    release.set()
    print(f"Base: {opened.description}; {len(names[: args.names])} nombres")
    print(
        f"Servicios sin interfaz (búsqueda + primera página + trayectoria): mediana "
        f"{statistics.median(bare) * 1000:.0f} ms, máx. {max(bare) * 1000:.0f} ms"
    )
    print(
        f"Intro → trayectoria en pantalla (hilos reales): mediana "
        f"{statistics.median(counter) * 1000:.0f} ms, máx. {max(counter) * 1000:.0f} ms; "
        f"{opened_ids} abiertas, todas la persona del primer resultado"
        f" ({wrong} con un homónimo delante)"
    )
    print(
        f"Búsqueda con los hilos largos ocupados: mediana "
        f"{statistics.median(busy) * 1000:.0f} ms, máx. {max(busy) * 1000:.0f} ms"
    )
    workbench.close()


if __name__ == "__main__":
    main()
