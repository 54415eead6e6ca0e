"""The Inno Setup script, read as Inno Setup reads it (sections of `Key: value` lines).

It cannot be compiled here (no Windows, no iscc): these checks hold the promises of issue #8 —
per-machine, Start-menu shortcut, upgrade in place, an uninstaller that keeps the user's data —
so that an edit that breaks one fails in CI, and packaging/README.md says how it was checked."""

from __future__ import annotations

import re
from pathlib import Path

ISS = Path(__file__).resolve().parents[2] / "packaging" / "windows" / "cla_escritorio.iss"


def sections() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current = ""
    for line in ISS.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(";"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", stripped)
        if match:
            current = match.group(1)
            found.setdefault(current, [])
        elif current:
            found[current].append(stripped)
    return found


def setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections()["Setup"])


def test_per_machine_install_with_a_fixed_id_for_upgrades():
    values = setup()
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", values["AppId"])  # "{{": a literal brace
    assert values["PrivilegesRequired"] == "admin"
    assert values["DefaultDirName"].startswith("{autopf}")
    assert values["AppVersion"] == "{#AppVersion}"  # passed by build.ps1 from pyproject.toml
    assert values["CloseApplications"] == "yes"


def test_start_menu_shortcuts_point_at_the_windowed_program():
    icons = sections()["Icons"]
    assert any('"{group}\\CLA Escritorio"' in line and "cla-desktop.exe" in line for line in icons)
    assert any("{uninstallexe}" in line for line in icons)


def test_the_whole_bundle_is_installed_and_replaced_on_upgrade():
    files = sections()["Files"]
    assert any("{#BundleDir}\\*" in line and "recursesubdirs" in line for line in files)
    assert any("{app}\\_internal" in line for line in sections()["InstallDelete"])


def test_uninstall_keeps_the_users_data():
    text = "\n".join(sections().get("UninstallDelete", []))
    for users_folder in ("{localappdata}", "{userappdata}", "{commonappdata}", "cla.sqlite3"):
        assert users_folder not in text
    assert "usPostUninstall" in ISS.read_text(encoding="utf-8")  # only the PATH entry goes
