"""CLA Escritorio: counter desktop app for Peru's UGEL and DRE offices."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cla-desktop")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+src"

APP_NAME = "CLA Escritorio"
APP_ID = "cla-desktop"  # names the per-user folders: never change it (users' data lives there)
# The desktop entry and AppStream id (packaging/linux/); provisional reverse-DNS name.
DESKTOP_ID = "io.github.claescritorio.ClaEscritorio"
