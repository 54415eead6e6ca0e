"""Compile forms/*.ui into cla_desktop/ui/forms/ui_*.py with pyside6-uic, or check them.

`python scripts/compile_forms.py` regenerates (without connectSlotsByName: every signal is
connected explicitly in the view); `--check` exits 1 when a compiled form differs
from what its .ui would produce (the uic version line is ignored, so a newer PySide6 patch
release does not count as a change).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
TARGET = ROOT / "cla_desktop" / "ui" / "forms"
_VERSION_LINE = "## Created by: Qt User Interface Compiler version"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    if not found:
        raise SystemExit("pyside6-uic no está instalado (pip install PySide6-Essentials).")
    return found


def compile_form(source: Path, target: Path) -> None:
    subprocess.run([uic(), "--no-autoconnection", str(source), "-o", str(target)], check=True)


def comparable(path: Path) -> list[str]:
    return [line for line in path.read_text().splitlines() if not line.startswith(_VERSION_LINE)]


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        for source in sorted(FORMS.glob("*.ui")):
            target = TARGET / f"ui_{source.stem}.py"
            if check:
                fresh = Path(scratch) / target.name
                compile_form(source, fresh)
                if not target.exists() or comparable(fresh) != comparable(target):
                    stale.append(target.relative_to(ROOT))
            else:
                compile_form(source, target)
    orphans = {p.stem[3:] for p in TARGET.glob("ui_*.py")} - {p.stem for p in FORMS.glob("*.ui")}
    for name in sorted(orphans):
        stale.append(Path("cla_desktop/ui/forms") / f"ui_{name}.py (sin .ui)")
    if stale:
        print("Formularios desactualizados; ejecute python scripts/compile_forms.py:")
        for path in stale:
            print(f"  {path}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
