"""Whether a text is an English meeting record: mostly Latin script, a line near its start naming a meeting
(67th APEC … Meeting), and the body of a record: agenda items (Agenda Item 3: …), or numbered paragraphs (5.,
2.1) under a line naming the kind of record (Summary Report) or with the sentence that says who attended.
Decided by shape, never by one record's wording."""

from __future__ import annotations

import re

from desktop_app.core.scripts import han_count
from desktop_app.ingest.headings import match_heading
from desktop_app.ingest.meeting_record.words import record_words
from desktop_app.ingest.word_lists import contains_any

HEAD_LINES = 20  # the meeting is named among a record's first lines
OPENING_LINES = 40
_LATIN = re.compile(r"[A-Za-z]")
_AGENDA_RANK = 1
# a paragraph's number (5., 2.1, 3.1.2) before its first word
PARAGRAPH_NUMBER = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3})*\.\s+|^\s*\d{1,3}(?:\.\d{1,3})+\s+")


def meeting_name_line(lines: list[str]) -> str | None:
    """The first of a record's opening lines that names a meeting."""
    pattern = record_words().meeting_name
    return next((line.strip() for line in lines[:HEAD_LINES] if pattern.match(line.strip())), None)


def _agenda_items(lines: list[str]) -> int:
    return sum(1 for line in lines if (match := match_heading(line)) is not None and match.rank == _AGENDA_RANK
               and match.label[:1].isalpha())


def is_meeting_record(text: str) -> bool:
    if han_count(text) * 4 > len(_LATIN.findall(text)):
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    if meeting_name_line(lines) is None:
        return False
    if _agenda_items(lines) >= 2:
        return True
    numbered = sum(1 for line in lines if (number := PARAGRAPH_NUMBER.match(line)) and line[number.end():][:1].isupper())
    says_record = any(contains_any(line, record_words().record_kinds) for line in lines[:HEAD_LINES])
    opening = "\n".join(lines[:OPENING_LINES])  # a record says who attended as it opens, not in passing later
    return numbered >= 3 and (says_record or contains_any(opening, record_words().attended))
