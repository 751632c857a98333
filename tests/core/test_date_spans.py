"""One rule for a span of days, however a day is written: ISO in briefs and the export, the reader's way on pages."""

from __future__ import annotations

from datetime import date

from desktop_app.core.date_spans import date_span, iso
from desktop_app.core.dates import roc_text

START, END = date(2024, 5, 4), date(2024, 5, 9)


def test_a_span_sets_both_ends_in_the_pattern_written_as_asked() -> None:
    assert date_span(START, END, iso, "{start} 至 {end}") == "2024-05-04 至 2024-05-09"
    assert date_span(START, END, roc_text, "{start}至{end}") == "113年5月4日至113年5月9日"


def test_a_one_day_meeting_or_one_known_end_is_one_day_and_none_is_empty() -> None:
    assert date_span(START, START, iso, "{start} to {end}") == "2024-05-04"
    assert date_span(START, None, iso, "{start} to {end}") == "2024-05-04"
    assert date_span(None, END, iso, "{start} to {end}") == "2024-05-09"
    assert date_span(None, None, iso, "{start} to {end}") == ""


def test_iso_is_empty_for_no_day() -> None:
    assert iso(START) == "2024-05-04" and iso(None) == ""
