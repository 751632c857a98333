"""Draws one search result: heading, its path, economy badges and the snippet with the match in bold."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.search.marks import marked_html
from desktop_app.ui.results_model import (
    ECONOMIES_ROLE, HEADING_MARKS_ROLE, HEADING_ROLE, MARKS_ROLE, PATH_ROLE, SNIPPET_ROLE,
)

Index = QModelIndex | QPersistentModelIndex
PADDING = 8
CSS = (
    "p { margin: 0px; } .heading { font-weight: 600; color: #102a43; } .path { color: #627d98; font-size: small; }"
    " .badge { color: #0b4f8a; background-color: #e6f0fa; font-size: small; } .snippet { color: #334e68; }"
    " b { color: #9a3412; background-color: #fff3c4; }"
)


class ResultDelegate(QStyledItemDelegate):
    """Rich text per row through a QTextDocument (escaped: snippets are document text)."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        path = html.escape(index.data(PATH_ROLE) or "")
        badges = " ".join(f'<span class="badge">&nbsp;{html.escape(name)}&nbsp;</span>' for name in index.data(ECONOMIES_ROLE) or [])
        snippet = marked_html(index.data(SNIPPET_ROLE) or "", index.data(MARKS_ROLE) or (), tag="b")
        body = (
            f'<p><span class="heading">{marked_html(index.data(HEADING_ROLE) or "", index.data(HEADING_MARKS_ROLE) or (), tag="b")}</span>'
            f'&nbsp;&nbsp;<span class="path">{path}</span></p>'
            + (f"<p>{badges}</p>" if badges else "")
            + f'<p class="snippet">{snippet}</p>'
        )
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDefaultStyleSheet(CSS)
        document.setHtml(body)
        document.setTextWidth(max(option.rect.width() - 2 * PADDING, 100))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        document = self._document(option, index)
        painter.save()
        painter.setClipRect(option.rect)
        painter.translate(option.rect.left() + PADDING, option.rect.top() + PADDING / 2)
        context = QAbstractTextDocumentLayout.PaintContext()
        if selected:
            context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText))
        context.clip = QRectF(0, 0, option.rect.width() - PADDING, option.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()
        painter.setPen(option.palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        width = option.widget.viewport().width() if option.widget else 400
        option.rect.setWidth(width)
        document = self._document(option, index)
        return QSize(width, int(document.size().height()) + PADDING)
