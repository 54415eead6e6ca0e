"""Where the app keeps its files.

`CLA_HOME` overrides every directory so that tests, demos and portable installs never touch a
clerk's real data (the Vorta pattern); otherwise platformdirs gives the per-user locations.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from cla_desktop import APP_ID


@dataclass(frozen=True)
class AppPaths:
    """The app's per-user directories, created on demand."""

    data: Path
    config: Path
    logs: Path
    cache: Path

    @classmethod
    def current(cls) -> AppPaths:
        home = os.environ.get("CLA_HOME")
        if home:
            root = Path(home).expanduser()
            return cls(root / "data", root / "config", root / "logs", root / "cache")
        dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
        return cls(
            Path(dirs.user_data_dir),
            Path(dirs.user_config_dir),
            Path(dirs.user_log_dir),
            Path(dirs.user_cache_dir),
        )

    def ensure(self) -> AppPaths:
        for path in (self.data, self.config, self.logs, self.cache):
            path.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def default_database(self) -> Path:
        return self.data / "cla.sqlite3"

    @property
    def demo_database(self) -> Path:
        return self.data / "demo.sqlite3"


def documents_dir() -> Path:
    """The user's documents folder (files the app writes for a person to open, when the folder
    they chose cannot be written); under CLA_HOME its own "documentos"."""
    home = os.environ.get("CLA_HOME")
    if home:
        return Path(home).expanduser() / "documentos"
    return Path(platformdirs.user_documents_dir())


def resources_dir() -> Path:
    """The shipped `resources/` folder: beside the package in a checkout, inside a bundle."""
    override = os.environ.get("CLA_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
