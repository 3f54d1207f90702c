"""The chart libraries load in the background when History is likely next, never at start-up."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QEnterEvent, QFocusEvent
from PySide6.QtWidgets import QApplication

from foot_coach.app import Coach
from foot_coach.core.session import Stop
from foot_coach.ui import warm


def test_loading_happens_once_in_slices_off_the_ui_thread() -> None:
    script = textwrap.dedent(
        """
        import sys, threading
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from foot_coach.system import qt_mirrors
        qt_mirrors.install()  # as the app does: pyqtgraph's Qt types are made as used
        from foot_coach.ui import warm
        assert warm.CHARTS not in sys.modules and "pyqtgraph" not in sys.modules
        where = set()
        class Watch:
            def find_spec(self, name, path, target=None):
                if name.startswith(("numpy", "pyqtgraph")):
                    where.add(threading.current_thread().name)
        sys.meta_path.insert(0, Watch())
        turns, loop = [], QEventLoop()
        def turn():  # the window's thread, between slices of the load
            if not warm.loaded():
                turns.append(1)
                QTimer.singleShot(0, turn)
        turn()
        assert warm.charts_in_background()
        assert not warm.charts_in_background()  # already loading
        spares = []  # the History page's plots, made ahead before the load is done
        warm.when_loaded(lambda: (spares.append(len(sys.modules[warm.CHARTS]._spares)),
                                  loop.quit()))
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        print(sorted(where), warm.loaded(), len(turns) > 10, warm.charts_in_background(),
              spares)
        """
    )
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.stdout.strip() == "['load-charts'] True True False [4]", done.stderr


def test_the_cycle_collector_never_runs_on_the_loading_thread() -> None:
    """Run there, it destroyed window objects off their thread: a socket's notifier then woke
    the window's event loop without end. Nor on the window's thread while the import runs: it
    walked the import's new objects between slices again and again (input waited up to 90 ms).
    The window's thread asks for the collector back between slices, as the app does once the
    window has painted; it comes back once the import is done."""
    script = textwrap.dedent(
        """
        import gc, threading
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from foot_coach.ui import collector, warm
        gc.set_threshold(50)  # collections often, wherever they may run
        collected_on = set()
        def importing():
            return any(t.name == "load-charts" for t in threading.enumerate())
        gc.callbacks.append(lambda phase, _info: phase == "start" and importing()
                            and collected_on.add(threading.current_thread().name))
        loop = QEventLoop()
        def turn():
            collector.enable()
            if not warm.loaded():
                QTimer.singleShot(0, turn)
        turn()
        warm.when_loaded(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        print(warm.loaded(), sorted(collected_on), gc.isenabled())
        """
    )
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.stdout.strip() == "True [] True", done.stderr


def test_a_page_waiting_for_the_charts_is_called_back_on_the_ui_thread_once() -> None:
    script = textwrap.dedent(
        """
        import sys, threading
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from foot_coach.ui import warm
        called, loop = [], QEventLoop()
        def back():
            called.append((threading.current_thread() is threading.main_thread(),
                           "pyqtgraph" in sys.modules))
            loop.quit()
        warm.when_loaded(back)
        assert called == [] and not warm.loaded()  # the answer comes through the event loop
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        warm.when_loaded(lambda: called.append("at once"))
        print(called)
        """
    )
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.stdout.strip() == "[(True, True), 'at once']", done.stderr


def test_the_compiled_parts_are_read_ahead_before_they_load() -> None:
    """numpy's core loads in one go between two pauses; read from disk as it loaded (a first
    open after the computer starts), input waited some 40 ms. The system is asked to read it
    and the libraries it links in the background, before it loads."""
    script = textwrap.dedent(
        """
        import os, sys
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from foot_coach.ui import warm
        events, real = [], os.posix_fadvise
        def advise(fd, offset, length, advice):
            name = os.path.basename(os.readlink(f"/proc/self/fd/{fd}"))
            events.append((name.split(".")[0].split("-")[0], advice == os.POSIX_FADV_WILLNEED))
            return real(fd, offset, length, advice)
        os.posix_fadvise = advise
        class Watch:
            def find_spec(self, name, path, target=None):
                if name == "numpy._core._multiarray_umath":  # a submodule: looked up to load
                    events.append(("load", True))
        sys.meta_path.insert(0, Watch())
        loop = QEventLoop()
        warm.when_loaded(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        names = [name for name, _ in events]
        print(all(will for _, will in events), names.index("_multiarray_umath")
              < names.index("load"), "libscipy_openblas64_" in names, warm.loaded())
        """
    )
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.stdout.strip() == "True True True True", done.stderr


def test_start_up_does_not_load_the_charts() -> None:
    script = "import sys; import foot_coach.app; print('pyqtgraph' in sys.modules)"
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.stdout.strip() == "False", done.stderr


def test_reaching_the_history_button_or_ending_a_session_starts_loading(
    make_coach, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(warm, "charts_in_background", lambda: asked.append("load"))
    coach: Coach = make_coach()
    coach.window.show()
    buttons = {b.property("page_key"): b for b in coach.window.nav_buttons}
    point = QPointF(5, 5)
    QApplication.sendEvent(buttons["routine"], QEnterEvent(point, point, point))
    assert asked == []
    QApplication.sendEvent(buttons["history"], QEnterEvent(point, point, point))
    assert asked == ["load"]
    buttons["history"].setFocus(Qt.FocusReason.TabFocusReason)
    tab = QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason)  # as Qt sends it
    QApplication.sendEvent(buttons["history"], tab)
    assert asked == ["load", "load"]
    coach.sessions.start(["toe-curls"])
    assert asked == ["load", "load"]  # a session starting is no reason
    coach.ctx.runner.send(Stop())
    assert asked == ["load", "load", "load"]


def test_only_the_chart_module_imports_the_chart_libraries() -> None:
    """Another import of them while they load in slices would wait for ever (ui/warm.py)."""
    root = Path(warm.__file__).parents[1]
    found = sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*.py")
        if re.search(r"^\s*(import|from)\s+(numpy|pyqtgraph)\b", path.read_text(), re.M)
    )
    # --self-check is not the app; the date axis is loaded by the charts alone, once the
    # libraries are in.
    assert found == ["system/selfcheck.py", "ui/charts.py", "ui/day_axis.py"]
    axis_users = sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*.py")
        if re.search(r"^\s*from\s+foot_coach\.ui(\.day_axis\s+import|\s+import.*\bday_axis\b)",
                     path.read_text(), re.M)
    )  # fmt: skip
    assert axis_users == ["ui/charts.py"]
