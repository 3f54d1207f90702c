"""pyqtgraph's copies of PySide's modules are filled as names are used: PySide makes only the
Qt types that are used, and pyqtgraph sees the same objects as when it copied them all."""

from __future__ import annotations

import pytest
from script_runs import run_script

# Types no chart uses: made by the import only when pyqtgraph copies every name.
UNUSED = ("QCalendarWidget", "QMdiArea", "QUndoView")


@pytest.mark.parametrize("installed", [True, False])
def test_the_import_makes_only_the_types_pyqtgraph_uses(installed: bool) -> None:
    code = (
        "import json, PySide6.QtWidgets as widgets\n"
        "from foot_coach.system import qt_mirrors\n"
        f"if {installed}:\n"
        "    qt_mirrors.install()\n"
        "before = qt_mirrors.filling_on_use()\n"
        "import pyqtgraph\n"
        f"made = [name in vars(widgets) for name in {UNUSED!r}]\n"
        "print(json.dumps([made, before, qt_mirrors.filling_on_use()]))\n"
    )
    assert run_script(code) == [[not installed] * len(UNUSED), False, installed]


def test_pyqtgraph_sees_the_objects_it_copied_and_draws() -> None:
    code = (
        "import json, PySide6.QtCore, PySide6.QtWidgets\n"
        "from foot_coach.system import qt_mirrors\n"
        "qt_mirrors.install()\n"
        "app = PySide6.QtWidgets.QApplication([])\n"
        "import pyqtgraph\n"
        "from pyqtgraph import Qt\n"
        "from pyqtgraph.Qt import QtCore, QtGui, QtWidgets\n"
        "kept_before = 'QPointF' in vars(QtCore)\n"
        "same = [QtCore.QPointF is PySide6.QtCore.QPointF, 'QPointF' in vars(QtCore),\n"
        "        QtWidgets.QWidget is PySide6.QtWidgets.QWidget,\n"
        "        QtGui.QFileSystemModel is PySide6.QtWidgets.QFileSystemModel,\n"
        "        QtCore.__version__ == PySide6.QtCore.__version__]\n"
        "missing = [hasattr(QtCore, 'NoSuchName'), 'dir' in vars(Qt), Qt.QT_LIB]\n"
        "plot = pyqtgraph.PlotWidget()\n"
        "plot.plot([0, 1, 2], [2, 0, 1])\n"
        "plot.resize(200, 100)\n"
        "image = plot.grab().toImage()\n"
        "colours = {image.pixel(x, y) for x in range(0, 200, 4) for y in range(0, 100, 4)}\n"
        "print(json.dumps([same, missing, len(colours) > 2]))\n"
    )
    assert run_script(code) == [[True] * 5, [False, False, "PySide6"], True]


def test_other_modules_and_names_are_left_as_they_are() -> None:
    code = (
        "import json, PySide6.QtCore\n"
        "from foot_coach.system import qt_mirrors\n"
        "qt_mirrors.install()\n"
        "qt_mirrors.install()\n"
        "import pyqtgraph.Qt, pyqtgraph.Qt.QtCore\n"
        "finders = sum(type(f).__name__ == '_Finder' for f in sys.meta_path)\n"
        "print(json.dumps([finders, len(dir(PySide6.QtCore)) > 200,\n"
        "                  pyqtgraph.Qt.__spec__.loader.is_package('pyqtgraph.Qt'),\n"
        "                  type(pyqtgraph.Qt.compat.__spec__.loader).__name__]))\n"
    )
    assert run_script("import sys\n" + code) == [1, True, True, "SourceFileLoader"]
