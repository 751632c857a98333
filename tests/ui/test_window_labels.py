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
    assert session_title(m.AgendaSession(title="大會", title_en=None), EN) == "大會", "no English title: the one given"
