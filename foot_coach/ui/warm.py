"""Loading the chart libraries ahead of need, a few milliseconds at a time.

Importing numpy and pyqtgraph costs 0.2 s here (0.6 s on a busy machine), more than the
History page then takes to draw. Start-up never pays it; instead it starts when the person is
likely to look at their history next: the pointer or the keyboard reaches the History button,
or a session ends. Once they are in, the History page's four plots are made too, one per turn
(charts.make_spare), and only then is the load done: its first open then only fills them. The
page opened before that is done shows everything that needs no chart at once and asks
`when_loaded` to draw the charts once they are in.

The import runs in a thread of its own, but only while the window's thread waits for it: a
slice of about SLICE_S per turn of the event loop, ending at the next module boundary, so input
waits for one slice at most. Letting the two threads run at once let the window wait for the
interpreter (tens of milliseconds while a compiled module loads), and crashed about one first
History open in twenty: PySide 6.11 reads its type tables without the interpreter lock while
handling an event, as pyqtgraph's import adds Qt types to them.

Python's cycle collector is held off from the start of the import to its end, on both threads:
a full collection midway held the window for 15-25 ms, one run on the loading thread destroyed
window objects off their own thread (a socket's notifier left behind then woke the window's
event loop without end, with a warning each time), and turned on between slices it walked the
import's new objects on the window's thread again and again (input waited up to 90 ms, and the
charts came some 30 % later).
"""

from __future__ import annotations

import _imp
import gc
import importlib
import importlib.util
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

from PySide6 import QtWidgets
from PySide6.QtCore import QObject, QTimer

from foot_coach.ui import collector

LOG = logging.getLogger("foot_coach")
CHARTS = "foot_coach.ui.charts"
LIBRARIES = ("numpy", "pyqtgraph")  # imported in slices, in this order
# Where numpy's compiled parts are, in its package, read ahead (_read_ahead): its wheels keep
# the libraries it links in a folder beside the package.
COMPILED = ("_core", "linalg", "../numpy.libs")
SLICE_S = 0.005


class _Loading(QObject):
    """One load: the thread that imports, and the turns of the window's thread that let it."""

    def __init__(self) -> None:
        super().__init__()
        self.callbacks: list[Callable[[], None]] = []
        self.finished = False
        self.turns = 0
        self.charts: ModuleType | None = None  # imported: the plots are made ahead (_prepare)
        self._go = threading.Semaphore(0)  # the window's thread lets the import run a slice
        self._paused = threading.Semaphore(0)  # the import has stopped at a boundary
        self._deadline = 0.0
        self.thread = threading.Thread(target=self._work, name="load-charts", daemon=True)
        # A timer, not a posted call: posted calls one after another would keep other
        # timers (the session's among them) waiting until the load is done.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._turn)

    def start(self) -> None:
        sys.meta_path.insert(0, _Boundaries(self))
        collector.hold()  # until the import is done and frozen (_finish)
        self.thread.start()
        self._paused.acquire()  # until it waits for its first slice
        self.timer.start()

    def _turn(self) -> None:
        self.turns += 1
        if self.charts is not None:
            self._prepare()
            return
        self._deadline = time.perf_counter() + SLICE_S
        self._go.release()
        self._paused.acquire()  # never both at once: see the module's docstring
        if self.finished:
            self.thread.join()  # its last lines run before the collector may
            collector.release()
            self._imported()
        else:
            self.timer.start()  # input due meanwhile comes first

    def boundary(self) -> None:
        """Called by the importing thread between modules: pause here once the slice is over."""
        if threading.current_thread() is self.thread and time.perf_counter() >= self._deadline:
            self._wait()

    def _wait(self) -> None:
        # Nothing is made between letting the window's thread go on and waiting: making an
        # object is what may start a collection, here, as the window's thread may allow it.
        paused, go = self._paused.release, self._go.acquire
        paused()
        go()

    def _work(self) -> None:
        # On this thread, as the libraries are looked up nowhere else: the lookup of numpy's
        # folder pauses at its boundary like an import, so the first slice lets it through.
        _read_ahead(LIBRARIES[0], COMPILED)
        self._wait()
        try:
            # pyqtgraph's import makes only the Qt types it uses (system/qt_mirrors.py), but
            # PySide 6.11 makes most of QtWidgets' at once the first time it hands back a
            # plain widget (a plot's viewport): some 60 types, 15 ms of the first plot's turn.
            # Made here instead, a slice each, first, while the disk reads numpy ahead.
            for name in dir(QtWidgets):
                getattr(QtWidgets, name)
                self.boundary()
            for name in LIBRARIES:
                importlib.import_module(name)
        except Exception:  # drawing imports them again, and reports a failure there
            LOG.exception("loading the chart libraries ahead of time failed")
        finally:
            gc.freeze()  # what the import made lives as long as the app: spare later collections
            self.finished = True
            self._paused.release()

    def _imported(self) -> None:
        sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, _Boundaries)]
        try:
            # Quick now; on this thread, as the page uses it.
            self.charts = importlib.import_module(CHARTS)
        except Exception:
            LOG.exception("loading the charts failed")
            self._finish()
            return
        self.timer.start()  # then the plots, one per turn (_prepare)

    def _prepare(self) -> None:
        """One of the History page's plots made ahead, in a turn of its own: made as the page
        first opens, they were its largest steps (some 10 ms each)."""
        assert self.charts is not None
        try:
            more = self.charts.make_spare()
        except Exception:  # the page makes them itself then, and reports a failure there
            LOG.exception("making the charts' plots ahead of time failed")
            more = False
        if more:
            self.timer.start()
        else:
            self._finish()

    def _finish(self) -> None:
        global _loading
        _loading = None
        callbacks, self.callbacks = self.callbacks, []
        for callback in callbacks:
            callback()


class _Boundaries:
    """An import hook that finds nothing: it only marks where the import may pause. Only within
    the libraries, so a pause never leaves another module half done; the libraries themselves
    are imported nowhere else meanwhile (that import would wait for the pause forever)."""

    def __init__(self, loading: _Loading) -> None:
        self.loading = loading

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name.partition(".")[0] in LIBRARIES:
            # importlib holds its global lock around find_spec: paused with it, the window's
            # next import of anything not yet loaded (a page, a dialog) would wait forever.
            _imp.release_lock()
            try:
                self.loading.boundary()
            finally:
                _imp.acquire_lock()
        return None


def _read_ahead(package: str, folders: Sequence[str]) -> None:
    """Ask the system to read the package's compiled parts into memory, in the background.
    One compiled module loads in one go, between two pauses: numpy's core and the linear
    algebra it links (37 MB here), read from disk as they load on a first open after the
    computer starts, kept input waiting some 40 ms instead of 10-15."""
    spec = importlib.util.find_spec(package)
    if not hasattr(os, "posix_fadvise") or spec is None or not spec.submodule_search_locations:
        return  # loads as before
    for folder in folders:
        try:
            with os.scandir(os.path.join(spec.submodule_search_locations[0], folder)) as found:
                paths = [entry.path for entry in found if ".so" in entry.name]
        except OSError:
            continue
        for path in paths:
            _will_need(path)


def _will_need(path: str) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
    except OSError:  # a file system that takes no advice loads as before
        pass
    finally:
        os.close(fd)


_loading: _Loading | None = None


def loaded() -> bool:
    """The chart module is imported. False while it loads, and again after a load that failed:
    the next `when_loaded` then tries again, and drawing says what is wrong."""
    return _loading is None and CHARTS in sys.modules


def when_loaded(callback: Callable[[], None]) -> None:
    """Call back once the charts are loaded: now if they are, else when the load (started
    now if need be) has finished. Call from the window's thread."""
    if loaded():
        callback()
        return
    charts_in_background()
    assert _loading is not None
    _loading.callbacks.append(callback)


def charts_in_background() -> bool:
    """Start loading the charts unless they are loaded or loading; whether it started."""
    global _loading
    if CHARTS in sys.modules or _loading is not None:
        return False
    _loading = _Loading()
    _loading.start()
    return True
