"""The detail view: a QTextBrowser that shows our pages and nothing else.

Links are not followed by Qt (setOpenLinks(False)); the window handles anchorClicked itself. loadResource
refuses every resource (images, stylesheets, files, web addresses): a page is self-contained HTML, and document
text in it is escaped, so nothing a document says is ever fetched or rendered as markup.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from desktop_app.ui.highlight import match_spans

MATCH_BACKGROUND = QColor("#fff3c4")
MATCH_FOREGROUND = QColor("#7c2d12")


class DetailView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(24)
        self.refused_resources: list[str] = []

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        """Nothing is loaded: every request is refused (and remembered, so tests can see what was asked)."""
        self.refused_resources.append(url.toString() if isinstance(url, QUrl) else str(url))
        return None

    def highlight(self, query: str) -> int:
        """Mark every match of a search query in the page and scroll to the first; returns how many."""
        spans = match_spans(self.document().toPlainText(), query) if query.strip() else []
        marked = QTextCharFormat()
        marked.setBackground(MATCH_BACKGROUND)
        marked.setForeground(MATCH_FOREGROUND)
        selections = []
        for start, end in spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = marked
            selections.append(selection)
        self.setExtraSelections(selections)
        if selections:
            first = QTextCursor(selections[0].cursor)
            first.clearSelection()
            self.setTextCursor(first)
            self.ensureCursorVisible()
        return len(selections)

    def find_text(self, text: str, backward: bool = False) -> bool:
        """Find-in-page from the cursor, wrapping around once."""
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if self.find(text, flags):
            return True
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
        self.setTextCursor(cursor)
        return self.find(text, flags)
