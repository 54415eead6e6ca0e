from cla_desktop.cli.app import main

raise SystemExit(main())
