"""Entry point for the frozen app: the same as `python -m foot_coach`."""

from foot_coach.__main__ import main

raise SystemExit(main())
