"""`python -m bot` is the same program as the `newsbot` command."""

from bot.cli import main

raise SystemExit(main())
