"""File › Remove document…: the shown document (or the document of the shown section) out of the library.

The reader confirms first; the library then drops the document with everything extracted from it (sections,
meetings, updates, roles, index entries) in one transaction, and the window shows the welcome page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop_app.core import queries

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


class RemoveDocumentAction(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("removeDocumentAction")
        self.action.triggered.connect(lambda: self.run())
        window.add_file_actions([self.action])
        self.retranslate()
        self.update()

    def retranslate(self) -> None:
        self.action.setText(self.window.strings("action_remove_document"))

    def update(self) -> None:
        """Enabled on a document's page and on its sections' pages."""
        self.action.setEnabled(self.window.page.document_id is not None)

    def run(self) -> bool:
        """Ask, then remove; whether the document was removed."""
        window = self.window
        document = queries.document(window.library, window.page.document_id) if window.page.document_id else None
        if document is None or not self.confirm(document.title, len(document.sections)):
            return False
        if not window.library.remove_document(document.id):
            return False
        window.document_removed(document.title)
        return True

    def confirm(self, title: str, sections: int) -> bool:
        strings = self.window.strings
        answer = QMessageBox.question(
            self.window,
            strings("action_remove_document"),
            strings("remove_document_question", title=title, count=sections),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
