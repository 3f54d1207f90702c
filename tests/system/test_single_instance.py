"""Two real launches on one data folder: the second hands over and exits; the first acts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from apps import App, app_env, wait_until

from foot_coach.system.single_instance import SingleInstance

# A real owner of a data folder (the single-instance part of the app alone, for speed): it
# says when it listens and prints each line it hears.
OWNER = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from foot_coach.system.single_instance import SingleInstance

app = QCoreApplication([])
folder = Path(sys.argv[1])
owner = SingleInstance(folder, folder / "instance.lock")
assert owner.claim()
owner.sig_message.connect(lambda line: print(line, flush=True))
print("listening", flush=True)
app.exec()
"""


def test_second_launch_exits_0_and_the_first_is_activated(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = App(data)
    try:
        first.wait_painted()
        second = subprocess.run(
            [sys.executable, "-m", "foot_coach", "--data-dir", str(data), "--start", "toe-curls"],
            env=app_env(),
            capture_output=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr.decode()
        heard = wait_until(lambda: "later launch: start" in first.log(), first.proc, 20)
        assert heard, first.log()
        assert first.proc.poll() is None  # the first keeps running
    finally:
        first.close()


def test_other_data_folder_is_a_separate_app(tmp_path: Path) -> None:
    first = App(tmp_path / "one")
    second = App(tmp_path / "two")
    try:
        first.wait_painted()
        second.wait_painted()  # both own their folder and show a window
        assert first.proc.poll() is None and second.proc.poll() is None
    finally:
        first.close()
        second.close()


def test_a_frozen_owner_is_told_to_the_person_and_one_that_answers_is_not(tmp_path: Path) -> None:
    """The kernel takes the connection and the line even from a copy whose GUI thread is
    stuck: only the owner's answer tells a later launch that someone acts on it."""
    owner = subprocess.Popen([sys.executable, "-c", OWNER, str(tmp_path)], env=app_env(),
                             stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert owner.stdout is not None
    told: list[Path] = []
    try:
        assert owner.stdout.readline() == "listening\n"
        later = SingleInstance(tmp_path, tmp_path / "instance.lock")
        assert not later.claim()
        assert later.hand_over("toe-curls", told.append) == 0 and told == []
        assert owner.stdout.readline() == "start toe-curls\n"
        os.kill(owner.pid, signal.SIGSTOP)
        stuck = SingleInstance(tmp_path, tmp_path / "instance.lock", answer_wait_ms=200)
        assert not stuck.claim()  # still the owner: its process is there
        assert stuck.hand_over(None, told.append) == 1
        assert told == [tmp_path]  # the "not answering" box
        os.kill(owner.pid, signal.SIGCONT)
        assert owner.stdout.readline() == "activate\n"  # acted on once it runs again
    finally:
        owner.kill()
        owner.communicate(timeout=60)
