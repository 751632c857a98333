"""The search panel in the real window: the keyboard's way through it, and its results list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.ui.main_window import MainWindow
from tests.ui.driving import search_for


def _tab_through(qtbot, window: MainWindow, steps: int) -> list[str]:
    """The object names focus visits, pressing Tab `steps` times from where it is."""
    visited = []
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget().objectName())
    return visited


def test_tab_goes_from_the_scope_lists_to_the_results(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    assert search_for(qtbot, window, "頻譜")
    window.search.scope_bar.meeting_combo.setFocus()
    assert _tab_through(qtbot, window, 2) == ["kindScope", "resultsView"]


def test_the_results_page_takes_its_place_in_the_window_s_tab_order(qtbot, window: MainWindow) -> None:
    """Search box, the filters, the scope lists, the results, then the page: as laid out, not the results last."""
    window.activateWindow()
    qtbot.waitActive(window)
    assert search_for(qtbot, window, "頻譜")
    window.search.box.setFocus()
    assert _tab_through(qtbot, window, 6) == [
        "economyFilter", "topicFilter", "meetingScope", "kindScope", "resultsView", "detailView",
    ]
    window.leave_search()
    window.search.box.setFocus()
    assert _tab_through(qtbot, window, 4) == ["economyFilter", "topicFilter", "navTree", "detailView"]
