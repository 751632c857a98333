"""Which parser a text goes to: a trip report, an English meeting record, a news article, or a plain document.

Decided by the shape of the text (the report template's headings and cover fields, a news dateline), never by
one file's exact wording.
"""

from __future__ import annotations

from desktop_app.ingest.headings import match_heading, opens_part
from desktop_app.ingest.news_article import has_dateline

_REPORT_MARKERS = ("目的", "過程", "心得", "建議", "會議名稱", "會議日期", "會議期間", "會議地點", "出席")


def _has_parts(text: str) -> bool:
    """Whether the text is laid out as a report: some line opens one of its parts (壹、 目的, 第一章 前言), or a
    cover of the template's fields comes before a body numbered from 一、."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if any(opens_part(match_heading(line)) for line in lines):
        return True
    from desktop_app.ingest.trip_report.cover import split_cover  # the report template, loaded only for reports

    cover, body = split_cover(lines)
    return bool(cover and body)


def classify(text: str) -> str:
    report_score = sum(marker in text for marker in _REPORT_MARKERS)
    if report_score >= 5 and _has_parts(text):
        return "trip_report"
    from desktop_app.ingest.meeting_record import is_meeting_record

    if is_meeting_record(text):
        return "meeting_record"
    if has_dateline(text):
        return "news_article"
    return "document"
