"""Numbering for Word headings that carry none: a paragraph styled as a heading (or given an outline level)
whose text holds no 壹、/一、 label gets the label Taiwanese reports use at its depth (壹、 › 一、 › (一) › 1. ›
(1) › A.), so the outline builder nests it as Word did. Both Word readers (.docx, .doc) use it. The .docx and
.rtf readers know a heading style by its name, in whichever language Word wrote it (heading_style_level)."""

from __future__ import annotations

import re

from desktop_app.ingest.headings import CJK_NUMERALS, FORMAL_NUMERALS, match_heading
from desktop_app.ingest.readers.docx_numbering import cjk_count


# Word's built-in heading styles as an English, a Traditional Chinese and a Simplified Chinese Word names them
_HEADING_STYLE = re.compile(r"^(?:heading|標題|标题)\s*(\d)$", re.IGNORECASE)


def heading_style_level(name: str) -> int | None:
    """The depth (1 = top) of a paragraph style named as Word's Heading N in whichever language Word wrote the
    document (Heading 1, 標題 1, 标题 1), else None."""
    match = _HEADING_STYLE.match(name.strip())
    return int(match.group(1)) if match else None


def outline_label(level: int, count: int) -> str:
    """The numbering for the count-th heading at a depth (1 = top)."""
    formal = "零" + FORMAL_NUMERALS
    if level <= 1:
        return f"{cjk_count(formal, count)}、"
    if level == 2:
        return f"{cjk_count(CJK_NUMERALS, count)}、"
    if level == 3:
        return f"({cjk_count(CJK_NUMERALS, count)})"
    if level == 4:
        return f"{count}."
    if level == 5:
        return f"({count})"
    return f"{chr(ord('A') + (count - 1) % 26)}."


class HeadingLabels:
    """Counts headings per depth through one document; a heading resets the counts below it."""

    def __init__(self) -> None:
        self.counts: dict[int, int] = {}

    def labelled(self, text: str, level: int | None) -> str:
        """The heading's text with the label of its depth in front, unless it is no heading (level None) or
        already carries a label."""
        if level is None or match_heading(text) is not None:
            return text
        self.counts = {depth: n for depth, n in self.counts.items() if depth <= level}
        self.counts[level] = self.counts.get(level, 0) + 1
        return f"{outline_label(level, self.counts[level])} {text}"
