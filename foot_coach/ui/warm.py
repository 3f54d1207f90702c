"""Loading the chart libraries ahead of need, off the UI thread.

Importing pyqtgraph and numpy costs about 0.4 s here, more than the History page then takes to
query ten years and draw them. Start-up never pays it; instead it starts in the background when
the person is likely to look at their history next: the pointer or the keyboard reaches the
History button, or a session ends. Opening the page before it is done simply waits for it.
"""

from __future__ import annotations

import logging
import sys
import threading

LOG = logging.getLogger("foot_coach")
CHARTS = "foot_coach.ui.charts"
_lock = threading.Lock()
_thread: threading.Thread | None = None


def charts_in_background() -> threading.Thread | None:
    """Start loading the charts module unless it is loaded or loading; the thread, if started."""
    global _thread
    with _lock:
        if CHARTS in sys.modules or _thread is not None:
            return None
        _thread = threading.Thread(target=_load, name="load-charts", daemon=True)
        _thread.start()
        return _thread


def _load() -> None:
    try:
        __import__(CHARTS)
    except Exception:  # the page imports it again when opened, and reports a failure there
        LOG.exception("loading the chart libraries ahead of time failed")
