"""Lazy table model over a ranked result list: only ids are held; rows are loaded a page at a
time as the view scrolls (canFetchMore/fetchMore)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from cla_desktop.domain.identifiers import DocumentType
from cla_desktop.domain.names import full_name
from cla_desktop.services.search.hits import StudentHit
from cla_desktop.services.search.matching import MatchKind
from cla_desktop.services.search.ranking import RankedId

PAGE = 50
Index = QModelIndex | QPersistentModelIndex
DUPLICATE_BACKGROUND = QBrush(QColor("#fde68a"))
DUPLICATE_FOREGROUND = QBrush(QColor("#7c2d12"))
PARTIAL_FOREGROUND = QBrush(QColor("#b45309"))


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


# How the typed words found the name (MatchKind), as the clerk reads it.
MATCH_TEXT = {
    MatchKind.EXACT: QT_TRANSLATE_NOOP("SearchResultsModel", "Exacta"),
    MatchKind.SOUND: QT_TRANSLATE_NOOP("SearchResultsModel", "Por sonido"),
    MatchKind.PREFIX: QT_TRANSLATE_NOOP("SearchResultsModel", "Inicio de palabra"),
    MatchKind.SLIP: QT_TRANSLATE_NOOP("SearchResultsModel", "Con error de tipeo"),
    MatchKind.PARTIAL: QT_TRANSLATE_NOOP("SearchResultsModel", "Parcial: falta «{word}»"),
}
MATCH_TIP = {
    MatchKind.EXACT: QT_TRANSLATE_NOOP(
        "SearchResultsModel", "Cada palabra escrita está en el nombre tal cual."
    ),
    MatchKind.SOUND: QT_TRANSLATE_NOOP(
        "SearchResultsModel",
        "Alguna palabra se escribió distinto pero suena igual (por ejemplo KISPE y "
        "QUISPE, WAMAN y HUAMÁN). Confirme el nombre con el documento.",
    ),
    MatchKind.PREFIX: QT_TRANSLATE_NOOP(
        "SearchResultsModel", "Alguna palabra escrita es el comienzo de una del nombre."
    ),
    MatchKind.SLIP: QT_TRANSLATE_NOOP(
        "SearchResultsModel",
        "Alguna palabra difiere en una o dos letras de la escrita. Confirme el nombre con "
        "el documento.",
    ),
    MatchKind.PARTIAL: QT_TRANSLATE_NOOP(
        "SearchResultsModel",
        "Ningún nombre tiene todas las palabras escritas: este tiene todas menos «{word}». "
        "Revise esa palabra con el ciudadano.",
    ),
}


class SearchResultsModel(QAbstractTableModel):
    """Name, document, birth date, last school year and the duplicate hint."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("SearchResultsModel", "Apellidos y nombres"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Documento"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Nacimiento"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Último año e IE"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Coincidencia"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Aviso"),
    )
    MATCH_COLUMN, NOTICE_COLUMN = 4, 5

    def __init__(
        self,
        load_page: Callable[[Sequence[RankedId]], list[StudentHit]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_page = load_page
        self._ranked: tuple[RankedId, ...] = ()
        self._hits: list[StudentHit] = []

    def reset(
        self, ranked: tuple[RankedId, ...], first_page: Sequence[StudentHit] | None = None
    ) -> None:
        """`first_page`: rows already loaded with the search, off the GUI thread."""
        self.beginResetModel()
        self._ranked = ranked
        self._hits = list(first_page or ())
        if first_page is not None and len(self._hits) < min(PAGE, len(ranked)):
            self._ranked = ranked[: len(self._hits)]  # rows gone since the search
        self.endResetModel()
        if not self._hits and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    @property
    def total(self) -> int:
        return len(self._ranked)

    def hit(self, row: int) -> StudentHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._hits) < len(self._ranked)

    def fetchMore(self, parent: Index) -> None:
        start = len(self._hits)
        page = self._load_page(self._ranked[start : start + PAGE])
        if not page:
            self._ranked = self._ranked[:start]
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._hits.extend(page)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(hit, column)
        duplicate = bool(hit.possible_duplicate_of)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.MATCH_COLUMN:
                return self.tr(MATCH_TIP[hit.match_kind]).format(word=hit.unmatched or "")
            if column == self.NOTICE_COLUMN and duplicate:
                return self.tr(
                    "Otro registro parece ser la misma persona (mismo nombre y fecha de "
                    "nacimiento): revise ambos antes de emitir."
                )
            if column in (0, 3):  # long names and schools are cut with "…" in the table
                return self._text(hit, column)
        if column == self.MATCH_COLUMN and hit.match_kind is MatchKind.PARTIAL:
            if role == Qt.ItemDataRole.ForegroundRole:
                return PARTIAL_FOREGROUND
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
        if duplicate and column == self.NOTICE_COLUMN:  # seen at a glance, not only read
            if role == Qt.ItemDataRole.BackgroundRole:
                return DUPLICATE_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return DUPLICATE_FOREGROUND
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
        return None

    def _text(self, hit: StudentHit, column: int) -> str:
        if column == 0:
            return full_name(hit.apellido_paterno, hit.apellido_materno, hit.nombres)
        if column == 1:
            label = DocumentType(hit.document_type).label
            if hit.document_number:
                return f"{label} {hit.document_number}"
            return self.tr("Código {code}").format(code=hit.codigo_estudiante or "-")
        if column == 2:
            return hit.fecha_nacimiento.strftime("%d/%m/%Y") if hit.fecha_nacimiento else "-"
        if column == 3:
            if hit.last_year is None:
                return self.tr("Sin matrículas")
            return f"{hit.last_year} · {hit.last_school}"
        if column == self.MATCH_COLUMN:
            return self.tr(MATCH_TEXT[hit.match_kind]).format(word=hit.unmatched or "")
        return self.tr("⚠ Posible duplicado") if hit.possible_duplicate_of else ""
