"""`cla`: the command line over the same services (batch work, administration, scripting)."""

from __future__ import annotations

import sys


def main() -> int:
    """The `cla` entry point.  The program's modules load here, inside the guard: Ctrl+C
    pressed while they load (about half a second) ends with "Interrumpido." and exit 130, never
    a Python traceback."""
    try:
        from cla_desktop.cli.app import main as run

        return run()
    except KeyboardInterrupt:
        print("Interrumpido.", file=sys.stderr)
        return 130


__all__ = ["main"]
