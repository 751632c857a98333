"""The next meeting a trip report announces: in its decisions, in a part about it (肆、下次會議資訊), or in a
paragraph that opens with the words for it and goes on to say when or where (下次會議將於…); never in the
recommendations, nor in a paragraph that only says what to do before it (下次會議前，建議…)."""

from __future__ import annotations

import re

from desktop_app.core.drafts import MeetingDraft
from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.trip_report.template import template
from desktop_app.ingest.trip_report.tree import children, under
from desktop_app.ingest.word_lists import contains_any

_FIELD = re.compile(r"\S[：:]\s*\S")  # 會議日期：2024年8月26日至30日


def next_meeting_in(meeting: MeetingDraft, outline: list[OutlineSection]) -> str | None:
    """From the decisions when they name it, else a section about the next meeting (its first paragraph, or its
    fields: 肆、下次會議資訊 / 一、會議名稱：…), else a paragraph that opens with the words for it and goes on to
    announce it (三、閉幕 / 下次會議（TEL 67）將由…), without those words when a colon sets them apart as a label
    (下次會議：TEL 70將於… → TEL 70將於…). The recommendations are passed over: 下次會議前，建議… only says when."""
    words = template().next_meeting
    if meeting.next_meeting:
        return meeting.next_meeting
    for index in reversed(range(len(outline))):
        if not contains_any(outline[index].heading, words) or _recommending(outline, index):
            continue
        if outline[index].paragraphs:
            return outline[index].paragraphs[0]
        if facts := _field_headings(outline, index):
            return facts
    for index, section in enumerate(outline):
        if _recommending(outline, index):
            continue
        for paragraph in section.paragraphs:
            word = next((word for word in words if paragraph.startswith(word)), None)
            if word is None:
                continue
            rest = paragraph[len(word) :].lstrip()
            if not _announces(rest):
                continue
            return rest[1:].lstrip() if rest[:1] in ("：", ":") and rest[1:].strip() else paragraph
    return None


def _recommending(outline: list[OutlineSection], index: int) -> bool:
    """Whether a section is (within) the report's recommendations (參、心得與建議)."""
    return under(outline, index, template().recommendations)


def _field_headings(outline: list[OutlineSection], index: int) -> str | None:
    """A section's subsections that are fields (一、會議名稱：… / 二、會議日期：…), as one line."""
    facts = [outline[child].heading for child in children(outline, index)]
    facts = [fact for fact in facts if _FIELD.search(fact)]
    return "；".join(facts) or None


def _announces(rest: str) -> bool:
    """Whether what follows the words for the next meeting announces it: a colon or bracket, a word of when or
    where (將, 於, 訂), or its acronym or date (下次會議TEL 70…), not a word of before or after (下次會議前)."""
    return rest.startswith(template().next_meeting_follows) or (rest[:1].isascii() and rest[:1].isalnum())
