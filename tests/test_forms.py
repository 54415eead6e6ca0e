"""Compiled forms are what pyside6-uic makes of forms/*.ui today (no hand edits, no drift)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_regenerating_forms_changes_nothing():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "compile_forms.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_view_uses_its_form_by_composition():
    for form in (ROOT / "forms").glob("*.ui"):
        module = ROOT / "cla_desktop" / "ui" / f"{form.stem}.py"
        text = module.read_text(encoding="utf-8")
        assert "self.ui = Ui_" in text and "self.ui.setupUi(self)" in text, module
