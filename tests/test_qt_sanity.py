"""Guards against a PySide6 release whose Signal.emit() corrupts Python's reference counts.

PySide6 6.12.0 dropped a reference to True on every emit from Python; after enough emits the
interpreter aborts with "bool_dealloc". constraints.txt pins a release without the fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    sig_value = Signal(object)


def test_emit_keeps_reference_counts(qapp) -> None:
    emitter = _Emitter()
    seen: list[object] = []
    emitter.sig_value.connect(seen.append)
    before = sys.getrefcount(True)
    for n in range(200):
        emitter.sig_value.emit(n)
    assert len(seen) == 200
    assert sys.getrefcount(True) >= before - 5
