"""Generates the session cue sounds (small mono WAVs) with the standard library alone.

Run `python scripts/make_sounds.py`; the files land in resources/sounds/. Each cue has its own
shape so it can be told apart without looking: rising for "hold", falling for "release".
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
OUT = Path(__file__).resolve().parents[1] / "resources" / "sounds"


def tone(freqs: list[tuple[float, float]], seconds: float, volume: float = 0.5) -> list[float]:
    """A sine sweep from f0 to f1 for each (f0, f1) segment, with soft edges (no clicks)."""
    samples: list[float] = []
    for f0, f1 in freqs:
        count = int(RATE * seconds)
        phase = 0.0
        for i in range(count):
            t = i / count
            phase += 2 * math.pi * (f0 + (f1 - f0) * t) / RATE
            edge = min(1.0, i / (0.01 * RATE), (count - i) / (0.03 * RATE))
            samples.append(volume * edge * math.sin(phase))
    return samples


def write(name: str, samples: list[float]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / name), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


def main() -> None:
    write("hold.wav", tone([(440, 660)], 0.35))
    write("release.wav", tone([(660, 440)], 0.35))
    write("tick.wav", tone([(1000, 1000)], 0.06, 0.4))
    write("step.wav", tone([(520, 520)], 0.08, 0.35))
    write("done.wav", tone([(523, 523), (659, 659), (784, 784)], 0.18))


if __name__ == "__main__":
    main()
