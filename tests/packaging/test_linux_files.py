"""The Linux desktop entry, AppStream metainfo and icon: valid for the standard validators and
consistent with each other and with the app (the window's desktop file name, its icon)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from cla_desktop import DESKTOP_ID
from cla_desktop.paths import resources_dir

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
ICON = LINUX / f"{DESKTOP_ID}.svg"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(
            f"{name} no está instalado (scripts/test.sh instala appstream y desktop-file-utils)"
        )
    return found


def test_appstream_metainfo_validates():
    done = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_entry_validates():
    done = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_files_name_each_other():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split()[0] == "cla-desktop"
    assert desktop["Icon"] == DESKTOP_ID
    component = ElementTree.parse(METAINFO).getroot()
    assert component.findtext("id") == DESKTOP_ID
    assert component.find("launchable").text == DESKTOP.name
    assert {b.text for b in component.iter("binary")} == {"cla", "cla-desktop"}


def test_the_icon_is_the_one_the_window_shows():
    root = ElementTree.parse(ICON).getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 128 128"
    assert (resources_dir() / "icons" / "cla-escritorio.svg").read_bytes() == ICON.read_bytes()
