"""Long names on narrow screens: a label shows as much as fits, ending in "…", and the whole
text in its tooltip (office screens are often 1024 or 1366 pixels wide)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel


class ElidedText(QObject):
    """Keeps a label's full text and re-elides it whenever the label is resized."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label = label
        self.full = ""
        label.setMinimumWidth(40)
        label.setSizePolicy(label.sizePolicy().Policy.Ignored, label.sizePolicy().verticalPolicy())
        label.installEventFilter(self)

    def set_text(self, text: str) -> None:
        self.full = text
        self._apply()

    def _apply(self) -> None:
        metrics = self.label.fontMetrics()
        width = max(self.label.contentsRect().width(), 40)
        shown = metrics.elidedText(self.full, Qt.TextElideMode.ElideRight, width)
        self.label.setText(shown)
        self.label.setToolTip(self.full if shown != self.full else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._apply()
        return False
