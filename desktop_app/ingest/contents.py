"""Tables of contents, taken out of a text before it is classified and outlined.

A full report opens with 目次 (and often 圖目次, 表目次): entries that look like its headings and end with a
page number (壹、目的 ………… 1). Left in, they open empty sections ahead of the real ones and cut a report's cover
short at the first of them. An entry is recognised by its shape, never by a document's wording:

- a line whose page number follows a run of leaders (….., ．．．, ‧‧‧, ___), as a PDF or a typed contents has;
- in a run of at least three lines that read as headings or figure captions and end with a page number apart
  from the text (Word's contents, whose leaders are a tab's fill and come through as a gap), page numbers
  never going down.

A contents title line (目次, 目錄, Contents) directly before such entries goes with them.
"""

from __future__ import annotations

import re

from desktop_app.ingest.headings import match_heading

_PAGE = r"(?:\d{1,4}|[ivxlc]{1,7}|[IVXLC]{1,7})"
_LEADERS = re.compile(rf"\S\s*(?:[.．·‧・…‥⋯_]\s*){{4,}}(?P<page>{_PAGE})\s*$")
_APART = re.compile(r"\S(?:\s{2,}|\t)(?P<page>\d{1,4})\s*$")  # a page number set apart by a gap or a tab
_TITLE = re.compile(r"^\s*(?:[圖表]\s*)?(?:目\s*[次錄录]|(?:table\s+of\s+)?contents)\s*$", re.IGNORECASE)
_CAPTION = re.compile(r"^\s*(?:圖|表|figure|table)\s*\d", re.IGNORECASE)
RUN = 3  # entries without leaders: how many in a row make a contents


def without_contents(text: str) -> str:
    """The text without its tables of contents (their titles and entries); blank lines between entries go too."""
    lines = text.split("\n")
    dropped = _entries(lines)
    if not dropped:
        return text
    written = [index for index, line in enumerate(lines) if line.strip()]
    for index, following in zip(written, written[1:]):
        if _TITLE.match(lines[index]) and following in dropped:
            dropped.add(index)
    for index, following in zip(written, written[1:]):
        if index in dropped and following in dropped:
            dropped.update(range(index + 1, following))
    return "\n".join(line for index, line in enumerate(lines) if index not in dropped)


def _entries(lines: list[str]) -> set[int]:
    """Indexes of contents entries: every line with leaders, and runs of RUN or more apart-numbered headings."""
    entries = {index for index, line in enumerate(lines) if _LEADERS.search(line)}
    run: list[int] = []
    pages: list[int] = []
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        apart = _APART.search(line)
        page = int(apart["page"]) if apart and (match_heading(line) or _CAPTION.match(line)) else None
        if page is not None and (not pages or page >= pages[-1]):
            run.append(index)
            pages.append(page)
            continue
        if len(run) >= RUN:
            entries.update(run)
        run, pages = ([index], [page]) if page is not None else ([], [])
    if len(run) >= RUN:
        entries.update(run)
    return entries
