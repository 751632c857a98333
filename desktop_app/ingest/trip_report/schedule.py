"""The schedule table (貳、過程 › 一、會議時間): one session per date cell, with times, titles, kind and body.

Each row starts with a date (5月 4日（六）, 11/14（一）); the time (9：00-10:30, full-width colons allowed) and the title
follow on the same or the next lines. An English title stands in [brackets] and may wrap over lines.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache, reduce

from desktop_app.core.dates import normalize_digits, parse_date
from desktop_app.core.drafts import SessionDraft
from desktop_app.core.scripts import has_han
from desktop_app.ingest.headings import match_heading
from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.reflow import join_wrapped
from desktop_app.ingest.trip_report.template import template
from desktop_app.ingest.word_lists import contains_any

_ROW_DATE = re.compile(
    r"^(?:(?:\d{2,4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|(?:\d{2,4}/)?\d{1,2}/\d{1,2}(?![\d/]))\s*(?:[（(][^）)]{1,3}[）)])?"
)
_TIME_SPAN = re.compile(r"(\d{1,2})\s*[:：]\s*(\d{2})\s*[-–—~～－至]\s*(\d{1,2})\s*[:：]\s*(\d{2})")
_ENGLISH = re.compile(r"[\[［]([^\]］]+)[\]］]")
_TITLE_EDGE = " :：-－–,，、"
MIN_TITLE_MATCH = 0.4  # similarity below which a workshop title and a section heading are not the same event


def schedule_lines(body: list[str]) -> list[str]:
    """The lines under the schedule heading (一、會議時間 under 貳、過程, or (一)會議議程 in a report numbered from
    一、), up to the next heading of the same or a higher level."""
    words = template().schedule_heading
    start: int | None = None
    rank = 0  # the schedule heading's
    for index, line in enumerate(body):
        match = match_heading(line)
        if match is None:
            continue
        if start is None and match.rank >= 1 and contains_any(match.rest, words):
            start, rank = index + 1, match.rank
        elif start is not None and match.rank <= rank:
            return body[start:index]
    return body[start:] if start is not None else []


def split_title(lines: list[str]) -> tuple[str, str | None]:
    """(Chinese title, English title): a bracketed part of several words is the English title."""
    text = reduce(join_wrapped, lines, "").strip()
    english = next((m for m in _ENGLISH.finditer(text) if " " in m[1].strip()), None)
    if english is None:
        return text, None
    chinese = (text[: english.start()] + text[english.end():]).strip(_TITLE_EDGE)
    title_en = re.sub(r"\s+", " ", english[1]).strip()
    return chinese or title_en, title_en


def session_kind(text: str) -> str:
    """The kind of session a title names (the template's session_kinds, first match), else "other"."""
    for kind, pattern in _session_kind_patterns():
        if pattern.search(text):
            return kind
    return "other"


@cache
def _session_kind_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each kind's words as one pattern: Chinese words anywhere, Latin ones whole and in any case (WORKSHOP ON …
    in an English record's headings, Workshops too; HoD, not the hod of methods)."""
    return tuple(
        (kind, re.compile("|".join(
            re.escape(word) if has_han(word) else rf"(?<![A-Za-z]){re.escape(word)}s?(?![A-Za-z])"
            for word in words
        ), re.IGNORECASE))
        for kind, words in template().session_kinds
    )


def _session(date_cell: str, rest: list[str], year: int | None) -> SessionDraft:
    day = parse_date(date_cell, default_year=year)
    joined = " ".join(rest)
    span = _TIME_SPAN.search(normalize_digits(joined))
    start = end = None
    title_lines = rest
    if span:
        start, end = f"{int(span[1]):02d}:{span[2]}", f"{int(span[3]):02d}:{span[4]}"
        title_lines = [_TIME_SPAN.sub("", normalize_digits(line)).strip() for line in rest]
        title_lines = [line for line in title_lines if line]
    title, title_en = split_title(title_lines)
    words = f"{title} {title_en or ''}"
    body = template().body_pattern.search(words)
    return SessionDraft(
        title=title,
        title_en=title_en,
        kind=session_kind(words),
        date=day,
        start=start,
        end=end,
        body=body[0] if body else None,
    )


def parse_schedule(lines: list[str], year: int | None) -> list[SessionDraft]:
    """Sessions in table order; lines before the first date (the table header) are skipped."""
    sessions: list[SessionDraft] = []
    date_cell: str | None = None
    rest: list[str] = []
    for line in lines:
        match = _ROW_DATE.match(normalize_digits(line))
        if match:
            if date_cell is not None:
                sessions.append(_session(date_cell, rest, year))
            date_cell = match[0]
            remainder = normalize_digits(line)[match.end():].strip()
            rest = [remainder] if remainder else []
        elif date_cell is not None:
            rest.append(line)
    if date_cell is not None:
        sessions.append(_session(date_cell, rest, year))
    return sessions


def _squeeze(text: str) -> str:
    return re.sub(r"[\s\W_]+", "", text.casefold())


def _similarity(a: str, b: str) -> float:
    """How alike two titles are, ignoring spaces and punctuation (： versus －)."""
    return SequenceMatcher(None, _squeeze(a), _squeeze(b)).ratio()


def _pick(candidates: list[int], outline: list[OutlineSection]) -> int | None:
    """The outermost, then shortest-headed, of the candidate sections."""
    return min(candidates, key=lambda i: (outline[i].level, len(outline[i].heading)), default=None)


def link_sessions(sessions: list[SessionDraft], outline: list[OutlineSection]) -> None:
    """Tie each session to the report section that narrates it (by kind, body acronym or title likeness)."""
    words = template().session_sections
    taken: set[int] = set()
    for session in sessions:
        indexes = range(len(outline))
        if session.kind == "steering_group" and session.body:
            candidates = [i for i in indexes if session.body in outline[i].heading]
            grouped = [i for i in candidates if contains_any(outline[i].heading, words["steering_group"])]
            session.section = _pick(grouped or candidates, outline)
        elif session.kind in ("plenary", "heads_of_delegation"):
            named = [i for i in indexes if contains_any(outline[i].heading, words[session.kind])]
            session.section = _pick(named, outline)
        elif session.kind in ("workshop", "roundtable"):
            event_words = words["workshop"] + words["roundtable"]
            scored = [
                (
                    max(_similarity(session.title, outline[i].heading), _similarity(session.title_en or "", outline[i].heading)),
                    i,
                )
                for i in indexes
                if i not in taken and contains_any(outline[i].heading, event_words)
            ]
            best = max(scored, default=(0.0, None))
            if best[1] is not None and best[0] >= MIN_TITLE_MATCH:
                session.section = best[1]
                taken.add(best[1])
