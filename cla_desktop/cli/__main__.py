from cla_desktop.cli import main

raise SystemExit(main())
