"""Application-wide events, passed to the views that need them (never fetched globally)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Typed signals between work areas."""

    student_opened = Signal(int)  # student id: show the trajectory
    consulta_requested = Signal(object)  # ConsultaDraft: open the Consultas area prefilled
