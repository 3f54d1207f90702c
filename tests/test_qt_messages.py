"""Qt's accessibility bridge keeps its warnings out of the desktop's journal, unless the
person's own logging rules ask for them: beside Orca 43 it wrote some 150 lines a second."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from foot_coach.system.qt_messages import QUIET, rules

ASK = (
    "from PySide6.QtCore import QCoreApplication, QLoggingCategory\n"
    "app = QCoreApplication([])\n"
    "print(QLoggingCategory('qt.accessibility.atspi').isWarningEnabled())\n"
)


def warns(theirs: str | None) -> bool:
    env = {k: v for k, v in os.environ.items() if k != "QT_LOGGING_RULES"}
    env["QT_LOGGING_RULES"] = rules(theirs)
    said = subprocess.run([sys.executable, "-c", ASK], env=env, capture_output=True, text=True,
                          timeout=60, check=True)  # fmt: skip
    return said.stdout.strip() == "True"


def test_our_rule_comes_first() -> None:
    assert rules(None) == rules("") == QUIET
    assert rules("qt.qpa.*=true") == f"{QUIET};qt.qpa.*=true"


@pytest.mark.parametrize(
    ("theirs", "heard"),
    [(None, False), ("qt.qpa.*=true", False), ("qt.accessibility.atspi.warning=true", True)],
)
def test_qt_follows_the_rules_and_the_persons_own_win(theirs: str | None, heard: bool) -> None:
    assert warns(theirs) is heard
