"""The named baseline of bench/startup.py: a PySide6 window with a line edit, nothing else,
bundled the same way as the app; it writes the same ready mark."""

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit


def mark() -> None:
    with open(os.environ["CLA_STARTUP_MARK"], "w", encoding="utf-8") as handle:
        handle.write(f"{time.time():.6f}")


app = QApplication(sys.argv)
window = QLineEdit()
window.setPlaceholderText("Hola")
window.show()
QTimer.singleShot(0, mark)
sys.exit(app.exec())
