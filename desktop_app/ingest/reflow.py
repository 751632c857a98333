"""Undo PDF-extraction damage: drop page numbers and break debris, rejoin hard-wrapped lines into paragraphs.

A wrapped line is recognised by its width: it runs (nearly) to the right margin of the text around it and does
not end a sentence. Chinese is joined without a space, Latin words with one. Headings, figure captions, table
rows and short lines stand as paragraphs of their own.
"""

from __future__ import annotations

import re
import statistics
import unicodedata

from desktop_app.ingest.headings import ends_sentence, match_heading

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:第\s*)?\d{1,4}(?:\s*頁)?(?:\s*[/／]\s*(?:共\s*)?\d{1,4}\s*頁?)?(?:\s*[-–—])?\s*$"
    r"|^\s*(?:Page|page|P\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$"
)
_TABLE_GAP = re.compile(r"\S\s{3,}\S")
_CAPTION = re.compile(r"^(?:圖|表|Figure|Table)\s*\d+\s*[：:．.]")
_SOURCE = re.compile(r"^(?:資料來源|來源|Source)\s*[：:]")
_BULLET = re.compile(r"^[⚫•●◼■▪◆◇○◎※➢➤\-–*]\s*")


def display_width(text: str) -> int:
    """Columns the text takes on a page: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def join_wrapped(left: str, right: str) -> str:
    """Join two pieces of a wrapped line: no space between CJK, one space between Latin words."""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left + right
    a, b = left[-1], right[0]
    if display_width(a) == 2 or display_width(b) == 2:
        return left + right
    if a == "-" and len(left) > 1 and left[-2].isalpha() and b.islower():
        return left[:-1] + right  # a hyphenated Latin word split across lines
    if a in "/(（[" or b in ",.;:)）]":
        return left + right
    return left + " " + right


def is_page_debris(line: str) -> bool:
    return bool(_PAGE_NUMBER.match(line))


def _stands_alone(line: str) -> bool:
    """Lines that never absorb the next line: captions, sources, table rows."""
    return bool(_CAPTION.match(line) or _SOURCE.match(line) or _TABLE_GAP.search(line))


def _typical_width(lines: list[str]) -> int:
    widths = sorted(display_width(line) for line in lines if display_width(line) >= 20)
    if not widths:
        return 80
    return widths[int(len(widths) * 0.9)] if len(widths) > 10 else max(widths)


def reflow(text: str) -> list[str]:
    """Paragraphs of the text, each on one line, artifacts removed."""
    raw = [line.rstrip() for line in text.split("\n")]
    lines = [line.strip() for line in raw if line.strip() and not is_page_debris(line)]
    if not lines:
        return []
    width = _typical_width(lines)
    paragraphs: list[str] = []
    current = ""
    current_width_ok = False
    for line in lines:
        starts_new = (
            not current
            or not current_width_ok
            or match_heading(line) is not None
            or _stands_alone(line)
            or _BULLET.match(line) is not None
        )
        if starts_new:
            if current:
                paragraphs.append(current)
            current = line
        else:
            current = join_wrapped(current, line)
        last_width = display_width(line)
        current_width_ok = (
            not _stands_alone(line)
            and last_width >= width * 0.8
            and not (ends_sentence(line) and last_width < width * 0.92)
        )
    if current:
        paragraphs.append(current)
    return [_squeeze(p) for p in paragraphs]


def _squeeze(paragraph: str) -> str:
    """Collapse runs of spaces inside a paragraph (table rows keep a visible gap of two)."""
    if _TABLE_GAP.search(paragraph):
        return re.sub(r"\s{3,}", "  ", paragraph)
    return re.sub(r"\s{2,}", " ", paragraph)
