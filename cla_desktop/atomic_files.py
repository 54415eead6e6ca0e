"""Writing a file the clerk chose (an exported CSV, a saved PDF) atomically: a full disk or a
read-only folder leaves the old file or none, and no half-written ".tmp" beside it."""

from __future__ import annotations

import contextlib
from pathlib import Path


def write_bytes_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_text_atomically(path: Path, text: str) -> None:
    write_bytes_atomically(path, text.encode("utf-8"))
