"""What the File menu's actions about the shown page share: their place above Quit, their words from one
string key, and being enabled only where the shown page allows them (remove_action.py, copy_reference_action.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.pages import Page


class PageAction(QObject):
    """Subclasses name the action, its string key and shortcut, say where it applies, and run it."""

    object_name = ""
    text_key = ""
    shortcut = ""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName(self.object_name)
        if self.shortcut:
            self.action.setShortcut(QKeySequence(self.shortcut))
        self.action.triggered.connect(lambda: self.run())
        window.add_file_actions([self.action])
        self.retranslate()
        self.update()

    def retranslate(self) -> None:
        self.action.setText(self.window.strings(self.text_key))

    def update(self) -> None:
        self.action.setEnabled(self.applies(self.window.page))

    def applies(self, page: Page) -> bool:
        raise NotImplementedError

    def run(self) -> object:
        raise NotImplementedError
