"""CLA Escritorio: counter desktop app for Peru's UGEL and DRE offices."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cla-desktop")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+src"

APP_NAME = "CLA Escritorio"
APP_ID = "cla-desktop"
