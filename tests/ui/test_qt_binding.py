"""The installed Qt binding itself: faults in it that TelRef's own code cannot work around."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Reporter(QObject):
    progress = Signal(int, int)


def test_emitting_a_signal_keeps_the_reference_counts_of_true_and_false() -> None:
    """PySide6 6.12.0 returned True from Signal.emit() without a reference of its own: after a few hundred
    progress signals (one per document while an upgrade rebuilds the index) the process aborted in
    bool_dealloc. pyproject.toml excludes that version; this catches a later one with the same fault."""
    reporter = _Reporter()
    received: list[int] = []
    reporter.progress.connect(lambda done, _total: received.append(done))
    before = sys.getrefcount(True), sys.getrefcount(False)
    for done in range(100):
        reporter.progress.emit(done, 100)
    assert len(received) == 100
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
