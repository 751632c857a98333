"""Pages of a text: the lines that run along their tops and bottoms are furniture, not text.

A report's PDF repeats its running title, the agency's name or the date at the top or bottom of every page.
Left in, each lands in the middle of whatever paragraph a page break cuts, and the first may pass for the
document's title. The PDF reader knows its pages; a text extracted from a PDF (pdftotext) marks them with form
feeds.
"""

from __future__ import annotations

import re
from collections import Counter

RUNNING_PAGES = 3  # a line at the top or bottom of at least this many pages, and of half of them, runs along them
PAGE_BREAK = "\f"


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
    return re.sub(r"\d+", "#", " ".join(line.split()))


def without_running_lines_between_page_breaks(text: str) -> str:
    """A text whose pages are marked by form feeds, without the lines that run along them."""
    if text.count(PAGE_BREAK) + 1 < RUNNING_PAGES:
        return text
    return PAGE_BREAK.join(without_running_lines(text.split(PAGE_BREAK)))
