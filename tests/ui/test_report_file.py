"""A report the disk cannot take in full is not called saved, and a report already there under
that name stays whole."""

from __future__ import annotations

from pathlib import Path

from script_runs import run_script

# The kernel refuses every byte past 4 KB of a file (as a full disk refuses the next one): a
# real failure to write, in a process of its own.
FULL = """
import json, random, resource, signal, sys
from datetime import date, timedelta
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from foot_coach.store import queries
from foot_coach.store.db import Store
from foot_coach.store.seed import seed_first_days
from foot_coach.ui.report import write_report

app = QGuiApplication([])
folder = Path(sys.argv[1])
store = Store.open(folder / "history.sqlite3")
today = date(2026, 11, 24)
seed_first_days(store.conn, 7, today, random.Random(1))
start = today - timedelta(days=6)
snap = queries.snapshot(store.conn, start, today, start, start, ("toe-curls",))
target = folder / "report.pdf"
target.write_bytes(b"last month's report")
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # past the limit a write fails, not the process
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
try:
    write_report(target, snap, today, {})
    said = "saved"
except OSError as exc:
    said = exc.strerror
print(json.dumps({"said": said, "kept": target.read_bytes().decode(errors="replace")}))
"""


def test_a_report_the_disk_refuses_is_not_saved_and_the_old_one_stays(tmp_path: Path) -> None:
    seen = run_script(FULL, str(tmp_path))
    assert seen == {"said": "File too large", "kept": "last month's report"}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no part left
