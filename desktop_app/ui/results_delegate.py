"""Draws one search result in a row of one fixed height: the heading, a line of where it stands (economy badges,
meeting, path and date: row_place.py) and the snippet's first lines, each cut with an ellipsis, the matches
marked and the first of them in view (row_text.py). A section that is only a heading and has no text under it
lets its line of place run over the snippet's lines.

One height for every row lets the list lay itself out without measuring each row (uniform item sizes): with
rows as tall as their wrapped text, each page fetched at the end of the list re-measured every row above it
(1.8 s at row 6 000 of a 10 000-hit search)."""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_app.ui.results_model import (
    DATE_ROLE, ECONOMIES_ROLE, HEADING_MARKS_ROLE, HEADING_ROLE, MARKS_ROLE, MEETING_ROLE, SNIPPET_ROLE, TRAIL_ROLE,
)
from desktop_app.ui.row_place import BADGE_PADDING, BADGES_SHARE, SEPARATOR, Place, badges_in, fit_place
from desktop_app.ui.row_text import ELLIPSIS, laid_out, laid_out_around_first_match

Index = QModelIndex | QPersistentModelIndex

PADDING = 8
LINE_GAP = 2
SNIPPET_LINES = 2  # enough to read a match in its sentence; the page itself holds the rest
SMALL_SCALE = 0.85  # the path and badges' size against the list's font
HEADING_COLOUR = QColor("#102a43")
MEETING_COLOUR = QColor("#243b53")
PATH_COLOUR = QColor("#627d98")
BADGE_COLOUR, BADGE_BACKGROUND = QColor("#0b4f8a"), QColor("#e6f0fa")
SNIPPET_COLOUR = QColor("#334e68")


def row_fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
    """The heading's (semi-bold), the path and badges' (smaller) and the snippet's font, from the list's: made
    once per list font, as every row's paint asks for them (three times)."""
    key = base.key()
    if key not in _ROW_FONTS:
        _ROW_FONTS[key] = _made_row_fonts(base)
    return _ROW_FONTS[key]


_ROW_FONTS: dict[str, tuple[QFont, QFont, QFont]] = {}


def _made_row_fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
    heading, small = QFont(base), QFont(base)
    heading.setWeight(QFont.Weight.DemiBold)
    if base.pointSizeF() > 0:
        small.setPointSizeF(base.pointSizeF() * SMALL_SCALE)
    else:
        small.setPixelSize(max(1, round(base.pixelSize() * SMALL_SCALE)))
    return heading, small, QFont(base)


def row_height(base: QFont) -> int:
    """Every row's height: padding, one heading line, one path line and SNIPPET_LINES lines of snippet."""
    heading, small, body = (QFontMetricsF(font).lineSpacing() for font in row_fonts(base))
    return math.ceil(PADDING + heading + LINE_GAP + small + LINE_GAP + SNIPPET_LINES * body + LINE_GAP)


class ResultDelegate(QStyledItemDelegate):
    """Lays each row out with QTextLayout (snippets are document text: drawn as text, never read as markup)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[str, int] = {}  # the row height per list font, worked out once

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        key = option.font.key()
        if key not in self._heights:
            self._heights[key] = row_height(option.font)
        return QSize(1, self._heights[key])  # as wide as the list: the view stretches a row to its width

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        option.text = ""  # the style draws the background, selection and focus; the text is drawn here
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        heading_font, small_font, body_font = row_fonts(option.font)
        left, width = option.rect.left() + PADDING, text_width(option)
        y = option.rect.top() + PADDING / 2
        painter.save()
        painter.setClipRect(option.rect)
        heading = self.heading_layout(option, index)
        y = self._draw_layout(painter, heading, heading_font, HEADING_COLOUR, QPointF(left, y), 1)
        if (index.data(SNIPPET_ROLE) or "").strip():
            y = self._draw_place(painter, index, small_font, QPointF(left, y + LINE_GAP), width)
            snippet = self.snippet_layout(option, index)
            self._draw_layout(painter, snippet, body_font, SNIPPET_COLOUR, QPointF(left, y + LINE_GAP), SNIPPET_LINES)
        else:
            bottom = option.rect.bottom() - LINE_GAP
            self._draw_place_wrapped(painter, index, small_font, QPointF(left, y + LINE_GAP), width, bottom)
        painter.restore()
        painter.setPen(option.palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())

    @staticmethod
    def heading_layout(option: QStyleOptionViewItem, index: Index) -> tuple[QTextLayout, bool]:
        """The row's heading in its one line, its first match in view."""
        heading_font = row_fonts(option.font)[0]
        return laid_out_around_first_match(
            index.data(HEADING_ROLE) or "", index.data(HEADING_MARKS_ROLE) or (), heading_font, text_width(option), 1
        )

    @staticmethod
    def snippet_layout(option: QStyleOptionViewItem, index: Index) -> tuple[QTextLayout, bool]:
        """The row's snippet in its lines, its first match in view."""
        body_font = row_fonts(option.font)[2]
        return laid_out_around_first_match(
            index.data(SNIPPET_ROLE) or "", index.data(MARKS_ROLE) or (), body_font, text_width(option), SNIPPET_LINES
        )

    @staticmethod
    def _draw_layout(
        painter: QPainter, made: tuple[QTextLayout, bool], font: QFont, colour: QColor, at: QPointF, lines: int
    ) -> float:
        """Draw a laid-out text from `at`, an ellipsis where it was cut; the y below its lines."""
        layout, cut = made
        painter.setPen(colour)
        painter.setFont(font)
        layout.draw(painter, at)
        if cut and layout.lineCount():
            last = layout.lineAt(layout.lineCount() - 1)
            painter.drawText(
                QPointF(at.x() + last.x() + last.naturalTextWidth(), at.y() + last.y() + last.ascent()), ELLIPSIS
            )
        return at.y() + lines * QFontMetricsF(font).lineSpacing()

    @staticmethod
    def _draw_badges(painter: QPainter, metrics: QFontMetricsF, badges: Iterable[str], more: int, at: QPointF) -> float:
        """The economy badges and the count of those left out; the x after them."""
        x, baseline = at.x(), at.y() + metrics.ascent()
        painter.setPen(BADGE_COLOUR)
        for name in badges:
            badge = metrics.horizontalAdvance(name) + 2 * BADGE_PADDING
            painter.fillRect(QRectF(x, at.y(), badge, metrics.height()), BADGE_BACKGROUND)
            painter.drawText(QPointF(x + BADGE_PADDING, baseline), name)
            x += badge + BADGE_PADDING
        if more:
            painter.drawText(QPointF(x, baseline), f"+{more}")
            x += metrics.horizontalAdvance(f"+{more}") + 2 * BADGE_PADDING
        return x

    def _draw_place(self, painter: QPainter, index: Index, font: QFont, at: QPointF, width: float) -> float:
        """The line of place in one line (row_place.fit_place); the y below it."""
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        place = fit_place(
            metrics, width, list(index.data(ECONOMIES_ROLE) or []), index.data(MEETING_ROLE) or "",
            index.data(TRAIL_ROLE) or "", index.data(DATE_ROLE) or "",
        )
        x = self._draw_badges(painter, metrics, place.badges, place.more, at)
        baseline = at.y() + metrics.ascent()
        painter.setPen(MEETING_COLOUR)
        painter.drawText(QPointF(x, baseline), place.meeting)
        x += metrics.horizontalAdvance(place.meeting)
        painter.setPen(PATH_COLOUR)
        painter.drawText(QPointF(x, baseline), place_text(place)[len(place.meeting):])
        return at.y() + metrics.lineSpacing()

    def _draw_place_wrapped(
        self, painter: QPainter, index: Index, font: QFont, at: QPointF, width: float, bottom: float
    ) -> None:
        """A row with no snippet: the line of place, whole, wrapped over the snippet's lines down to bottom."""
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        names = list(index.data(ECONOMIES_ROLE) or [])
        badges, more = badges_in(metrics, names, width * BADGES_SHARE)
        x = self._draw_badges(painter, metrics, badges, more, at)
        when = index.data(DATE_ROLE) or ""
        place = Place((), 0, index.data(MEETING_ROLE) or "", index.data(TRAIL_ROLE) or "", SEPARATOR + when if when else "")
        text = place_text(place).removeprefix(SEPARATOR)
        lines = max(1, int((bottom - at.y()) // metrics.lineSpacing()))
        self._draw_layout(painter, laid_out(text, (), font, width, lines, x - at.x()), font, PATH_COLOUR, at, lines)


def text_width(option: QStyleOptionViewItem) -> float:
    """The width a row's text is laid out in: the row's, less its padding."""
    return max(option.rect.width() - 2 * PADDING, 40)


def place_text(place: Place) -> str:
    """The line of place as one string: the meeting, the path and the date, each after a separator."""
    return place.meeting + (SEPARATOR if place.meeting and place.trail else "") + place.trail + place.when
