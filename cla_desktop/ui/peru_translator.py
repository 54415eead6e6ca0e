"""Qt's own texts as a clerk in Peru reads them.  Qt's Spanish catalogue (qtbase_es) speaks the
Spanish of Spain ("fichero") and leaves a few texts in English ("Folder"): this translator asks
it first, then says "archivo" and fills the gaps."""

from __future__ import annotations

import re

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

# (context, source text) → Spanish, where qtbase_es has nothing.
MISSING = {
    ("QFileSystemModel", "Folder"): "Carpeta",
    ("QFileSystemModel", "Drive"): "Unidad",
    ("QFileSystemModel", "File"): "Archivo",
    ("QFileSystemModel", "Type"): "Tipo",
    ("QFileSystemModel", "Date Modified"): "Fecha de modificación",
    ("QFileDialog", "Look in:"): "Buscar en:",
    ("QFileDialog", "Files of type:"): "Tipo de archivo:",
}
_PENINSULAR = (
    (re.compile(r"\bficheros\b"), "archivos"),
    (re.compile(r"\bFicheros\b"), "Archivos"),
    (re.compile(r"\bfichero\b"), "archivo"),
    (re.compile(r"\bFichero\b"), "Archivo"),
    (re.compile(r"\bordenador\b"), "computadora"),
)


class PeruTranslator(QTranslator):
    """qtbase_es, with Peru's words."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.base = QTranslator(self)
        path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self.loaded = self.base.load(QLocale(QLocale.Language.Spanish), "qtbase", "_", path)

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        """The source text itself when there is no translation: PySide cannot hand Qt the
        null string that means "not mine", and an empty one would blank the app's own texts
        (already written in Spanish)."""
        text = self.base.translate(context, source, disambiguation, n)
        if not text:
            return MISSING.get((context, source), source)
        for pattern, word in _PENINSULAR:
            text = pattern.sub(word, text)
        return text
