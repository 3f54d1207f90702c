"""Small valid things tests build on: a real PNG, a clean SVG, an own exercise, a session done."""

from __future__ import annotations

import sqlite3
import struct
import zlib
from datetime import datetime, timedelta

from foot_coach.core.catalog import Counting, Exercise, Posture, Prescription, Side
from foot_coach.core.record import replace
from foot_coach.store import log


def png(width: int = 2, height: int = 2) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="4"/></svg>'


def own(exercise_id: str = "calf-stretch", **changes: object) -> Exercise:
    base = Exercise(
        id=exercise_id,
        name="Calf stretch",
        posture=Posture.STANDING,
        counting=Counting.TIMED,
        sides=(Side.RIGHT, Side.LEFT),
        directions=(),
        summary="Stretch the back of the lower leg against a wall.",
        steps=("Stand facing a wall, hands on it.", "Step one foot back, heel down."),
        feel="A gentle pull in the calf.",
        mistakes=(),
        safety="Stop if it hurts; a pull is fine, pain is not.",
        prescription=Prescription(3, hold_s=20, release_s=10),
        count_range=(3, 5),
        picture="calf.png",
        grows=False,
        own=True,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def done_session(conn: sqlite3.Connection, at: datetime) -> int:
    """A finished session of toe curls started `at`: one repetition, 6 s, over in 6 minutes."""
    session_id = log.start_session(conn, at, ["toe-curls"])
    set_id = log.start_set(conn, session_id, 0, "toe-curls", "both", "none", 10, 3, 0, at)
    log.record_rep(conn, set_id, 6000)
    log.end_session(conn, session_id, at + timedelta(minutes=6), "completed")
    return session_id
