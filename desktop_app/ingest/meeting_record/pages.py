"""A record's running heads: the line a PDF repeats at the top or foot of each page (2021/TEL63/SUMMARY set
beside Page 2 of 3), which would otherwise stand in the text, split a paragraph the page cut, or join the
paragraph after it. A bare page number is reflow's to drop; here go those beside the record's symbol or title."""

from __future__ import annotations

import re
from functools import cache

from desktop_app.ingest.headings import ends_sentence
from desktop_app.ingest.meeting_record.recognise import PARAGRAPH_NUMBER
from desktop_app.ingest.meeting_record.words import record_words

RUNNING_HEAD_WIDTH = 60  # columns: a symbol or a short title beside the page's number, never a paragraph
_GAP = r"(?:\s{2,}|\s*[\t|｜]\s*)"  # a page sets its head's fields apart, wider than a space between words
_SYMBOL_LINE = re.compile(r"^\d{4}/[A-Z]{2,}\d{1,3}(?:/[A-Za-z0-9.\-]+)+$")  # 2021/TEL63/SUMMARY


@cache
def _marked() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(page's number first, page's number last), each with the text beside it and the gap between."""
    mark = record_words().page_mark
    return (
        re.compile(rf"^{mark}(?P<gap>{_GAP}|\s+)(?P<beside>.+)$", re.IGNORECASE),
        re.compile(rf"^(?P<beside>.+?)(?P<gap>{_GAP}|\s+){mark}$", re.IGNORECASE),
    )


def is_running_head(line: str) -> bool:
    """Whether a line is a page's number beside a short text that is no sentence (2021/TEL63/SUMMARY    Page 2
    of 3): set apart by a gap, or one word (a symbol) beside the count of pages, as a sentence that names a
    page in passing is not."""
    stripped = line.strip()
    for pattern in _marked():
        marked = pattern.match(stripped)
        if marked is None:
            continue
        beside = marked["beside"].strip(" |｜–—-")
        apart = re.fullmatch(_GAP, marked["gap"]) or (marked["count"] and len(beside.split()) == 1)
        if apart and _reads_as_head(beside):
            return True
    return False


def _reads_as_head(text: str) -> bool:
    """A symbol or a short title: no sentence, no numbered paragraph."""
    return 0 < len(text) <= RUNNING_HEAD_WIDTH and not ends_sentence(text) and PARAGRAPH_NUMBER.match(text) is None


def without_running_heads(text: str) -> str:
    """The text without its running heads: a page's number beside the record's symbol or title, and the symbol
    set alone again atop a later page (its first appearance stays: it names the record)."""
    kept: list[str] = []
    symbols_seen: set[str] = set()
    for line in text.split("\n"):
        stripped = line.strip()
        if is_running_head(stripped):
            continue
        if _SYMBOL_LINE.match(stripped):
            if stripped in symbols_seen:
                continue
            symbols_seen.add(stripped)
        kept.append(line)
    return "\n".join(kept)
