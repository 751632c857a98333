"""The schedule table (貳、過程 › 一、會議時間, 第二節 議程): one session per time span under a date, with its title,
kind and body.

Each row starts with a date (5月 4日（六）, 11/14（一）), which a day-by-day agenda may number (第1天, Day 2, 1.);
the times (9：00-10:30, full-width colons allowed) and titles follow on the same or the next lines, several
sessions under one date when each opens with its own time, on a line of its own or after a stop or comma
(09:00-12:00 團長會議；14:00-17:00 大會). A day of travel (搭機返國) is no session. A table a reader wrote (cells joined by " | ") or a
PDF's (cells apart by gaps) gives its title cell alone: the date, time and venue cells (Sala A, Room 3, 會議室)
are no part of it. An English title stands in [brackets] or (parentheses) and may wrap over lines.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import cache, reduce

from desktop_app.core.dates import normalize_digits, parse_date
from desktop_app.core.drafts import SessionDraft
from desktop_app.core.scripts import has_han
from desktop_app.ingest.headings import match_heading
from desktop_app.ingest.line_kinds import CELL_GAP, is_table_row
from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.reflow import join_wrapped
from desktop_app.ingest.trip_report.template import template
from desktop_app.ingest.word_lists import contains_any

_DAY_NUMBER = r"(?:第\s*[\d一二三四五六七八九十]{1,3}\s*天|Day\s*\d{1,2}|\d{1,2}\s*[.、．](?!\d{1,2}\s*/))"
_ROW_DATE = re.compile(
    rf"^(?:{_DAY_NUMBER}[\s:：，,]*)?"
    r"(?:(?:\d{2,4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|(?:\d{2,4}/)?\d{1,2}/\d{1,2}(?![\d/]))\s*(?:[（(][^）)]{1,3}[）)])?"
)
_TIME_SPAN = re.compile(r"(\d{1,2})\s*[:：]\s*(\d{2})\s*[-–—~～－至]\s*(\d{1,2})\s*[:：]\s*(\d{2})")
# a stop or comma after a session's title, before the next session's time on the same line
_BEFORE_NEXT_TIME = re.compile(rf"\s*[；;、，,]\s*(?={_TIME_SPAN.pattern})")
_ENGLISH = re.compile(r"[\[［]([^\]］]+)[\]］]|[(（]([^()（）]*[A-Za-z][^()（）]*)[)）]")
_TITLE_EDGE = " :：-－–,，、"
_CELL_EDGE = " |｜"
MIN_TITLE_MATCH = 0.4  # similarity below which a workshop title and a section heading are not the same event


def _is_schedule_heading(line: str) -> bool:
    match = match_heading(line)
    return match is not None and contains_any(match.rest, template().schedule_heading)


def schedule_lines(body: list[str]) -> list[str]:
    """The lines under the schedule heading (一、會議時間 under 貳、過程, (一)會議議程 in a report numbered from 一、,
    第二節 議程 in one laid out in chapters), up to the next heading of the same or a higher level: the first such
    block that holds a dated row, since the same words may head a part about the agenda's adoption (確認議程)."""
    for start, line in enumerate(body):
        if not _is_schedule_heading(line):
            continue
        rank = match_heading(line).rank
        end = next(
            (i for i in range(start + 1, len(body)) if (m := match_heading(body[i])) is not None and m.rank <= rank),
            len(body),
        )
        block = body[start + 1 : end]
        if any(_ROW_DATE.match(normalize_digits(row.strip(_CELL_EDGE))) for row in block):
            return block
    return []


def split_title(lines: list[str]) -> tuple[str, str | None]:
    """(Chinese title, English title): a bracketed part of several words, or a parenthesised one of several Latin
    words (大會開幕（Plenary Opening）), is the English title."""
    text = reduce(join_wrapped, lines, "").strip()
    english = next((m for m in _ENGLISH.finditer(text) if _is_english_title(m)), None)
    if english is None:
        return text, None
    chinese = (text[: english.start()] + text[english.end():]).strip(_TITLE_EDGE)
    title_en = re.sub(r"\s+", " ", english[1] or english[2]).strip()
    return chinese or title_en, title_en


def _is_english_title(match: re.Match[str]) -> bool:
    words = (match[1] or match[2]).strip()
    return " " in words and (match[1] is not None or not has_han(words))


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


def _cells(line: str) -> list[str]:
    """A table row's cells (apart by a reader's separator or a PDF's gap); a line of no table is one cell."""
    return [cell.strip() for cell in CELL_GAP.split(line.strip(_CELL_EDGE))]


def _is_venue(cell: str) -> bool:
    """A cell naming a room (Sala A, Room 3, 第一會議室), not a session: a title names its kind of session."""
    words = template().schedule_venue_words
    latin = [w for w in words if not has_han(w)]
    names_room = any(w in cell for w in words if has_han(w)) or bool(
        latin and re.search(rf"(?<![A-Za-z])(?:{'|'.join(map(re.escape, latin))})(?![a-z])", cell, re.IGNORECASE)
    )
    return names_room and session_kind(cell) == "other"


def _title_lines(rest: list[str], venues: set[str]) -> list[str]:
    """The lines of a session's title: a table row's cells without its time and venue cells."""
    lines: list[str] = []
    for line in rest:
        cells = _cells(line) if is_table_row(line) or CELL_GAP.search(line.strip()) else [line]
        for cell in cells:
            cell = _TIME_SPAN.sub("", normalize_digits(cell)).strip(_CELL_EDGE + "、，,；;")
            if cell and cell not in venues:
                lines.append(cell)
    return lines


def _session(date_cell: str, rest: list[str], year: int | None, venues: set[str]) -> SessionDraft:
    day = parse_date(date_cell, default_year=year)
    span = _TIME_SPAN.search(normalize_digits(" ".join(rest)))
    start = end = None
    if span:
        start, end = f"{int(span[1]):02d}:{span[2]}", f"{int(span[3]):02d}:{span[4]}"
    title, title_en = split_title(_title_lines(rest, venues))
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


def _sessions_on_line(line: str) -> list[str]:
    """A line cut before each time that follows a titled session after a stop or comma (09:00-12:00 團長會議；
    14:00-17:00 第一次大會): two sessions a writer put on one line. A time after a bare time (09:00-10:00、
    14:00-15:00 大會) is the same session's second span, not cut."""
    pieces: list[str] = []
    start = 0
    for cut in _BEFORE_NEXT_TIME.finditer(line):
        piece = line[start : cut.start()]
        spans = list(_TIME_SPAN.finditer(normalize_digits(piece)))
        if spans and normalize_digits(piece)[spans[-1].end() :].strip(_TITLE_EDGE + _CELL_EDGE):
            pieces.append(piece)
            start = cut.end()
    return [*pieces, line[start:]]


def _is_travel(rest: list[str]) -> bool:
    """A day without a session: no time span, and words of travel (搭機自桃園出發, 搭機返國)."""
    text = normalize_digits(" ".join(rest))
    return _TIME_SPAN.search(text) is None and contains_any(text, template().schedule_travel_words)


def _rows(lines: list[str]) -> list[tuple[str, list[str]]]:
    """(date cell, lines) of each session, in table order: a new one at each date, and at each line (or part of
    a line after a stop) opening with a time when the lines since the date already hold one (09:00-12:00 團長會議
    / 13:30-17:30 大會). Days of travel are left out."""
    rows: list[tuple[str, list[str]]] = []
    for line in (piece for line in lines for piece in _sessions_on_line(line)):
        text = normalize_digits(line).strip(_CELL_EDGE)
        match = _ROW_DATE.match(text)
        if match:
            remainder = text[match.end() :].strip(_CELL_EDGE)
            rows.append((match[0], [remainder] if remainder else []))
        elif rows and _TIME_SPAN.match(text) and _TIME_SPAN.search(" ".join(rows[-1][1])):
            rows.append((rows[-1][0], [text]))
        elif rows:
            rows[-1][1].append(line)
    return [(date_cell, rest) for date_cell, rest in rows if not _is_travel(rest)]


def _repeated_venues(rows: list[tuple[str, list[str]]]) -> set[str]:
    """The cells of the rows' venue column: cells naming a room, and any cell repeated in the column where such
    cells stand (a hall without a room word, Plenario, used again and again)."""
    venues: set[str] = set()
    columns: Counter[int] = Counter()
    for _date, rest in rows:
        cells = [cell for line in rest for cell in _cells(line) if is_table_row(line) or CELL_GAP.search(line.strip())]
        for position, cell in enumerate(reversed(cells)):
            if _is_venue(cell):
                venues.add(cell)
                columns[position] += 1
    if columns:
        column = columns.most_common(1)[0][0]
        seen = Counter(
            cells[-1 - column]
            for _date, rest in rows
            if len(cells := [c for line in rest for c in _cells(line)]) > column
        )
        venues |= {cell for cell, count in seen.items() if count > 1 and session_kind(cell) == "other"}
    return venues


def parse_schedule(lines: list[str], year: int | None) -> list[SessionDraft]:
    """Sessions in table order; lines before the first date (the table header) are skipped."""
    rows = _rows(lines)
    venues = _repeated_venues(rows)
    return [_session(date_cell, rest, year, venues) for date_cell, rest in rows]


def _squeeze(text: str) -> str:
    return re.sub(r"[\s\W_]+", "", text.casefold())


def _similarity(a: str, b: str) -> float:
    """How alike two titles are, ignoring spaces and punctuation (： versus －)."""
    return SequenceMatcher(None, _squeeze(a), _squeeze(b)).ratio()


def _pick(candidates: list[int], outline: list[OutlineSection]) -> int | None:
    """The outermost, then shortest-headed, of the candidate sections."""
    return min(candidates, key=lambda i: (outline[i].level, len(outline[i].heading)), default=None)


def link_sessions(sessions: list[SessionDraft], outline: list[OutlineSection]) -> None:
    """Tie each session to the report section that narrates it (by kind, body acronym or title likeness). A
    plenary or heads' meeting takes the section headed most like it that no earlier one took (第二次大會 is not
    narrated under 第一次大會), else the outermost of its kind, which narrates every one when it is the only one."""
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
            session.section = _most_alike(session, [i for i in named if i not in taken], outline)
            if session.section is None:
                session.section = _pick(named, outline)
            else:
                taken.add(session.section)
        elif session.kind in ("workshop", "roundtable"):
            event_words = words["workshop"] + words["roundtable"]
            session.section = _most_alike(
                session, [i for i in indexes if i not in taken and contains_any(outline[i].heading, event_words)], outline
            )
            if session.section is not None:
                taken.add(session.section)


def _most_alike(session: SessionDraft, candidates: list[int], outline: list[OutlineSection]) -> int | None:
    """The candidate section headed most like the session's title, Chinese or English; None when none is
    alike enough to be the same event."""
    scored = [
        (max(_similarity(session.title, outline[i].heading), _similarity(session.title_en or "", outline[i].heading)), i)
        for i in candidates
    ]
    best = max(scored, default=(0.0, None))
    return best[1] if best[0] >= MIN_TITLE_MATCH else None
