"""Screenshots of the real app for docs/img/ (offscreen; regenerate whenever the UI changes).

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py --database DEMO.sqlite3
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from cla_desktop.app import gather_info, install_translations
from cla_desktop.services.actor import DEMO_SUPERVISOR
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.workbench import Workbench
from cla_desktop.store.database import resolve_url
from cla_desktop.ui.about_dialog import AboutDialog
from cla_desktop.ui.background import InlineExecutor, TaskRunner
from cla_desktop.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "img"


def _student_with_problems(engine) -> int:
    """A student whose trajectory shows several kinds of problem (transfer, rectification)."""
    with engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT e.student_id FROM enrollment e WHERE e.acta_estado = 'EN_RECTIFICACION' "
            "AND e.student_id IN (SELECT student_id FROM enrollment "
            "WHERE situacion_final = 'TRASLADADO') ORDER BY e.student_id LIMIT 1"
        ).scalar_one()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--query", default="maria quispe")
    args = parser.parse_args()
    app = QApplication([])
    install_translations(app)
    opened = open_database(resolve_url(args.database))
    info = gather_info(opened, demo=True, log_file=Path("~/.local/state/cla-desktop/log/cla.log"))
    OUT.mkdir(parents=True, exist_ok=True)
    workbench = Workbench(opened.engine, DEMO_SUPERVISOR)
    window = MainWindow(info, workbench, TaskRunner(InlineExecutor()))
    window.resize(1280, 760)
    window.show()
    app.processEvents()
    window.grab().save(str(OUT / "shell-busqueda.png"))
    window.search_view.ui.queryEdit.setText(args.query)
    window.search_view.run_search()
    app.processEvents()
    window.grab().save(str(OUT / "busqueda-resultados.png"))
    window.events.student_opened.emit(_student_with_problems(opened.engine))
    app.processEvents()
    window.grab().save(str(OUT / "trayectoria.png"))
    window.show_area(MainWindow.ADMIN)
    app.processEvents()
    window.grab().save(str(OUT / "shell-administracion.png"))
    about = AboutDialog(info, window)
    about.show()
    app.processEvents()
    about.grab().save(str(OUT / "acerca-de.png"))
    print(f"Capturas en {OUT}")


if __name__ == "__main__":
    main()
