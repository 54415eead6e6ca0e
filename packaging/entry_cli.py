"""Entry point of the bundled `cla` (console)."""

from cla_desktop.cli import main

raise SystemExit(main())
