"""`cla`: the command line over the same services (batch work, administration, scripting)."""

from cla_desktop.cli.app import main

__all__ = ["main"]
