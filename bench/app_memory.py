"""Resident memory of the app with a large database open, after 24 searches (issues #3, #16).

Runs the real main window offscreen on the given database (a SQLite file or a URL), types 24
different queries through the search view (4 respelled or mistyped, which load the in-memory
vocabulary; each one waited for), scrolls one result list to its end, opens a trajectory, then
reads VmRSS/VmHWM.  Side by side, in a child process: an empty QMainWindow (what Qt alone
costs).  Target: <= 400 MB.

    .venv/bin/python bench/app_memory.py --database /tmp/benchkeep/search-1000000.sqlite3
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

QUERIES = [
    "quispe",
    "maria quispe",
    "huaman",
    "mamani rosa",
    "flores",
    "garcia juan",
    "nunez",
    "cruz",
    "rojas maria",
    "chavez",
    "qispe",
    "ramos luis",
    "torres ana",
    "mendoza",
    "lopez jose",
    "vasquez",
    "castillo",
    "sanchez carmen",
    "diaz",
    "rodriguez pedro",
    # As heard and mistyped (issue #16): these load the in-memory vocabulary.
    "kispe waman",
    "yupanki rosa",
    "anvarro luis",
    "choke kondori maria",
]


def status() -> dict[str, int]:
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) // 1024
    return values


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.show()
    app.processEvents()
    print(status())


def app_run(database: str) -> None:
    from PySide6.QtWidgets import QApplication

    from cla_desktop.app import gather_info
    from cla_desktop.services.actor import DEMO_SUPERVISOR
    from cla_desktop.services.database_setup import open_database
    from cla_desktop.services.workbench import Workbench
    from cla_desktop.ui.main_window import MainWindow
    from cla_desktop.ui.operations import OperationRunner

    app = QApplication([])
    url = database if "://" in database else f"sqlite:///{database}"
    opened = open_database(url, upgrade=False)
    info = gather_info(opened, demo=False, log_file=None)
    window = MainWindow(info, Workbench(opened.engine, DEMO_SUPERVISOR), OperationRunner())
    window.show()
    view = window.search_view
    results = []
    view.search_finished.connect(results.append)
    for query in QUERIES:
        before = len(results)
        view.ui.queryEdit.setText(query)
        view.run_search()
        while len(results) == before:
            app.processEvents()
    view.ui.queryEdit.setText("quispe")  # a long list, scrolled to its end
    view.run_search()
    while len(results) < len(QUERIES) + 1:
        app.processEvents()
    while view.model.canFetchMore(view.model.index(-1, -1)):
        view.model.fetchMore(view.model.index(-1, -1))
    view.open_selected()
    for _ in range(200):
        app.processEvents()
    print({"students": info.students, "searches": len(results), **status()})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database")
    parser.add_argument("--bare", action="store_true")
    args = parser.parse_args()
    if args.bare:
        bare()
        return
    baseline = subprocess.run(
        [sys.executable, __file__, "--bare"], capture_output=True, text=True, check=True
    ).stdout.strip()
    print("QMainWindow vacía:", baseline)
    app_run(args.database)


if __name__ == "__main__":
    main()
