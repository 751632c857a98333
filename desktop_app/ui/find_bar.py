"""The Ctrl+F bar under the detail view: type to find, Enter for next, Shift+Enter for previous, Esc to close."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop_app.ui.detail_view import DetailView
from desktop_app.ui.i18n import Strings


class FindEdit(QLineEdit):
    escaped = Signal()
    previous = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.previous.emit()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    def __init__(self, view: DetailView, strings: Strings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.view = view
        self.edit = FindEdit(self)
        self.edit.setObjectName("findEdit")
        self.status = QLabel(self)
        self.status.setObjectName("findStatus")
        self.previous_button = QToolButton(self)
        self.previous_button.setText("▲")
        self.next_button = QToolButton(self)
        self.next_button.setText("▼")
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        for widget in (self.edit, self.previous_button, self.next_button, self.status):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.close_button)
        self.edit.textEdited.connect(lambda _text: self.find_next())
        self.edit.returnPressed.connect(self.find_next)
        self.edit.previous.connect(self.find_previous)
        self.edit.escaped.connect(self.close_bar)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.close_button.clicked.connect(self.close_bar)
        self.retranslate(strings)
        self.hide()

    def retranslate(self, strings: Strings) -> None:
        self.strings = strings
        self.edit.setPlaceholderText(strings("find_placeholder"))

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.view.setFocus()

    def _find(self, backward: bool) -> bool:
        text = self.edit.text()
        found = bool(text) and self.view.find_text(text, backward)
        self.status.setText("" if found or not text else self.strings("find_none"))
        return found

    def find_next(self) -> bool:
        return self._find(False)

    def find_previous(self) -> bool:
        return self._find(True)
