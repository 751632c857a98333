"""An English meeting record read into a document with its meeting: outline (agenda items › sub-items, numbered
paragraphs as text), the meeting's facts from its opening, sessions from the headings that name one, economy
updates, people, decisions and the next meeting."""

from __future__ import annotations

import re

from desktop_app.core.drafts import DocumentDraft
from desktop_app.ingest.meeting_record.bodies import by_body
from desktop_app.ingest.meeting_record.header import (
    attendance, dates_and_place, forum_and_number, record_title, sentences,
)
from desktop_app.ingest.meeting_record.pages import without_running_heads
from desktop_app.ingest.meeting_record.people import people_in
from desktop_app.ingest.meeting_record.recognise import PARAGRAPH_NUMBER, meeting_name_line
from desktop_app.ingest.meeting_record.updates import find_updates, with_update_sessions, without_number
from desktop_app.ingest.meeting_record.words import record_words
from desktop_app.ingest.headings import HeadingMatch, ends_sentence, match_heading
from desktop_app.ingest.outline import OutlineSection, build_outline, split_heading
from desktop_app.ingest.plain import sections_from_outline, title_from
from desktop_app.ingest.reflow import reflow
from desktop_app.ingest.trip_report.meeting import dated_meeting, next_meeting_from
from desktop_app.ingest.trip_report.narrated_sessions import sessions_from_outline
from desktop_app.ingest.trip_report.tree import ancestors, economy_named_by
from desktop_app.ingest.word_lists import contains_any

OPENING_SECTIONS = 2  # the facts of a meeting stand in the text before the first agenda item, or in the first


def _head(lines: list[str]) -> list[str]:
    """The record's opening lines, as written (a page's wrapping rules cannot tell its title from the line
    under it): those before the first heading or numbered paragraph."""
    head: list[str] = []
    for line in lines:
        if PARAGRAPH_NUMBER.match(line) or match_heading(line) is not None:
            break
        head.append(line.strip())
    return head


def _item_or_paragraph(match: HeadingMatch) -> tuple[str, str]:
    """(heading, body) of a numbered item. One that reads as a sentence is a paragraph, counted on across the
    record's parts (2. The following economies participated: …; 11. ACTION: Members to …), not a heading made of
    its words before a colon; any other item is split as an outline's are (1. Opening Remarks, 3.1 Australia)."""
    if match.label[:1].isdigit() and ends_sentence(match.rest):
        return "", match.rest
    return split_heading(match)


def _opening_beside_items(outline: list[OutlineSection], title: str) -> None:
    """The text before the first agenda item, titled as the record, stands beside the items rather than over
    them (as a trip report's cover does): a hit's path is then Economy Reports › Korea, not the title again."""
    outline[0].heading = title
    for section in outline[1:]:
        section.level -= 1
        section.parent = None if section.parent == 0 else section.parent


def _decisions(outline: list[OutlineSection]) -> list[str]:
    """Sentences in which the meeting agreed, endorsed, approved or decided something, outside the procedural
    items (The meeting adopted the agenda)."""
    words = record_words()
    verbs = "|".join(re.escape(verb) for verb in words.decision_verbs)
    said = re.compile(rf"^(?:The\s+)?(?:meeting|members|economies|[A-Z]{{2,}}\w*)\s+(?:\w+\s+){{0,2}}(?:{verbs})\b", re.I)
    found = []
    for index, section in enumerate(outline):
        if any(contains_any(outline[i].heading, words.procedural_items) for i in ancestors(outline, index) if i):
            continue
        found.extend(
            sentence
            for paragraph in section.paragraphs
            for sentence in sentences(without_number(paragraph))
            if said.match(sentence) and not contains_any(sentence, words.decision_excluded)
        )
    return found


def _next_meeting(outline: list[OutlineSection]) -> str | None:
    for section in outline:
        if section.label and contains_any(section.heading, record_words().next_meeting) and section.paragraphs:
            return without_number(section.paragraphs[0])
    return None


def parse_meeting_record(text: str, source: str, sha256: str, prejoined: bool = False) -> DocumentDraft:
    text = without_running_heads(text)
    paragraphs = reflow(text, prejoined)
    head = _head([line for line in text.splitlines() if line.strip()])
    name = meeting_name_line(head) or meeting_name_line(paragraphs) or title_from(paragraphs, source)
    outline = build_outline(paragraphs, preamble_heading=name, split=_item_or_paragraph)
    title = record_title(head, name)
    if outline and outline[0].rank == -1:
        _opening_beside_items(outline, title)
    opening = "\n".join(p for section in outline[:OPENING_SECTIONS] for p in section.paragraphs)
    forum, number = forum_and_number(name, opening)
    span, date_text, place = dates_and_place(head, opening)
    present, absent = attendance(opening)
    people = people_in(outline)
    chair = next((person for person in people if person.role == "chair"), None)
    meeting = dated_meeting(
        name,
        forum,
        number,
        span,
        date_text,
        place,
        chair_name=chair.name if chair else None,
        chair_organization=chair.organization if chair else None,
        economies_present=present,
        economies_absent=absent,
        decisions=(decisions := _decisions(outline)),
        next_meeting=_next_meeting(outline) or next_meeting_from(decisions, number),
        people=people,
    )
    narrated = by_body(sessions_from_outline(outline, meeting.start_date, meeting.end_date), outline,
                       meeting.start_date)
    meeting.sessions = with_update_sessions(narrated, outline, meeting.start_date, meeting.end_date)
    meeting.updates = find_updates(outline, meeting.sessions)
    sections = sections_from_outline(outline, economy_named_by)
    return DocumentDraft(
        title=title,
        kind="meeting_record",
        source=source,
        sha256=sha256,
        text="\n\n".join(paragraphs),
        published=meeting.end_date,
        sections=sections,
        meetings=[meeting],
    )
