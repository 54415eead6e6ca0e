"""Logging to a rotating file in the log directory (tracebacks go there, never to dialogs)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from cla_desktop.paths import AppPaths

LOG_FILE_NAME = "cla.log"


def configure_logging(paths: AppPaths | None = None, *, level: int = logging.INFO) -> Path:
    paths = (paths or AppPaths.current()).ensure()
    log_file = paths.logs / LOG_FILE_NAME
    root = logging.getLogger()
    if not any(getattr(h, "cla_handler", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.cla_handler = True  # type: ignore[attr-defined]
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s")
        )
        root.addHandler(handler)
        root.setLevel(level)
    return log_file
