"""Window shortcuts that a focused text field would otherwise take for itself.

A QLineEdit claims some keys the window's actions use (on Linux, Ctrl+E moves to the end of the line), so with
the cursor in the search box Export PDF did nothing while Print and Briefing worked. `ActionKeysOverField`
hands those keys back to the window's actions; the field keeps every key no action uses.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


class ActionKeysOverField(QObject):
    """An event filter for a text field: the shortcuts of the given actions go to the actions, not the field."""

    def __init__(self, field: QWidget, actions: list[QAction]) -> None:
        super().__init__(field)
        self.actions = actions
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(action.isEnabled() and pressed in action.shortcuts() for action in self.actions):
                event.ignore()  # not overridden: Qt's shortcut map runs the action
                return True
        return False
