"""The meeting a trip report attended: its cover's facts, with those its body gives as fields (壹、會議概要) and
those its opening paragraph or summary states (…第68次會議於2024年5月4日至9日在秘魯阿雷基帕舉行). The opening
decides when the body's fields are another meeting's, and dates a meeting whose cover gives only the trip's days."""

from __future__ import annotations

from dataclasses import fields

from desktop_app.core.drafts import MeetingDraft
from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.trip_report.cover import Cover, body_fields
from desktop_app.ingest.trip_report.meeting import meeting_from_cover, meeting_from_opening


def _opening_paragraphs(cover: Cover, outline: list[OutlineSection]) -> list[str]:
    """The paragraphs that may say which meeting the report attended and when: its cover's summary (摘要), then
    its body's (the cover's own section left out, whose fields are read as fields)."""
    summary = [row.value for row in cover.rows_of("summary") if row.value]
    body = outline[1:] if cover.title else outline
    return [*summary, *(paragraph for section in body for paragraph in section.paragraphs)]


def _same_meeting(meeting: MeetingDraft, opening: MeetingDraft) -> bool:
    """Whether the opening can be telling of the meeting: no number of either disagrees."""
    return meeting.number is None or opening.number is None or meeting.number == opening.number


def _within(inner: MeetingDraft, outer: MeetingDraft) -> bool:
    """Whether inner's days fall within outer's (a meeting within the trip to it), when both are known."""
    if not (inner.start_date and inner.end_date and outer.start_date and outer.end_date):
        return False
    return outer.start_date <= inner.start_date and inner.end_date <= outer.end_date


def report_meeting(cover: Cover, body: list[str], outline: list[OutlineSection]) -> MeetingDraft:
    """The meeting from the cover and the fields the body gives that it lacks. The opening paragraph (or the
    cover's summary) tells which meeting the report attended: for a report that names none on its cover it fills
    in what is missing, and overrules body fields that give another meeting's number; for a cover that gives only
    the trip's days (出國期間), the meeting's own days within them come from it."""
    found = body_fields(body)
    merged = cover.with_rows(found)
    meeting = meeting_from_cover(merged)
    opening = meeting_from_opening(_opening_paragraphs(cover, outline))
    if opening is None:
        return meeting
    if found and not cover.lines("name") and not _same_meeting(meeting, opening):
        meeting = meeting_from_cover(cover)
    if not meeting.name:
        for fact in fields(MeetingDraft):
            if not getattr(meeting, fact.name):
                setattr(meeting, fact.name, getattr(opening, fact.name))
        return meeting
    if not merged.lines("dates") and _told_days(meeting, opening):
        meeting.start_date, meeting.end_date, meeting.date_text = opening.start_date, opening.end_date, opening.date_text
    return meeting


def _told_days(meeting: MeetingDraft, opening: MeetingDraft) -> bool:
    """Whether the opening's days are the meeting's own: days within the trip's of a meeting no number of either
    disagrees on, or, for a cover without days, the days of a meeting of the same number."""
    if meeting.start_date is None:
        return meeting.number is not None and meeting.number == opening.number
    return _same_meeting(meeting, opening) and _within(opening, meeting)
