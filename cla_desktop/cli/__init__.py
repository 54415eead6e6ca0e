"""`cla`: the command line over the same services (batch work, administration, scripting)."""

from __future__ import annotations

import os
import sys


def main() -> int:
    """The `cla` entry point.  The program's modules load here, inside the guard: Ctrl+C
    pressed while they load (about half a second) ends with "Interrumpido." and exit 130, never
    a Python traceback; output cut short by a reader that stopped (`cla search … | head`) ends
    quietly with 141, as a shell command does."""
    try:
        from cla_desktop.cli.app import main as run

        code = run()
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        print("Interrumpido.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # Python's documented way: stop writing to the closed pipe
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


__all__ = ["main"]
