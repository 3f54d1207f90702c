"""Render the README's screenshots from seeded data folders, at a 1366x768 laptop's size: the
cards, a session and the history of a first week's use, and the end of a session and the
history on the third day.

Run `.venv/bin/python scripts/make_screenshots.py` after changing a screen; the PNGs land
in docs/screenshots/ so the README always shows the current app.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from random import Random

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FOOT_COACH_TTS_ENGINE", "mock")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from foot_coach.app import Coach
from foot_coach.cli import Options
from foot_coach.core.catalog import parse_catalog
from foot_coach.core.phase_kind import PhaseKind
from foot_coach.store.db import Store
from foot_coach.store.seed import seed_first_days
from foot_coach.store.settings import Reminder, Settings, SettingsFile
from foot_coach.system import assets, i18n
from foot_coach.system.paths import Paths
from foot_coach.ui import theme

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "ui"))
from stepped import FakeClock, FakeScheduler  # the tests' clock: no real waiting here either

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
LAPTOP = (1366, 768)  # the screen most of the app's people have, and the smallest common one


def build(app: QApplication, folder: Path, seed) -> tuple[Coach, FakeScheduler]:  # type: ignore[no-untyped-def]
    """The real app on a stepped clock, in `folder`, with a history written by `seed`."""
    paths = Paths(folder)
    paths.ensure()
    store = Store.open(paths.database)
    seed(store.conn)
    steps = FakeScheduler(FakeClock(0))
    catalog = parse_catalog(assets.read_text("exercises.toml"))
    settings = Settings(muted=True, pain_checkins=False, reminders=(Reminder("09:00"),))
    kept = SettingsFile(paths.settings, settings)
    coach = Coach(Options(None, False, 1.0), paths, store, catalog, steps.clock, steps,
                  settings_file=kept, tray_available=False)  # fmt: skip
    coach.window.resize(*LAPTOP)
    coach.window.show()
    app.processEvents()
    return coach, steps


def show_history(app: QApplication, coach: Coach, change=lambda: None, wait_s: int = 20) -> None:  # type: ignore[no-untyped-def]
    """History draws its plots a step per turn once the chart libraries are in: wait for the
    last one, or the picture shows empty chart frames."""
    loop = QEventLoop()
    page = coach.ctx.pages.history
    page.sig_charts_drawn.connect(loop.quit)
    QTimer.singleShot(wait_s * 1000, loop.quit)
    coach.window.show_page("history")
    change()
    loop.exec()
    page.sig_charts_drawn.disconnect(loop.quit)
    for _ in range(3):  # the layout settles once the plots are in
        app.processEvents()


def first_days(app: QApplication, folder: Path) -> None:
    """Six days of use: the cards, and a session on the seventh; then the week's history."""
    yesterday = date.today() - timedelta(days=1)
    coach, steps = build(app, folder, lambda c: seed_first_days(c, 6, yesterday, Random(3)))
    coach.window.grab().save(str(OUT / "carousel.png"))
    # Poses change at once: a cross-fade runs on the real clock, which stands still here, and
    # the hold was shown with the pose before it.
    coach.ctx.pages.session.picture.set_animations_enabled(False)
    coach.sessions.start(list(coach.ctx.catalog.ids))
    while coach.ctx.runner.session.phase.kind is not PhaseKind.HOLD:
        steps.advance()
    steps.advance()  # into the second second of the first hold
    app.processEvents()
    coach.window.grab().save(str(OUT / "session.png"))
    while steps.pending is not None:  # today's session to its end: a whole first week
        steps.advance()
    show_history(app, coach)
    coach.window.grab().save(str(OUT / "history.png"))
    coach.ctx.store.close()


def first_week(app: QApplication, folder: Path) -> None:
    """Day three of a first week: the end of today's session, and the history so far."""
    coach, steps = build(
        app, folder, lambda c: seed_first_days(c, 2, date.today() - timedelta(days=1), Random(4))
    )
    coach.reminders.start()
    coach.sessions.start(["toe-curls", "toe-spreading"])
    while steps.pending is not None:
        steps.advance()
    app.processEvents()
    coach.window.grab().save(str(OUT / "first-week-end.png"))
    show_history(app, coach)

    def last_week() -> None:
        coach.ctx.pages.history.range.setCurrentIndex(0)

    show_history(app, coach, last_week, wait_s=3)  # drawn again, or updated in place at once
    coach.window.grab().save(str(OUT / "first-week-history.png"))
    coach.ctx.store.close()


def main() -> int:
    app = QApplication(sys.argv[:1])
    theme.apply(app, theme.Mode.LIGHT)
    i18n.install(app, "en")  # English plural forms: "1 day", "2 days"
    OUT.mkdir(parents=True, exist_ok=True)
    for scene in (first_days, first_week):
        with tempfile.TemporaryDirectory() as folder:
            scene(app, Path(folder))
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
