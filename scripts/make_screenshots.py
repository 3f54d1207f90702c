"""Render the README's screenshots (carousel, session, history) from a seeded data folder.

Run `.venv/bin/python scripts/make_screenshots.py` after changing a screen; the PNGs land
in docs/screenshots/ so the README always shows the current app.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FOOT_COACH_TTS_ENGINE", "mock")

from PySide6.QtWidgets import QApplication

from foot_coach.app import Coach
from foot_coach.cli import Options
from foot_coach.core.catalog import parse_catalog
from foot_coach.core.session import Stop
from foot_coach.store.db import Store
from foot_coach.store.seed import seed_history
from foot_coach.store.settings import Settings, SettingsFile
from foot_coach.system import assets
from foot_coach.system.paths import Paths
from foot_coach.ui import theme

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


class StepClock:
    """Session time that moves only when the script says (no waiting)."""

    def __init__(self) -> None:
        self.now = 0

    def __call__(self) -> int:
        return self.now

    def real_ms_until(self, target_ms: int) -> int:
        return max(0, target_ms - self.now)

    def real_ms(self, duration_ms: int) -> int:
        return duration_ms


class Steps:
    def __init__(self, clock: StepClock) -> None:
        self.clock, self.pending = clock, None

    def arm(self, delay_ms, callback) -> None:  # type: ignore[no-untyped-def]
        self.pending = (self.clock.now + delay_ms, callback)

    def cancel(self) -> None:
        self.pending = None

    def advance(self) -> None:
        due, callback = self.pending
        self.pending = None
        self.clock.now = due
        callback()


def main() -> int:
    app = QApplication(sys.argv[:1])
    theme.apply(app, theme.Mode.LIGHT)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        paths = Paths(Path(folder))
        paths.ensure()
        store = Store.open(paths.database)
        seed_history(store.conn, 120, date.today(), random.Random(3))
        clock = StepClock()
        steps = Steps(clock)
        catalog = parse_catalog(assets.read_text("exercises.toml"))
        keeper = SettingsFile(paths.settings, Settings(muted=True, pain_checkins=False))
        coach = Coach(Options(None, False, 1.0), paths, store, catalog, clock, steps,
                      settings_file=keeper, tray_available=False)  # fmt: skip
        coach.window.resize(1100, 700)
        coach.window.show()
        app.processEvents()
        coach.window.grab().save(str(OUT / "carousel.png"))
        coach.sessions.start(list(catalog.ids))
        for _ in range(8):  # into the second second of the first hold
            steps.advance()
        coach.ctx.pages.session.picture.set_animations_enabled(False)
        app.processEvents()
        coach.window.grab().save(str(OUT / "session.png"))
        coach.ctx.runner.send(Stop())
        coach.window.show_page("history")
        app.processEvents()
        coach.window.grab().save(str(OUT / "history.png"))
        store.close()
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
