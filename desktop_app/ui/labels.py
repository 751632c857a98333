"""Dates and session names as the window writes them, in the reader's language (Qt-free): the pages, the tree
and the lists to choose from all name a day, a meeting's span and a session alike."""

from __future__ import annotations

from datetime import date

from desktop_app.core import models as m
from desktop_app.core.date_spans import date_span
from desktop_app.core.scripts import has_han
from desktop_app.ui.i18n import Strings


def format_date(value: date | None, strings: Strings) -> str:
    """2024年5月4日 / 4 May 2024; empty for no date."""
    if value is None:
        return ""
    if strings.lang == "en":
        return value.strftime("%d %b %Y").lstrip("0")
    return f"{value.year}年{value.month}月{value.day}日"


def format_month(value: date | None, strings: Strings) -> str:
    """2024年5月 / May 2024: enough to tell a forum's meetings apart."""
    if value is None:
        return ""
    return value.strftime("%b %Y") if strings.lang == "en" else f"{value.year}年{value.month}月"


def date_range(start: date | None, end: date | None, strings: Strings) -> str:
    """A meeting's days, 2024年5月4日 – 2024年5月9日, or its one day."""
    return date_span(start, end, lambda day: format_date(day, strings), "{start} – {end}")


def session_time(agenda: m.AgendaSession, strings: Strings) -> str:
    """When a session sat: its day and its hours, as far as the schedule gives them."""
    return " ".join(part for part in (format_date(agenda.date, strings), agenda.time_span) if part)


def session_title(agenda: m.AgendaSession, strings: Strings, dated: bool = True) -> str:
    """The session's title in the reader's language when the schedule gives both; in English, a session the
    schedule titles only in Chinese is named by its kind, its steering group and its day (Steering group
    (DPSG) · 8 Nov 2022), which the vocabulary has words for, rather than left in Chinese; without its day
    where the day stands beside it already (dated False: an agenda's rows, a day's branch). A session of no
    known kind keeps its title: "Other" would say nothing."""
    if strings.lang != "en":
        return agenda.title
    if agenda.title_en:
        return agenda.title_en
    if agenda.kind in (None, "", "other") or not has_han(agenda.title):  # an English record's own title stays
        return agenda.title
    kind = strings.term("session_kinds", agenda.kind) + (f" ({agenda.body})" if agenda.body else "")
    day = format_date(agenda.date, strings) if dated else ""
    return " · ".join(part for part in (kind, day) if part)
