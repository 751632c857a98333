"""A result row's heading or snippet laid out in its few lines, the matches marked, the first match in view.

A row shows one line of heading and two of snippet: counted from the text's start, the match that made the row
a hit fell after the cut as often as not (an English snippet at 800 px holds about 80 of its 120 characters;
a chair's name ends a long heading). The text shown starts, after an ellipsis, a little before its first match
when the match would otherwise not be seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTextCharFormat, QTextLayout, QTextOption

Span = tuple[int, int]

ELLIPSIS = "…"
MARK_COLOUR, MARK_BACKGROUND = QColor("#9a3412"), QColor("#fff3c4")
WHITESPACE = re.compile(r"[^\S\u00a0]")  # one for one, so marks still hold; a date's no-break spaces stay
LATIN_WORD = re.compile(r"[0-9A-Za-z\u00c0-\u024f]")
LEAD_SHARE = 0.5  # at most this share of a line of text before the first match, when the text is cut before it


def laid_out(
    text: str, marks: Iterable[Span], font: QFont, width: float, max_lines: int, indent: float = 0.0
) -> tuple[QTextLayout, bool]:
    """Text wrapped to at most max_lines lines of width (the first starting indent in), the marks in their
    colours; True when text was left out (the last line is then kept short of an ellipsis's width, for the
    ellipsis drawn after it)."""
    text = WHITESPACE.sub(" ", text)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    mark = QTextCharFormat()
    mark.setFontWeight(QFont.Weight.Bold)
    mark.setForeground(MARK_COLOUR)
    mark.setBackground(MARK_BACKGROUND)
    ranges = []
    for start, end in marks:
        if 0 <= start < end <= len(text):
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, end - start, mark
            ranges.append(span)
    layout.setFormats(ranges)
    spacing = QFontMetricsF(font).lineSpacing()
    ellipsis_width = QFontMetricsF(font).horizontalAdvance(ELLIPSIS)
    cut = False
    layout.beginLayout()
    for number in range(max_lines):
        line = layout.createLine()
        if not line.isValid():
            break
        line_width = width - indent if number == 0 else width
        line.setLineWidth(max(line_width, 1.0))
        line.setPosition(QPointF(indent if number == 0 else 0, number * spacing))
        if number == max_lines - 1 and line.textStart() + line.textLength() < len(text):
            line.setLineWidth(max(line_width - ellipsis_width, 1.0))
            cut = True
    layout.endLayout()
    return layout, cut


def shown_up_to(layout: QTextLayout) -> int:
    """Where the laid-out lines end in the layout's text: what lies beyond is cut."""
    if not layout.lineCount():
        return 0
    last = layout.lineAt(layout.lineCount() - 1)
    return last.textStart() + last.textLength()


def laid_out_around_first_match(
    text: str, marks: Iterable[Span], font: QFont, width: float, max_lines: int
) -> tuple[QTextLayout, bool]:
    """As laid_out, but when the first mark would fall past the last line, the text shown starts with an
    ellipsis a little before it (at a word's start in English), the marks moved with it."""
    text = WHITESPACE.sub(" ", text)
    spans = sorted((start, end) for start, end in marks if 0 <= start < end <= len(text))
    layout, cut = laid_out(text, spans, font, width, max_lines)
    if not spans or shown_up_to(layout) >= spans[0][1]:
        return layout, cut
    first_start, first_end = spans[0]
    metrics = QFontMetricsF(font)
    room = max_lines * width - metrics.horizontalAdvance(text[first_start:first_end])
    for lead in (min(width * LEAD_SHARE, room / 2), 0.0):  # less room before the match when wrapping took it
        start = start_before(text, first_start, metrics, max(lead, 0.0))
        shift = len(ELLIPSIS) - start
        moved = [(max(begin, start) + shift, end + shift) for begin, end in spans if end > start]
        layout, cut = laid_out(ELLIPSIS + text[start:], moved, font, width, max_lines)
        if shown_up_to(layout) >= first_end + shift:
            break
    return layout, cut


def start_before(text: str, at: int, metrics: QFontMetricsF, lead: float) -> int:
    """Where to start text so that what comes before `at` is at most lead wide: never inside an English word,
    never on a space."""
    low, high = 0, at  # the first start whose text up to `at` fits (a shorter stretch is never wider)
    while low < high:
        middle = (low + high) // 2
        if metrics.horizontalAdvance(text[middle:at]) <= lead:
            high = middle
        else:
            low = middle + 1
    start = low
    if 0 < start < at and LATIN_WORD.match(text[start - 1]) and LATIN_WORD.match(text[start]):
        space = text.find(" ", start, at)
        start = at if space < 0 else space + 1
    while start < at and text[start] == " ":
        start += 1
    return start
