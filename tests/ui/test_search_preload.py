"""Search loads in the background once the window is up, and the window's own reader is prepared on its thread."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop_app.app import create_window
from desktop_app.core.library import Library


def test_the_preload_prepares_the_window_reader_for_its_first_search(qtbot, seeded_library: Library, settings: QSettings) -> None:
    window = create_window(seeded_library.path, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.search.preload.prepared, timeout=60000):
        loader = window.search.preload.start()
    loader.join(timeout=10)
    statements: list[str] = []
    reader = window.library.reader()
    reader.set_trace_callback(statements.append)
    try:
        answer = window.search.client.search("資通安全")
    finally:
        reader.set_trace_callback(None)
    assert answer.rows
    assert statements and not any("documents" in statement for statement in statements)
