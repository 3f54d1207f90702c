"""Command line: parses arguments without Qt, so --help and --version work with no display."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NamedTuple

from foot_coach import APP_NAME, __version__

TIME_SCALE_ENV = "FOOT_COACH_TIME_SCALE"
AUDIO_WORKER = "--audio-worker"  # the app starting its own sound or voice helper
MAX_TIME_SCALE = 1000.0


# A NamedTuple, not a dataclass: defined before the first paint, where a frozen dataclass
# costs 0.3-0.7 ms to define (dataclasses compiles its methods at import).
class Options(NamedTuple):
    """What the command line asked for, checked and typed."""

    data_dir: str | None
    minimized: bool
    time_scale: float
    start: str | None = None  # "" = the saved routine, else one exercise id
    self_check: bool = False
    desktop: str | None = None  # "install" or "uninstall" the menu entry (pip and pipx)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="foot-coach",
        description=f"{APP_NAME}: follow five gentle foot exercises, keep a log, get reminders.",
        epilog=f"Set {TIME_SCALE_ENV}=20 to run session clocks twenty times faster (demos, tests).",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep every file the app writes under DIR (portable install, tests)",
    )
    parser.add_argument("--minimized", action="store_true", help="start hidden in the system tray")
    parser.add_argument(
        "--start",
        nargs="?",
        const="",
        metavar="EXERCISE",
        help="start the saved routine now, or only EXERCISE (e.g. toe-curls)",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check that every shipped file loads and the database opens, then exit",
    )
    menu = parser.add_mutually_exclusive_group()
    menu.add_argument(
        "--install-desktop",
        dest="desktop",
        action="store_const",
        const="install",
        help="add Foot Coach to the applications menu, with its icon (for pip and pipx installs)",
    )
    menu.add_argument(
        "--uninstall-desktop",
        dest="desktop",
        action="store_const",
        const="uninstall",
        help="remove what --install-desktop added",
    )
    return parser


def check_exercise(parser: argparse.ArgumentParser, exercise_id: str | None) -> None:
    """Refuse an unknown exercise id (exit 2) with the list of valid ones."""
    if not exercise_id:
        return
    from foot_coach.core.catalog import parse_catalog
    from foot_coach.system import assets

    ids = parse_catalog(assets.read_text("exercises.toml")).ids
    if exercise_id not in ids:
        parser.error(f"unknown exercise {exercise_id!r}; choose one of: {', '.join(ids)}")


def time_scale_from_env(environ: dict[str, str] | os._Environ[str]) -> float:
    """Read the session clock speed-up; a bad value is refused with a message naming it."""
    raw = environ.get(TIME_SCALE_ENV, "").strip()
    if not raw:
        return 1.0
    try:
        scale = float(raw)
    except ValueError:
        raise ValueError(f"{TIME_SCALE_ENV} must be a number, got {raw!r}") from None
    if not 0 < scale <= MAX_TIME_SCALE:
        raise ValueError(f"{TIME_SCALE_ENV} must be above 0 and at most {MAX_TIME_SCALE:g}")
    return scale


def plain(argv: Sequence[str]) -> Options | None:
    """The command lines a start usually has (none, --minimized at login, --data-dir DIR),
    read without building argparse's parser, which every start paid for (about 3 ms); None
    for anything else, which argparse reads, checks and answers as before."""
    data_dir, minimized, words = None, False, list(argv)
    while words:
        word = words.pop(0)
        if word == "--minimized":
            minimized = True
        elif word == "--data-dir" and words and not words[0].startswith("-"):
            data_dir = words.pop(0)
        else:
            return None
    try:
        return Options(data_dir, minimized, time_scale_from_env(os.environ))
    except ValueError:
        return None  # argparse says what is wrong with it


def parse(argv: Sequence[str] | None = None) -> Options:
    argv = sys.argv[1:] if argv is None else argv
    if (options := plain(argv)) is not None:
        return options
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        scale = time_scale_from_env(os.environ)
    except ValueError as exc:
        parser.error(str(exc))
    check_exercise(parser, args.start)
    return Options(
        data_dir=args.data_dir,
        minimized=args.minimized,
        time_scale=scale,
        start=args.start,
        self_check=args.self_check,
        desktop=args.desktop,
    )
