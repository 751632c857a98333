"""Dates as Taiwanese reports write them: ROC years (民國113年 = 2024), ranges, and days without a year."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

ROC_OFFSET = 1911
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_SPACES = re.compile(r"\s+")

_YMD = re.compile(r"(?:民國)?(?P<y>\d{2,4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_MD = re.compile(r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日|(?<![\d/.])(?P<sm>\d{1,2})/(?P<sd>\d{1,2})(?![\d/])")
# 2024.05.04, 2024/5/4, 2024-05-04, and the ROC year so written (111/5/9, 111.05.09; 80-99 for the 1990s)
_DOTTED = re.compile(r"(?<![\d.])(?P<y>\d{4}|1\d\d|[89]\d)(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.])")
_TO = r"\s*(?:至|到|~|～|-|－|–|—)\s*"
_RANGE_TAIL = re.compile(rf"^{_TO}(?:(?P<y>\d{{2,4}})\s*年\s*)?(?:(?P<m>\d{{1,2}})\s*月\s*)?(?P<d>\d{{1,2}})\s*日")
_DOTTED_TAIL = re.compile(rf"^{_TO}(?:(?P<y>\d{{2,4}})[./-](?=\d{{1,2}}[./-]\d))?(?:(?P<m>\d{{1,2}})[./-])?(?P<d>\d{{1,2}})(?![\d.])")
# a day's weekday in brackets after it: (星期一), （一）, (週五), (Mon)
_WEEKDAY = re.compile(r"\s*[（(]\s*(?:(?:星期|週|周|禮拜)?\s*[一二三四五六日天]|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?)\s*[)）]")


def normalize_digits(text: str) -> str:
    """Full-width digits to ASCII, so that every parser sees one form."""
    return text.translate(_DIGITS)


def gregorian_year(year: int) -> int:
    """An ROC year (below 1000, e.g. 113) becomes its Gregorian year; a Gregorian year is kept."""
    return year + ROC_OFFSET if year < 1000 else year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(gregorian_year(year), month, day)
    except ValueError:
        return None


def _first_full_date(text: str) -> re.Match[str] | None:
    """The first date with its year, in words (113年5月4日) or in figures (2020.08.27, 111/5/9)."""
    found = [match for pattern in (_YMD, _DOTTED) if (match := pattern.search(text))]
    return min(found, key=lambda match: match.start()) if found else None


def parse_date(text: str, default_year: int | None = None) -> date | None:
    """The first date written in text: 113年5月4日, 2024年5月4日, 2020.08.27, 111/5/9, or 5月4日 with
    default_year."""
    text = normalize_digits(text)
    match = _first_full_date(text)
    if match:
        return _safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
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
    """A span such as 113年5月4日至9日, 113年5月30日至6月2日, 2024年5月4日-2024年5月9日 or 111/5/9-5/13, weekdays
    in brackets after a day (5月9日(星期一)) skipped.

    The end inherits the year and month the start gives when it leaves them out; a single date is a one-day range.
    """
    text = _WEEKDAY.sub("", normalize_digits(_SPACES.sub(" ", text)))
    match = _first_full_date(text)
    year = month = None
    if match:
        year, month = int(match["y"]), int(match["m"])
        start = _safe_date(year, month, int(match["d"]))
    elif default_year is not None and (match := _MD.search(text)):
        year, (month, day) = default_year, _month_day(match)
        start = _safe_date(year, month, day)
    else:
        return None
    if start is None:
        return None
    tail = (_DOTTED_TAIL if match.re is _DOTTED else _RANGE_TAIL).match(text[match.end() :])
    if not tail:
        return DateRange(start, start)
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


def roc_text(day: date) -> str:
    """A date written the ROC way, as reports do: 113年5月4日."""
    return f"{day.year - ROC_OFFSET}年{day.month}月{day.day}日"
