"""What the shell shows about the open installation (plain data, gathered by app.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ShellInfo:
    database: str
    office: str | None
    students: int
    demo: bool
    log_file: Path | None = None
