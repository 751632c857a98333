"""The window's keys work wherever the cursor is: in the search box, in the page read."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.main_window import MainWindow
from tests.ui.driving import search_for


def test_ctrl_e_exports_with_the_cursor_in_the_search_box(qtbot, window: MainWindow, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(window.print_actions, "_ask_path", lambda name: asked.append(name) or None)  # the dialog
    window.open_url("telref://topic/5g")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.search.box.setFocus()
    qtbot.waitUntil(window.search.box.hasFocus)
    qtbot.keyClick(window.search.box, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["5G.pdf"]
    window.search.box.setText("5G")
    window.search.box.setCursorPosition(0)
    qtbot.keyClick(window.search.box, Qt.Key.Key_Right)
    assert window.search.box.cursorPosition() == 1, "keys no action uses still edit the text"


def test_esc_in_the_page_view_leaves_search(qtbot, window: MainWindow) -> None:
    assert search_for(qtbot, window, "5G")
    window.search.open_index(window.search.model.index(0, 0))
    window.detail.setFocus()
    qtbot.waitUntil(window.detail.hasFocus)
    qtbot.keyClick(window.detail, Qt.Key.Key_Escape)
    assert window.left.currentWidget() is window.tree
    assert window.search.box.text() == ""
