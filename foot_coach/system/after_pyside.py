"""How every module imported after PySide loads in Foot Coach: set up once PySide is in.

The entry point calls `prepare`, and so do the test suite and the History benchmark, so that
they load libraries as the app does."""

from __future__ import annotations

from foot_coach.system import qt_mirrors, source_cache


def prepare() -> None:
    """No module's source read for PySide (source_cache), pyqtgraph's Qt modules filled on
    use (qt_mirrors). PySide must be imported."""
    source_cache.forget_as_read()
    qt_mirrors.install()
