"""Small valid things tests build on: a real PNG, a clean SVG, an own exercise."""

from __future__ import annotations

import struct
import zlib
from dataclasses import replace

from foot_coach.core.catalog import Counting, Exercise, Posture, Prescription, Side


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
