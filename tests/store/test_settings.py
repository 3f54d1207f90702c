"""Settings: bad keys fall back and are named, the original is kept, writes are atomic."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foot_coach.core import toml_text
from foot_coach.store import settings as cfg
from foot_coach.store.settings import Reminder, Settings, SettingsFile


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert cfg.load(tmp_path / "settings.toml", "x") == (Settings(), [])


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    chosen = Settings(
        volume=35,
        voice=False,
        routine=("ankle-circles", "toe-curls"),
        reminders=(Reminder("07:30", (0, 2, 4)), Reminder("19:00", enabled=False)),
        snoozed_until="2026-11-24T10:00:00+01:00",
        paused_on='2026-11-24 "quoted"',
    )
    cfg.save(path, chosen)
    assert cfg.load(path, "x") == (chosen, [])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("volume = 400\n", "'volume'"),
        ('volume = "loud"\n', "'volume'"),
        ("muted = 1\n", "'muted'"),
        ("rest_s = 2\n", "'rest_s'"),
        ('theme = "purple"\n', "'theme'"),
        ('routine = ["toe-curls", "../x"]\n', "'routine'"),
        ('routine = ["toe-curls", "toe-curls"]\n', "'routine'"),
        ("shoe_size = 42\n", "'shoe_size'"),
        ('[[reminders]]\ntime = "25:00"\n', "'reminders'"),
    ],
)
def test_bad_values_fall_back_named_and_backed_up(tmp_path: Path, text: str, named: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("voice = false\n" + text, encoding="utf-8")
    loaded, warnings = cfg.load(path, "20261124")
    assert len(warnings) == 1 and named in str(warnings[0]) and str(path) in str(warnings[0])
    assert loaded.voice is False  # the good key survives
    backup = tmp_path / "settings.toml.bak-20261124"
    assert backup.read_text(encoding="utf-8") == "voice = false\n" + text
    assert cfg.load(path, "again") == (loaded, [])  # the rewritten file is clean


def test_invalid_syntax_keeps_original(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"volume = = \xff\xfe")
    loaded, warnings = cfg.load(path, "s")
    assert loaded == Settings()
    assert warnings and str(path) in str(warnings[0])
    assert (tmp_path / "settings.toml.bak-s").read_bytes() == b"volume = = \xff\xfe"


def test_a_settings_path_that_cannot_be_read_or_written_starts_on_defaults(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.toml"
    path.mkdir()  # unreadable as a file even for root, and not replaceable by one
    loaded, warnings = cfg.load(path, "s")
    assert loaded == Settings()
    texts = [str(w) for w in warnings]
    assert len(texts) == 2 and all(str(path) in t for t in texts), texts
    assert "could not read" in texts[0] and "could not be saved" in texts[1]


def test_failed_write_leaves_old_file(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "settings.toml"
    cfg.save(path, Settings(volume=10))

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        cfg.save(path, Settings(volume=90))
    assert cfg.load(path, "x")[0].volume == 10
    assert [p.name for p in tmp_path.iterdir()] == ["settings.toml"]  # no temp file left


def test_a_change_to_the_same_values_is_not_written_again(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    keeper = SettingsFile(path, Settings())
    heard: list[Settings] = []
    keeper.listeners.append(heard.append)
    assert keeper.change(volume=40) is None
    written = path.stat().st_ino
    assert keeper.change(volume=40) is None
    assert path.stat().st_ino == written and heard == [Settings(volume=40)]
    path.unlink()  # someone removed it: the same values are written back
    assert keeper.change(volume=40) is None and cfg.load(path, "x")[0].volume == 40


def test_after_a_refused_save_the_same_values_are_tried_again(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "settings.toml"
    keeper = SettingsFile(path, Settings())
    keeper.change(volume=40)

    def full_disk(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(os, "replace", full_disk)
        assert keeper.change(volume=60) is not None and keeper.unsaved
    assert cfg.load(path, "x")[0].volume == 40
    assert keeper.change(volume=60) is None and not keeper.unsaved
    assert cfg.load(path, "x")[0].volume == 60


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(sorted(cfg.RULES)), st.one_of(
    st.integers(-5, 500), st.booleans(), st.text(max_size=5),
    st.lists(st.integers(-1, 8), max_size=4))))  # fmt: skip
def test_any_values_load_to_valid_settings(values: dict) -> None:
    lines = [f"{k} = {toml_text.value(v)}" for k, v in values.items() if k != "reminders"]
    loaded, _ = cfg.parse("\n".join(lines))
    for key, (check, _) in cfg.RULES.items():
        value = getattr(loaded, key)
        raw = [vars(r) for r in value] if key == "reminders" else value
        assert check(list(raw) if isinstance(raw, tuple) else raw)


def _reminder_tables(count: int) -> str:
    return "".join(f'[[reminders]]\ntime = "{m // 60:02}:{m % 60:02}"\n' for m in range(count))


@pytest.mark.parametrize("count", [200, 1440])
def test_a_file_with_too_many_reminders_keeps_the_first_ones(tmp_path: Path, count: int) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(_reminder_tables(count), encoding="utf-8")
    loaded, warnings = cfg.load(path, "s")
    assert len(loaded.reminders) == cfg.MAX_REMINDERS
    assert loaded.reminders[0].time == "00:00"
    assert any("more than 8" in str(w) and str(path) in str(w) for w in warnings)


@pytest.mark.parametrize("key", ["snoozed_until", "last_reminded"])
@pytest.mark.parametrize(
    "moment", ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "2026-11-24T09:00"]
)
def test_a_moment_no_clock_sum_can_hold_falls_back(tmp_path: Path, key: str, moment: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(f'{key} = "{moment}"\n', encoding="utf-8")
    loaded, warnings = cfg.load(path, "s")
    assert getattr(loaded, key) == ""
    assert len(warnings) == 1 and f"'{key}'" in str(warnings[0])


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("deep = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
        ("deep = " + "{a = " * 3000 + "1" + "}" * 3000 + "\n", "nested too deeply"),
        (".".join(["a"] * 50_000) + " = 1\n", "more than 64 parts"),
    ],
    ids=["arrays", "inline tables", "dotted key"],
)
def test_nesting_beyond_reason_is_refused_and_the_file_kept(
    tmp_path: Path, text: str, why: str
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("volume = 20\n" + text, encoding="utf-8")
    loaded, warnings = cfg.load(path, "s")
    assert loaded == Settings()
    assert len(warnings) == 1 and why in str(warnings[0]) and str(path) in str(warnings[0])
    assert (tmp_path / "settings.toml.bak-s").read_text(encoding="utf-8") == "volume = 20\n" + text


@pytest.mark.parametrize(
    "content", [b"volume = 400\nshoe_size = 42\n", b"volume = [\n", b"volume = \xff\xfe\n"]
)
def test_reading_only_never_writes(tmp_path: Path, content: bytes) -> None:
    """The file of another running Foot Coach: read as the app would, never repaired."""
    path = tmp_path / "settings.toml"
    path.write_bytes(content)
    written = path.stat().st_mtime_ns
    loaded, warnings = cfg.load(path, "s", read_only=True)
    assert loaded.volume == Settings().volume and warnings
    assert str(path) in str(warnings[0])  # named as a load that repairs would name it
    assert os.listdir(tmp_path) == ["settings.toml"]  # no backup, no temporary file
    assert path.read_bytes() == content and path.stat().st_mtime_ns == written
