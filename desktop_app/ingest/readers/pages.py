"""Pages of a text: the lines that run along their tops and bottoms are furniture, not text.

A report's PDF repeats its running title, the agency's name or the date at the top or bottom of every page.
Left in, each lands in the middle of whatever paragraph a page break cuts, and the first may pass for the
document's title. The PDF reader knows its pages; a text extracted from a PDF (pdftotext) marks them with form
feeds, and a copy that lost them still shows where they stood when it keeps its page numbers: a page number
closes a page, and a form feed turned into a space opens the next page's first line (or a line of its own) with
one space. A text without page numbers is not cut into pages.
"""

from __future__ import annotations

import re
from collections import Counter

from desktop_app.ingest.line_kinds import is_caption_or_note
from desktop_app.ingest.reflow import is_page_debris

RUNNING_PAGES = 3  # a line at the top or bottom of at least this many pages, and of half of them, runs along them
PAGE_BREAK = "\f"
_LOST_PAGE_BREAK = re.compile(r"^ (?! )")  # a line opening with one space, where a form feed stood


def without_running_lines(pages: list[str]) -> list[str]:
    """The pages without the lines that run along the top or bottom of most of them (a report's running
    title, a footer with the agency's name or the date): left in, each would land in the middle of whatever
    paragraph a page break cuts. A line is known by its text with digits masked, so 第 3 頁 and 第 4 頁 are
    one; only the two first and two last lines of a page are looked at."""
    if len(pages) < RUNNING_PAGES:
        return pages
    split = [page.split("\n") for page in pages]
    edges = [_edge_indexes(lines) for lines in split]
    counts = Counter(key for lines, indexes in zip(split, edges) for key in {_running_key(lines[i]) for i in indexes})
    running = {key for key, count in counts.items() if key and count >= max(RUNNING_PAGES, len(pages) // 2)}
    if not running:
        return pages
    return [
        "\n".join(line for i, line in enumerate(lines) if i not in indexes or _running_key(line) not in running)
        for lines, indexes in zip(split, edges)
    ]


def _edge_indexes(lines: list[str]) -> set[int]:
    """The indexes of a page's two first and two last non-blank lines."""
    written = [index for index, line in enumerate(lines) if line.strip()]
    return set(written[:2] + written[-2:])


def _running_key(line: str) -> str:
    """The line with digits masked; "" (never running) for a caption or source note, which a page of photos
    may repeat (資料來源：團員拍攝) without it being the page's furniture."""
    if is_caption_or_note(line.strip()):
        return ""
    return re.sub(r"\d+", "#", " ".join(line.split()))


def without_running_lines_between_page_breaks(text: str) -> str:
    """A text extracted from a PDF, without the lines that run along its pages: pages apart by form feeds, or
    by the traces of form feeds lost (_pages_by_lost_breaks)."""
    if PAGE_BREAK in text:
        if text.count(PAGE_BREAK) + 1 < RUNNING_PAGES:
            return text
        return PAGE_BREAK.join(without_running_lines(text.split(PAGE_BREAK)))
    lines = text.split("\n")
    closes_page = [is_page_debris(line) for line in lines]
    if sum(closes_page) < RUNNING_PAGES:
        return text  # no page numbers, no pages: a plain text's indented lines are no page breaks
    pages = _pages_by_lost_breaks(lines, closes_page)
    if len(pages) < RUNNING_PAGES:
        return text
    return "\n".join(without_running_lines(["\n".join(page) for page in pages]))


def _pages_by_lost_breaks(lines: list[str], closes_page: list[bool]) -> list[list[str]]:
    """The lines of a text without form feeds, by page: a page opens at a line that starts with one space (where
    a form feed turned into a space stood) and closes after a page number (closes_page, line by line); a page
    holds some text."""
    pages: list[list[str]] = [[]]
    for line, closes in zip(lines, closes_page):
        if _LOST_PAGE_BREAK.match(line) and any(written.strip() for written in pages[-1]):
            pages.append([])
        pages[-1].append(line)
        if closes:
            pages.append([])
    return [page for page in pages if page]
