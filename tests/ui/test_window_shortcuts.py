"""A window action's key reaches the action while a text field that would claim the key has the cursor."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.window_shortcuts import ActionKeysOverField


def test_a_key_the_search_box_claims_runs_the_window_action_it_belongs_to(qtbot, window: MainWindow) -> None:
    """The key a line edit takes for "end of line" here (Ctrl+E under X11, where Export PDF went missing; End
    offscreen) given to a window action: without the filter the box keeps it, with it the action runs."""
    end_of_line = QKeySequence.keyBindings(QKeySequence.StandardKey.MoveToEndOfLine)[-1]
    action = QAction(window)
    action.setShortcut(end_of_line)
    window.addAction(action)
    runs: list[bool] = []
    action.triggered.connect(lambda: runs.append(True))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.search.box.setFocus()
    qtbot.waitUntil(window.search.box.hasFocus)
    combination = end_of_line[0]
    QTest.keyClick(window.search.box, combination.key(), combination.keyboardModifiers())
    assert runs == [], "the premise: the box claims the key"
    ActionKeysOverField(window.search.box, [action])
    QTest.keyClick(window.search.box, combination.key(), combination.keyboardModifiers())
    assert runs == [True]


def test_the_search_box_hands_export_pdf_and_the_other_window_keys_back(window: MainWindow) -> None:
    handed = window._keys_over_search_box.actions
    assert window.print_actions.export_pdf in handed and window.actions_.bookmark in handed
