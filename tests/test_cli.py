"""The command line works without a display, and bad input is refused with a clear message."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from script_runs import run_script

from foot_coach import __version__
from foot_coach.cli import TIME_SCALE_ENV, Options, parse, time_scale_from_env


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-m", "foot_coach", *args],
        capture_output=True,
        text=True,
        env=clean,
        timeout=60,
    )


def test_version_without_display() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Foot Coach {__version__}"


def test_help_without_display_lists_options() -> None:
    result = _run("--help")
    assert result.returncode == 0
    for option in ("--data-dir", "--minimized", "--version", TIME_SCALE_ENV):
        assert option in result.stdout


def test_version_does_not_import_qt() -> None:
    code = (
        "import json, sys, foot_coach.cli as c\n"
        "c.build_parser()\n"
        "print(json.dumps('PySide6' in sys.modules))\n"
    )
    assert run_script(code) is False


def test_bad_time_scale_is_named() -> None:
    result = _run("--version", **{TIME_SCALE_ENV: "fast"})
    # --version exits before the scale is read; a real start reads and refuses it.
    assert result.returncode == 0
    started = _run("--data-dir", "/nonexistent-never-created", **{TIME_SCALE_ENV: "fast"})
    assert started.returncode == 2
    assert TIME_SCALE_ENV in started.stderr and "'fast'" in started.stderr


@pytest.mark.parametrize(("raw", "scale"), [("", 1.0), ("20", 20.0), (" 2.5 ", 2.5)])
def test_time_scale_values(raw: str, scale: float) -> None:
    assert time_scale_from_env({TIME_SCALE_ENV: raw}) == scale


@pytest.mark.parametrize("raw", ["0", "-3", "1e9", "nan", "abc"])
def test_time_scale_out_of_range(raw: str) -> None:
    with pytest.raises(ValueError, match=TIME_SCALE_ENV):
        time_scale_from_env({TIME_SCALE_ENV: raw})


def test_options_parsed(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv(TIME_SCALE_ENV, "20")
    options = parse(["--data-dir", str(tmp_path), "--minimized"])
    assert options.data_dir == str(tmp_path)
    assert options.minimized is True
    assert options.time_scale == 20.0


def test_start_without_exercise_means_saved_routine() -> None:
    assert parse(["--start"]).start == ""
    assert parse([]).start is None


def test_start_known_exercise() -> None:
    assert parse(["--start", "ankle-circles"]).start == "ankle-circles"


def test_start_unknown_exercise_exits_2_with_valid_ids() -> None:
    result = _run("--start", "cartwheels")
    assert result.returncode == 2
    assert "cartwheels" in result.stderr
    for exercise_id in ("toe-curls", "arch-raises", "heel-to-toe-walk", "ankle-circles"):
        assert exercise_id in result.stderr


@pytest.mark.parametrize(
    "argv",
    [[], ["--minimized"], ["--data-dir", "/d"], ["--data-dir", "/d", "--minimized"],
     ["--minimized", "--data-dir", ""], ["--data-dir", "/a", "--data-dir", "/b"],
     ["--minimized", "--minimized"]],
)  # fmt: skip
def test_a_plain_command_line_reads_as_argparse_reads_it(argv: list[str], monkeypatch) -> None:
    from foot_coach.cli import build_parser, plain

    monkeypatch.delenv(TIME_SCALE_ENV, raising=False)
    args = build_parser().parse_args(argv)
    assert plain(argv) == parse(argv)
    assert plain(argv) == Options(args.data_dir, args.minimized, 1.0)


@pytest.mark.parametrize(
    "argv",
    [["--data-dir"], ["--data-dir", "-x"], ["--data-dir=/d"], ["--min"], ["--start"],
     ["--minimized", "extra"], ["--version"]],
)  # fmt: skip
def test_anything_else_is_left_to_argparse(argv: list[str]) -> None:
    from foot_coach.cli import plain

    assert plain(argv) is None


def test_a_bad_time_scale_is_refused_on_a_plain_command_line_too(monkeypatch) -> None:
    monkeypatch.setenv(TIME_SCALE_ENV, "abc")
    with pytest.raises(SystemExit) as exited:
        parse(["--minimized"])
    assert exited.value.code == 2
