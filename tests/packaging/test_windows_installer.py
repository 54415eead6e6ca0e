"""The Windows installer script, compiled here with NSIS (it runs on Linux: Debian package
`nsis`) from a stand-in bundle, then opened with 7-Zip to see what it would install.

A Windows machine is not available in this workplace, so what the installer does when it runs
(shortcuts, registry, uninstall) is held by reading the script: per-machine, Start-menu
shortcuts, upgrade in place, an uninstaller that never touches the users' data."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

NSI = Path(__file__).resolve().parents[2] / "packaging" / "windows" / "cla_escritorio.nsi"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} no está instalado (scripts/test.sh instala nsis y p7zip-full)")
    return found


def script() -> str:
    return NSI.read_text(encoding="utf-8")


def section(name: str) -> str:
    match = re.search(rf'Section "{name}".*?SectionEnd', script(), re.S)
    assert match, name
    return match.group(0)


def test_the_installer_compiles_and_carries_the_whole_bundle(tmp_path):
    bundle = tmp_path / "cla-desktop"
    (bundle / "_internal" / "PySide6").mkdir(parents=True)
    for name in (
        "cla-desktop.exe",
        "cla.exe",
        "_internal/python311.dll",
        "_internal/PySide6/Qt6Core.dll",
    ):
        (bundle / name).write_bytes(b"MZ stand-in")
    out = tmp_path / "instalador.exe"
    done = subprocess.run(
        [tool("makensis"), "-V2", "-DVERSION=9.8.7", f"-DBUNDLE={bundle}", f"-DOUTFILE={out}",
         str(NSI)],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.read_bytes()[:2] == b"MZ"
    listing = subprocess.run([tool("7z"), "l", str(out)], capture_output=True, text=True).stdout
    for name in ("cla-desktop.exe", "cla.exe", "_internal/python311.dll",
                 "_internal/PySide6/Qt6Core.dll", "desinstalar.exe"):  # fmt: skip
        assert name in listing, listing


def test_without_a_version_it_refuses_to_build(tmp_path):
    done = subprocess.run([tool("makensis"), "-V2", str(NSI)], capture_output=True, text=True)
    assert done.returncode != 0 and "Pase la versión" in done.stdout + done.stderr


def test_per_machine_under_program_files():
    text = script()
    assert "RequestExecutionLevel admin" in text
    assert 'InstallDir "$PROGRAMFILES64\\${APP}"' in text
    assert "SetShellVarContext all" in section("Programa")


def test_start_menu_shortcuts_point_at_the_windowed_program():
    program = section("Programa")
    assert 'CreateShortcut "$SMPROGRAMS\\${APP}\\${APP}.lnk" "$INSTDIR\\${EXE}"' in program
    assert '!define EXE "cla-desktop.exe"' in script()
    assert "desinstalar.exe" in program


def test_upgrade_in_place_replaces_the_previous_bundle():
    text = script()
    assert 'InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"' in text
    program = section("Programa")
    assert program.index('RMDir /r "$INSTDIR\\_internal"') < program.index("File /r")


def test_uninstall_keeps_the_users_data():
    uninstall = section("Uninstall")
    for users_folder in ("$LOCALAPPDATA", "$APPDATA", "$PROFILE", "cla.sqlite3"):
        assert users_folder not in uninstall.split("; Only the program")[1].split("\n", 1)[1]
    assert 'RMDir "$INSTDIR"' in uninstall  # only if empty: nothing else is deleted there
