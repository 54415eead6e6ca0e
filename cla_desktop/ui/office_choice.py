"""The DRE combo and, below it, the UGELs of that DRE (or the DRE's own seat)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QComboBox

from cla_desktop.services.settings.model import OfficeIdentity


class OfficeChoice(QObject):
    """Keeps the UGEL list in step with the chosen DRE."""

    def __init__(
        self,
        dre_combo: QComboBox,
        ugel_combo: QComboBox,
        offices: list[tuple[str, str, str, str | None]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.dre_combo = dre_combo
        self.ugel_combo = ugel_combo
        self.ugels: dict[str, list[tuple[str, str]]] = {}
        dre_combo.addItem(self.tr("(sin configurar)"), "")
        for code, name, kind, dre in offices:
            if kind == "DRE":
                dre_combo.addItem(f"{name} ({code})", code)
            elif dre:
                self.ugels.setdefault(dre, []).append((code, name))
        dre_combo.currentIndexChanged.connect(self.on_dre_changed)
        self.on_dre_changed()

    @Slot()
    def on_dre_changed(self) -> None:
        self.ugel_combo.clear()
        dre = self.dre_combo.currentData() or ""
        if not dre:
            return
        self.ugel_combo.addItem(self.tr("Sede de la DRE"), "")
        for code, name in self.ugels.get(dre, []):
            self.ugel_combo.addItem(f"{name} ({code})", code)

    def select(self, identity: OfficeIdentity) -> None:
        index = self.dre_combo.findData(identity.dre_code)
        self.dre_combo.setCurrentIndex(max(index, 0))
        self.ugel_combo.setCurrentIndex(max(self.ugel_combo.findData(identity.ugel_code), 0))

    def identity(self) -> OfficeIdentity:
        return OfficeIdentity(
            self.dre_combo.currentData() or "", self.ugel_combo.currentData() or ""
        )

    def office_code(self) -> str:
        return self.identity().office_code
