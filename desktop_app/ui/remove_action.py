"""File › Remove document…: the shown document (or the document of the shown section) out of the library.

The reader confirms first; the library then drops the document with everything extracted from it (sections,
meetings, updates, roles, index entries) in one transaction, and the window shows the welcome page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from desktop_app.core import queries
from desktop_app.ui.page_action import PageAction

if TYPE_CHECKING:
    from desktop_app.ui.pages import Page


class RemoveDocumentAction(PageAction):
    object_name = "removeDocumentAction"
    text_key = "action_remove_document"

    def applies(self, page: Page) -> bool:
        """On a document's page and on its sections' pages."""
        return page.document_id is not None

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
