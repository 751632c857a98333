"""Dates as Taiwanese reports write them: ROC years (民國113年 = 2024), ranges, and days without a year; and as
English pages and covers write them (May 9-13, 2022; 30 May - 2 June 2022)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from desktop_app.core.numerals import CHINESE_NUMBER, chinese_number

ROC_OFFSET = 1911
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_SPACES = re.compile(r"\s+")
_CHINESE_DATE_NUMBER = re.compile(rf"({CHINESE_NUMBER.pattern})\s*([年月日])")

_YMD = re.compile(r"(?:民國)?(?P<y>\d{2,4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_MD = re.compile(r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日|(?<![\d/.])(?P<sm>\d{1,2})/(?P<sd>\d{1,2})(?![\d/])")
# 2024.05.04, 2024/5/4, 2024-05-04, and the ROC year so written (111/5/9, 111.05.09; 80-99 for the 1990s)
_DOTTED = re.compile(r"(?<![\d.])(?P<y>\d{4}|1\d\d|[89]\d)(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.])")
_TO = r"\s*(?:至|到|~|～|-|－|–|—)\s*"
_RANGE_TAIL = re.compile(rf"^{_TO}(?:(?P<y>\d{{2,4}})\s*年\s*)?(?:(?P<m>\d{{1,2}})\s*月\s*)?(?P<d>\d{{1,2}})\s*日")
_DOTTED_TAIL = re.compile(rf"^{_TO}(?:(?P<y>\d{{2,4}})[./-](?=\d{{1,2}}[./-]\d))?(?:(?P<m>\d{{1,2}})[./-])?(?P<d>\d{{1,2}})(?![\d.])")
# a day's weekday in brackets after it: (星期一), （一）, (週五), (Mon)
_WEEKDAY = re.compile(r"\s*[（(]\s*(?:(?:星期|週|周|禮拜)?\s*[一二三四五六日天]|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?)\s*[)）]")


_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
_MON = r"[A-Za-z]{3,9}\.?"  # a month's name or its abbreviation (checked against _MONTH_NAMES)
_DAY = r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?"
_EN_YEAR = r",?\s+(?P<y>\d{4})(?!\d)"
_EN_TO = r"\s*(?:-|–|—|~|～|to|through|until)\s*"
_EN_SINGLE = (
    re.compile(rf"(?<![A-Za-z])(?P<m1>{_MON})\s+(?P<d1>{_DAY}){_EN_YEAR}", re.IGNORECASE),  # May 9, 2022
    re.compile(rf"(?P<d1>{_DAY})\s+(?P<m1>{_MON}){_EN_YEAR}", re.IGNORECASE),  # 9 May 2022
)
_EN_RANGE = (  # May 9-13, 2022; May 30 - June 2, 2022; 9-13 May 2022; 30 May - 2 June 2022
    re.compile(rf"(?<![A-Za-z])(?P<m1>{_MON})\s+(?P<d1>{_DAY}){_EN_TO}(?:(?P<m2>{_MON})\s+)?(?P<d2>{_DAY}){_EN_YEAR}", re.IGNORECASE),
    re.compile(rf"(?P<d1>{_DAY})(?:\s+(?P<m1>{_MON}))?{_EN_TO}(?P<d2>{_DAY})\s+(?P<m2>{_MON}){_EN_YEAR}", re.IGNORECASE),
)
# One date as a page writes it, without groups, to find among a line's other fields (a news page's dateline, a
# web page's time stamp); parse_date then reads it. The year is Gregorian or the ROC's (113-05-15, 民國113年5月15日),
# figures may stand apart from their separators (2024 / 05 / 15), and a month's name is not checked here.
_WRITTEN_YEAR = r"(?:民國)?(?:\d{4}|1\d{2})"
WRITTEN_DATE = (
    rf"{_WRITTEN_YEAR}\s*[./-]\s*\d{{1,2}}\s*[./-]\s*\d{{1,2}}|{_WRITTEN_YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
    rf"|{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON},?\s+\d{{4}}"
)


class _Found(NamedTuple):
    """A date with its year found in text: where it stands, its parts, and how its range's end is written."""

    start: int
    end: int
    year: int
    month: int
    day: int
    tail: re.Pattern[str] | None  # the pattern of a range's end written after it (至9日, -5/13), if any


def normalize_digits(text: str) -> str:
    """Full-width digits to ASCII, so that every parser sees one form."""
    return text.translate(_DIGITS)


def _date_numbers(text: str) -> str:
    """Years, months and days in Chinese numerals as figures (民國一百十三年五月四日 → 民國113年5月4日), as formal
    documents write them."""
    return _CHINESE_DATE_NUMBER.sub(lambda match: f"{chinese_number(match[1])}{match[2]}", text)


def gregorian_year(year: int) -> int:
    """An ROC year (below 1000, e.g. 113) becomes its Gregorian year; a Gregorian year is kept."""
    return year + ROC_OFFSET if year < 1000 else year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(gregorian_year(year), month, day)
    except ValueError:
        return None


def _month_number(name: str) -> int | None:
    """1-12 for a month's English name or abbreviation (Sept., Jun), None for any other word."""
    word = name.rstrip(".").casefold()
    if len(word) < 3:
        return None
    return next((number for number, full in enumerate(_MONTH_NAMES, 1) if full.startswith(word)), None)


def _day(text: str) -> int:
    return int(re.match(r"\d+", text)[0])


def _first_full_date(text: str) -> _Found | None:
    """The first date with its year, in words (113年5月4日), in figures (2020.08.27, 111/5/9) or in English
    (May 4, 2024; 4 May 2024)."""
    found = [
        _Found(match.start(), match.end(), int(match["y"]), int(match["m"]), int(match["d"]), tail)
        for pattern, tail in ((_YMD, _RANGE_TAIL), (_DOTTED, _DOTTED_TAIL))
        if (match := pattern.search(text))
    ]
    for pattern in _EN_SINGLE:
        for match in pattern.finditer(text):
            month = _month_number(match["m1"])
            if month is not None:
                found.append(_Found(match.start(), match.end(), int(match["y"]), month, _day(match["d1"]), None))
                break
    return min(found, key=lambda item: item.start) if found else None


def _english_range(text: str) -> tuple[int, DateRange | None] | None:
    """(where it stands, the span) of the first English range (May 9-13, 2022; 30 May - 2 June 2022)."""
    for pattern in _EN_RANGE:
        for match in pattern.finditer(text):
            second = _month_number(match["m2"]) if match["m2"] else None
            first = _month_number(match["m1"]) if match["m1"] else second
            if first is None or (match["m2"] and second is None):
                continue
            year = int(match["y"])
            start = _safe_date(year, first, _day(match["d1"]))
            end = _safe_date(year, second or first, _day(match["d2"]))
            if start is None:
                return match.start(), None
            return match.start(), DateRange(start, end if end is not None and end >= start else start)
    return None


def parse_date(text: str, default_year: int | None = None) -> date | None:
    """The first date written in text: 113年5月4日, 2024年5月4日, 2020.08.27, 111/5/9, May 4, 2024, or 5月4日
    with default_year."""
    text = _date_numbers(normalize_digits(text))
    found = _first_full_date(text)
    english = _english_range(text)
    if english is not None and (found is None or english[0] <= found.start):
        return english[1].start if english[1] else None
    if found:
        return _safe_date(found.year, found.month, found.day)
    if default_year is not None:
        match = _MD.search(text)
        if match:
            return _safe_date(default_year, *_month_day(match))
    return None


def _month_day(match: re.Match[str]) -> tuple[int, int]:
    """(month, day) of an _MD match, in words (5月4日) or in figures (5/4)."""
    return int(match["m"] or match["sm"]), int(match["d"] or match["sd"])


@dataclass(frozen=True)
class DateRange:
    start: date
    end: date


def parse_date_range(text: str, default_year: int | None = None) -> DateRange | None:
    """A span such as 113年5月4日至9日, 113年5月30日至6月2日, 2024年5月4日-2024年5月9日, 111/5/9-5/13 or
    May 9-13, 2022, weekdays in brackets after a day (5月9日(星期一)) skipped.

    The end inherits the year and month the start gives when it leaves them out; a single date is a one-day range.
    """
    text = _WEEKDAY.sub("", _date_numbers(normalize_digits(_SPACES.sub(" ", text))))
    found = _first_full_date(text)
    english = _english_range(text)
    if english is not None and (found is None or english[0] <= found.start):
        return english[1]
    if found:
        year, month, after = found.year, found.month, found.end
        start = _safe_date(year, month, found.day)
        tail_pattern = found.tail
    elif default_year is not None and (match := _MD.search(text)):
        year, (month, day), after = default_year, _month_day(match), match.end()
        start = _safe_date(year, month, day)
        tail_pattern = _RANGE_TAIL if match["m"] else _DOTTED_TAIL
    else:
        return None
    if start is None:
        return None
    tail = tail_pattern.match(text[after:]) if tail_pattern is not None else None
    if tail is None:
        end = _english_end(text[after:])
        return DateRange(start, end) if end is not None and end >= start else DateRange(start, start)
    end = _safe_date(
        int(tail["y"]) if tail["y"] else year,
        int(tail["m"]) if tail["m"] else month,
        int(tail["d"]),
    )
    if end is not None and end < start and tail["m"] and not tail["y"]:
        end = _safe_date(end.year + 1, end.month, end.day)  # 12月30日至1月2日 runs into the next year
    if end is None or end < start:
        return DateRange(start, start)
    return DateRange(start, end)


def _english_end(after: str) -> date | None:
    """The end of a range whose both days are written in full (May 30, 2022 - June 2, 2022)."""
    separator = re.match(_EN_TO, after, re.IGNORECASE)
    if separator is None:
        return None
    found = _first_full_date(after[separator.end() :])
    return _safe_date(found.year, found.month, found.day) if found is not None and found.start == 0 else None


def roc_text(day: date) -> str:
    """A date written the ROC way, as reports do: 113年5月4日."""
    return f"{day.year - ROC_OFFSET}年{day.month}月{day.day}日"
