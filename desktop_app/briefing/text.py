"""Small text helpers for briefs: one-line gists, date spans, economy names."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import TypeVar

from desktop_app.briefing.labels import labels
from desktop_app.core import models as m
from desktop_app.core import date_spans, queries
from desktop_app.core.date_spans import iso
from desktop_app.core.dates import roc_text
from desktop_app.core.scripts import han_count
from desktop_app.core.economies import registry
from desktop_app.core.library import Library
from desktop_app.core.text_width import display_width
from desktop_app.core.topics import taxonomy

# a Chinese sentence's end, or an English one's: a full stop after a small letter, a digit or a bracket, before
# a capital or the end (not U.S. or 3.5)
_SENTENCE_END = re.compile(r"[。！？；!?]|(?<=[a-z0-9)])\.(?=\s+[A-Z]|\s*$)")
_SPACES = re.compile(r"\s+")
_LATIN = re.compile(r"[A-Za-z]")
Item = TypeVar("Item")


def one_line(text: str) -> str:
    """Text as one line: reports wrap lines mid-sentence, which must not show up on a printed page."""
    joined = re.sub(r"(?<=[\u2e80-\u9fff\uff00-\uffef])\s+(?=[\u2e80-\u9fff\uff00-\uffef])", "", text.strip())
    return _SPACES.sub(" ", joined)


def excerpt(text: str, limit: int) -> str:
    """The text as one line, at most as wide as limit Chinese characters (a Latin letter is half as wide, so an
    English line holds twice as many), cut with an ellipsis; between words where a Latin word would be cut."""
    line = one_line(text)
    room, cut = 2 * limit - 2, len(line)  # two columns left for the ellipsis
    for at, char in enumerate(line):
        room -= display_width(char)
        if room < 0:
            cut = at
            break
    if cut == len(line):
        return line
    space = line.rfind(" ", 0, cut)
    if line[cut - 1].isascii() and line[cut - 1].isalnum() and line[cut].isascii() and line[cut].isalnum() and space > cut // 2:
        cut = space  # not "submarine ca…"
    return line[:cut].rstrip() + "…"


def chinese_width(text: str) -> int:
    """How many Chinese characters' width text takes (a Latin letter is half of one), as excerpt counts."""
    return (display_width(text) + 1) // 2


def gist(text: str, limit: int = 70) -> str:
    """The first sentence, short enough for one table line."""
    line = one_line(text)
    match = _SENTENCE_END.search(line)
    if match:
        line = line[: match.end()]
    return excerpt(line, limit)


def written_in(text: str) -> str:
    """The language a text is written in, "zh" or "en": Chinese when its Chinese characters are at least half as
    many as its Latin letters (a Chinese gist quotes an English name; an English record names 墨西哥聯邦電信院)."""
    chinese = han_count(text)
    return "zh" if chinese and 2 * chinese >= len(_LATIN.findall(text)) else "en"


def economy_label(code: str, lang: str) -> str:
    """'日本 Japan' style: both names, the brief's language first."""
    economy = registry().get(code)
    if economy is None:
        return code
    return f"{economy.en} {economy.zh}" if lang == "en" else f"{economy.zh} {economy.en}"


def economy_names(codes: list[str], lang: str) -> str:
    return labels(lang)["list_separator"].join(registry().name(code, lang) for code in codes)


def topic_labels(ids: list[str], lang: str) -> str:
    topics = (topic.label(lang) for topic_id in ids if (topic := taxonomy().get(topic_id)))
    return labels(lang)["list_separator"].join(topics)


def date_span(start: date | None, end: date | None, pattern: str) -> str:
    """'2024-05-04 至 2024-05-09', or one date when the meeting took one day: ISO, as a brief's tables write
    dates."""
    return date_spans.date_span(start, end, iso, pattern)


def roc_span(start: date | None, end: date | None, as_written: str | None) -> str:
    """The dates the way the report writes them (ROC years); computed when the report gave none."""
    if as_written:
        return one_line(as_written)
    return date_spans.date_span(start, end, roc_text, "{start}至{end}")


def meeting_label(library: Library, meeting_id: int) -> str:
    """A meeting as a filter names it: its forum and number (APEC TELWG 68), else its name."""
    meeting = queries.meeting_detail(library, meeting_id)
    if meeting is None:
        return str(meeting_id)
    return m.numbered_name(meeting.forum, meeting.number) or one_line(meeting.name)


def listed_under(update: m.CountryUpdate) -> str:
    """The heading of the list an update stands in (Economy Reports, 國情報告), for one without a session: its
    section's own when the update is a paragraph of the list, its section's parent's when the update has a
    sub-item of its own (Australia, 日本)."""
    if update.session_id is not None or update.section is None:
        return ""
    section = update.section
    if registry().names_only(section.heading, update.economy) and section.path:
        return section.path[-1]
    return section.heading


def distinct_texts(items: Iterable[Item], text_of: Callable[[Item], str]) -> list[Item]:
    """The items less those whose text, as one line, an earlier one already holds: one report imported twice
    (from two files) gave every update of its meeting twice."""
    seen: set[str] = set()
    kept = []
    for item in items:
        key = one_line(text_of(item))
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def meeting_runs(meetings: Iterable[m.Meeting], separator: str) -> str:
    """Meetings by their short names, each once, numbers in runs: "APEC TELWG 61, 63–68"; a meeting with no
    number by its name."""
    numbers: dict[str, set[int]] = {}
    named: list[str] = []
    for meeting in meetings:
        if meeting.forum and meeting.number is not None:
            numbers.setdefault(meeting.forum, set()).add(meeting.number)
        elif one_line(meeting.name) not in named:
            named.append(one_line(meeting.name))
    listed = [f"{forum} {separator.join(_runs(sorted(held)))}" for forum, held in numbers.items()]
    return separator.join(listed + named)


def _runs(numbers: list[int]) -> list[str]:
    """Sorted numbers as runs: [61, 63, 64, 65] → ["61", "63–65"]."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return [f"{run[0]}–{run[-1]}" if len(run) > 1 else str(run[0]) for run in runs]
