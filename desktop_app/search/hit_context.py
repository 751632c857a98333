"""What a result row shows besides its hit: the meeting its document reports, and, for a section that is only a
heading, the text that stands under it.

A library of trip reports repeats the same headings (會議主席, 未來會議) in every report: the meeting's short
name (APEC TELWG 66) is what tells their hits apart, and a heading with no text of its own says what it holds
through the first subsection that has text. Both are read for one page of hits in one query each.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable

from desktop_app.core.models import numbered_name
from desktop_app.search import snippets
from desktop_app.search.grams import HAN

_MEETINGS = (
    "SELECT document_id, forum, number FROM meetings WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY id"
)
# The first section after each asked one, in reading order, that has text and stands under it: before the next
# section at the asked one's level or above (that bound found once per asked section: worked out per candidate,
# a page of 50 took 130 ms).
_BELOW = """
WITH asked AS MATERIALIZED (
    SELECT s.id, s.document_id, s.position, coalesce((
        SELECT min(n.position) FROM sections n
        WHERE n.document_id = s.document_id AND n.position > s.position AND n.level <= s.level
    ), 9223372036854775807) AS bound
    FROM sections s WHERE s.id IN (SELECT value FROM json_each(?))
)
SELECT a.id, c.heading, c.text FROM asked a JOIN sections c ON c.id = (
    SELECT d.id FROM sections d
    WHERE d.document_id = a.document_id AND d.position > a.position AND d.position < a.bound AND length(d.text) > 0
    ORDER BY d.position LIMIT 1
)
"""
BELOW_WIDTH = 120  # characters, as a snippet
_CHINESE = re.compile(f"[{HAN}]")


def meeting_names(cursor: sqlite3.Cursor, document_ids: Iterable[int]) -> dict[int, str]:
    """The short name (forum and number) of the meeting each document reports, for those that name one; a
    report of two meetings names both."""
    names: dict[int, list[str]] = {}
    for document_id, forum, number in cursor.execute(_MEETINGS, (json.dumps(sorted(set(document_ids))),)):
        name = numbered_name(forum, number)
        if name and name not in names.setdefault(document_id, []):
            names[document_id].append(name)
    return {document_id: " / ".join(found) for document_id, found in names.items() if found}


def text_below(cursor: sqlite3.Cursor, section_ids: Iterable[int]) -> dict[int, str]:
    """For each section, its first subsection with text as a snippet ("heading：text…"); sections with none
    are left out."""
    below = {}
    for section_id, heading, text in cursor.execute(_BELOW, (json.dumps(sorted(set(section_ids))),)):
        heading = (heading or "").strip()
        joined = f"{heading}{_colon(heading)}{text.strip()}" if heading else text.strip()
        below[section_id] = snippets.snippet_around(joined, [], BELOW_WIDTH).text
    return below


def _colon(heading: str) -> str:
    """The colon a heading takes in its own script: full width after a Chinese one, a colon and space after one
    in English."""
    return "：" if _CHINESE.search(heading) else ": "
