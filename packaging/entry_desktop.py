"""Entry point of the bundled `cla-desktop` (windowed)."""

from cla_desktop.app import main

raise SystemExit(main())
