"""Dates and session names in the reader's language, as every page and the tree write them."""

from __future__ import annotations

from datetime import date

from desktop_app.core import models as m
from desktop_app.ui.i18n import Strings
from desktop_app.ui.labels import date_range, format_date, format_month, session_time, session_title

ZH, EN = Strings("zh"), Strings("en")


def test_a_day_and_a_month_in_either_language() -> None:
    assert format_date(date(2024, 5, 4), ZH) == "2024年5月4日" and format_date(date(2024, 5, 4), EN) == "4 May 2024"
    assert format_month(date(2024, 5, 4), ZH) == "2024年5月" and format_month(date(2024, 5, 4), EN) == "May 2024"
    assert format_date(None, EN) == format_month(None, EN) == ""


def test_a_meeting_s_days_are_a_span_or_its_one_day() -> None:
    assert date_range(date(2024, 5, 4), date(2024, 5, 9), ZH) == "2024年5月4日 – 2024年5月9日"
    assert date_range(date(2024, 5, 4), date(2024, 5, 9), EN) == "4 May 2024 – 9 May 2024"
    assert date_range(date(2024, 5, 4), date(2024, 5, 4), EN) == "4 May 2024"
    assert date_range(None, None, EN) == ""


def test_a_session_is_named_and_timed_in_the_reader_s_language() -> None:
    session = m.AgendaSession(title="團長會議", title_en="HoD meeting", date=date(2024, 5, 4), start="09:00", end="10:30")
    assert session_title(session, ZH) == "團長會議" and session_title(session, EN) == "HoD meeting"
    assert session_time(session, ZH) == "2024年5月4日 09:00–10:30"
    assert session_time(m.AgendaSession(title="大會", date=None, start=None, end=None), EN) == ""
    assert session_title(m.AgendaSession(title="大會", title_en=None), EN) == "大會", "no kind either: the one given"


def test_a_session_with_no_english_title_is_named_in_english_by_its_kind() -> None:
    """In English, 團長會議 and [DPSG]指導分組會議 stayed Chinese though the vocabulary has words for them."""
    heads = m.AgendaSession(title="團長會議", title_en=None, kind="heads_of_delegation", date=date(2022, 11, 7))
    steering = m.AgendaSession(title="[DPSG]指導分組會議", title_en=None, kind="steering_group", body="DPSG")
    assert session_title(heads, EN) == "Heads of delegation · 7 Nov 2022"
    assert session_title(heads, EN, dated=False) == "Heads of delegation", "an agenda's row has its day beside it"
    assert session_title(steering, EN) == "Steering group (DPSG)"
    assert session_title(steering, ZH) == "[DPSG]指導分組會議"
    assert session_title(m.AgendaSession(title="參訪", title_en=None, kind="other"), EN) == "參訪", "Other says nothing"
