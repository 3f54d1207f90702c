"""Lets `python -m foot_coach` start the app."""

import sys

from foot_coach.cli import main

sys.exit(main())
