"""Driving the real window as a reader does: typing into it, searching from its box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.ui.main_window import MainWindow


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, CJK included, as key events (QTest's keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def search_for(qtbot, window: MainWindow, text: str) -> list[str]:
    """Type text into the search box and wait for its results; the headings listed."""
    window.search.box.clear()
    window.search.box.setFocus()
    type_text(window.search.box, text)
    qtbot.waitUntil(lambda: window.search.model.query == text, timeout=10000)
    assert window.left.currentWidget() is window.search.page
    model = window.search.model
    return [model.row(r).heading for r in range(model.rowCount())]
