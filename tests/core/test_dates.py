"""Dates as Taiwanese reports write them: ROC years, ranges, full-width digits; impossible dates are None."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.dates import DateRange, gregorian_year, normalize_digits, parse_date, parse_date_range, roc_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("民國113年5月4日", date(2024, 5, 4)),
        ("113 年 5 月 4 日", date(2024, 5, 4)),
        ("2024年5月4日", date(2024, 5, 4)),
        ("2020.08.27 | 5G通訊", date(2020, 8, 27)),
        ("2023-11-05 14:30", date(2023, 11, 5)),
        ("2023/1/5", date(2023, 1, 5)),
        ("１１３年５月４日", date(2024, 5, 4)),
        ("２０２３-11-05", date(2023, 11, 5)),
        ("111/5/9", date(2022, 5, 9)),
        ("報告日期：111.06.10", date(2022, 6, 10)),
        ("88/12/31", date(1999, 12, 31)),
        ("Published: 15 May 2024 10:30", date(2024, 5, 15)),
        ("Sept. 5, 2023", date(2023, 9, 5)),
        ("May 9-13, 2022", date(2022, 5, 9)),
        ("9–13 May 2022", date(2022, 5, 9)),
    ],
)
def test_single_dates(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["113年2月30日", "2023.13.01", "2023-02-29", "113年0月1日", "no date here", "", "version 10.1.2", "3.5.1", "Mayor 5, 2024",
     "Feb 30, 2024"],
)
def test_invalid_or_missing_dates_are_none(text: str) -> None:
    assert parse_date(text) is None


def test_day_without_year_needs_a_default_year() -> None:
    assert parse_date("5月4日") is None
    assert parse_date("5月4日", default_year=2024) == date(2024, 5, 4)
    assert parse_date("5月4日", default_year=113) == date(2024, 5, 4)
    assert parse_date("11/14（一）", default_year=2022) == date(2022, 11, 14)
    assert parse_date("11/14") is None and parse_date("24/7", default_year=2022) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("113年5月4日至9日", date(2024, 5, 4), date(2024, 5, 9)),
        ("113年5月30日至6月2日", date(2024, 5, 30), date(2024, 6, 2)),
        ("2024年5月4日-2024年5月9日", date(2024, 5, 4), date(2024, 5, 9)),
        ("１１３年５月３０日～６月２日", date(2024, 5, 30), date(2024, 6, 2)),
        ("113年12月30日至1月2日", date(2024, 12, 30), date(2025, 1, 2)),
        ("113年5月4日", date(2024, 5, 4), date(2024, 5, 4)),
        ("民國111年5月9日(星期一)至5月13日(星期五)", date(2022, 5, 9), date(2022, 5, 13)),
        ("111年5月9日（一）至13日（五）", date(2022, 5, 9), date(2022, 5, 13)),
        ("111/5/9-111/5/13", date(2022, 5, 9), date(2022, 5, 13)),
        ("111/5/30~6/2", date(2022, 5, 30), date(2022, 6, 2)),
        ("2024.05.04 - 2024.05.09", date(2024, 5, 4), date(2024, 5, 9)),
        ("2024-05-04 (Sat) – 05-09 (Thu)", date(2024, 5, 4), date(2024, 5, 9)),
        ("May 9-13, 2022", date(2022, 5, 9), date(2022, 5, 13)),
        ("4–9 May 2024 (Arequipa, Peru)", date(2024, 5, 4), date(2024, 5, 9)),
        ("30 May - 2 June 2022", date(2022, 5, 30), date(2022, 6, 2)),
        ("May 30 to June 2, 2022", date(2022, 5, 30), date(2022, 6, 2)),
        ("May 30, 2022 - June 2, 2022", date(2022, 5, 30), date(2022, 6, 2)),
        ("5th May 2024", date(2024, 5, 5), date(2024, 5, 5)),
        ("中華民國一百十三年五月四日至九日", date(2024, 5, 4), date(2024, 5, 9)),
        ("一一三年五月三十日至六月二日（星期日）", date(2024, 5, 30), date(2024, 6, 2)),
        ("二〇二四年十二月三十一日", date(2024, 12, 31), date(2024, 12, 31)),
    ],
)
def test_ranges(text: str, start: date, end: date) -> None:
    assert parse_date_range(text) == DateRange(start, end)


def test_range_with_an_impossible_or_backward_end_is_one_day() -> None:
    assert parse_date_range("113年5月4日至32日") == DateRange(date(2024, 5, 4), date(2024, 5, 4))
    assert parse_date_range("113年5月4日至2日") == DateRange(date(2024, 5, 4), date(2024, 5, 4))


def test_range_of_an_invalid_start_or_no_date_is_none() -> None:
    assert parse_date_range("113年2月30日至3月2日") is None
    assert parse_date_range("明年再議") is None
    assert parse_date_range("5月4日至9日", default_year=2024) == DateRange(date(2024, 5, 4), date(2024, 5, 9))


def test_roc_years_and_digits() -> None:
    assert gregorian_year(113) == 2024
    assert gregorian_year(2024) == 2024
    assert normalize_digits("第１２３號") == "第123號"
    assert roc_text(date(2024, 5, 4)) == "113年5月4日"
