"""The meeting a report covers, read from its cover: name, forum and number, dates, place, chair, attendance; or,
for a report without a cover, from the opening paragraph that says which meeting was held when and where."""

from __future__ import annotations

import re
from functools import cache, reduce
from typing import Any

from desktop_app.core.dates import DateRange, normalize_digits, parse_date_range
from desktop_app.core.drafts import MeetingDraft
from desktop_app.core.economies import registry
from desktop_app.core.numerals import chinese_number
from desktop_app.ingest.headings import match_heading
from desktop_app.ingest.reflow import join_wrapped, reflow
from desktop_app.ingest.trip_report.cover import Cover
from desktop_app.ingest.trip_report.people import latin_name_pattern
from desktop_app.ingest.trip_report.template import template
from desktop_app.ingest.word_lists import contains_any

_FORUM_NUMBER = re.compile(r"(?<![A-Za-z])((?:[A-Z]{2,}\s+)*[A-Z]{2,})\s*([-–]?)\s*(\d{1,3})(?!\d)")  # TELWG 68, PRF-23
_ORDINAL = re.compile(r"第\s*(\d{1,3}|[零〇一二三四五六七八九十百]{1,6})\s*[次屆]")  # 第68次, 第二十三屆
_CLAUSE = re.compile(r"[，。；;]")
_SENTENCE = re.compile(r"(?<=[。；;！？])")


def joined(lines: list[str]) -> str:
    """Wrapped cover lines as one line."""
    return reduce(join_wrapped, lines, "").strip()


@cache
def _acronyms() -> re.Pattern[str]:
    """Any acronym of a forum in the template, longest first, as a whole word in capitals (APEC TEL, TELWG)."""
    acronyms = sorted((name for names in template().forum_acronyms.values() for name in names), key=len, reverse=True)
    spelled = "|".join(r"\s+".join(map(re.escape, acronym.split())) for acronym in acronyms)
    # TEL-DESG names another body's meeting with the forum, not the forum: a dash and capitals end no acronym
    return re.compile(rf"(?<![A-Za-z])(?:{spelled})(?![A-Za-z])(?!\s*[-–]\s*[A-Z])" if acronyms else "(?!)")


def canonical_forum(acronym: str) -> str:
    """The forum's one name for an acronym reports write it by (APEC TEL, TELWG, TEL → APEC TELWG), so that each
    report's meeting and the forum's record of it share forum and number; any other acronym as written."""
    spaced = " ".join(acronym.split())
    return next((forum for forum, names in template().forum_acronyms.items() if spaced in names), spaced)


def forum_and_number(name: str, year: int | None = None) -> tuple[str | None, int | None]:
    """('APEC TELWG', 68) from a name such as '…第 68 次會議（APEC TELWG 68 Meeting）'; the number alone from
    '…第六十八次會議'. A number after a dash that is the meeting's year (WTDC-25 held in 2025) is no count of
    meetings: the forum then keeps the ordinal the name may give, else no number."""
    name = normalize_digits(name)
    match = _FORUM_NUMBER.search(name)
    if match and not (match[2] and year is not None and int(match[3]) == year % 100):
        return canonical_forum(match[1]), int(match[3])
    forum = canonical_forum(match[1]) if match else None
    ordinal = _ORDINAL.search(name)
    if ordinal is None:
        return forum, None
    return forum, int(ordinal[1]) if ordinal[1].isdigit() else chinese_number(ordinal[1])


def split_chair(lines: list[str]) -> tuple[str | None, str | None]:
    """(name, organization) of the chair: the honorific-led name, and the rest as organization."""
    text = joined(lines)
    match = next((found for found in latin_name_pattern(fewest_words=1).finditer(text) if found["honorific"]), None)
    if match:
        organization = _unbracketed((text[: match.start()] + text[match.end():]).strip(" ，,、"))
        return match["name"], organization or None
    if len(lines) >= 2:
        return lines[-1].strip(), joined(lines[:-1]) or None
    return (text or None), None


def _unbracketed(text: str) -> str:
    """Text without the brackets around all of it (Ms. Maria Lopez（墨西哥聯邦電信院）)."""
    if len(text) > 2 and text[0] in "（(" and text[-1] in "）)" and not re.search(r"[（()）]", text[1:-1]):
        return text[1:-1].strip()
    return text


def attendance(text: str) -> tuple[list[str], list[str]]:
    """(present, absent) economy codes of the cover's attendance field: each clause counts as absent when it
    says so, else as present (出席經濟體：澳洲、加拿大… lists the present without a word for it)."""
    words = template()
    present: list[str] = []
    absent: list[str] = []
    for clause in _CLAUSE.split(text):
        codes = registry().find_in_text(clause)
        if contains_any(clause, words.absent_words):
            absent.extend(code for code in codes if code not in absent)
        else:
            present.extend(code for code in codes if code not in present)
    return present, [code for code in absent if code not in present]


def decision_items(lines: list[str]) -> list[str]:
    """The numbered decisions, each one paragraph without its numbering."""
    items = []
    for paragraph in reflow("\n".join(lines)):
        match = match_heading(paragraph)
        items.append(match.rest if match else paragraph)
    return items


def next_meeting_from(decisions: list[str], number: int | None) -> str | None:
    """The decision that names the next meeting (by its number or by the words for it)."""
    for item in decisions:
        if (number is not None and re.search(rf"(?<!\d){number + 1}(?!\d)", item)) or contains_any(
            item, template().next_meeting
        ):
            return item
    return None


def meeting_name_in(title: str) -> str:
    """The meeting a report's title names: the title without the words around it (出席…會議報告 → …會議)."""
    words = template()
    name = title.strip()
    for prefix in words.title_prefixes:
        if name.startswith(prefix):
            name = name[len(prefix) :].strip()
            break
    for suffix in words.title_suffixes:
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)].strip()
            break
    return name or title


def forum_named_in(text: str) -> str | None:
    """The forum's acronym when the text names it in words instead (電信暨資訊工作小組 → APEC TELWG), the first so
    named when it names several; else by an acronym that stands apart from the number (APEC TELWG第67次會議).
    Words win over an acronym: a joint meeting's name holds the other forum's acronym (…指導小組第2次會議暨TEL-DESG
    聯席會議)."""
    folded = text.casefold()
    named = [
        (folded.find(name.casefold()), forum)
        for forum, names in template().forums.items()
        for name in names
        if name.casefold() in folded
    ]
    if named:
        return min(named)[1]
    acronym = _acronyms().search(text)
    return canonical_forum(acronym.group()) if acronym else None


def dated_meeting(
    name: str, forum: str | None, number: int | None, span: DateRange | None, date_text: str | None,
    location: str | None, **facts: Any,
) -> MeetingDraft:
    """A meeting with its days from span and its host from the first economy its place names; facts are the
    rest of MeetingDraft's fields."""
    hosts = registry().find_in_text(location) if location else []
    return MeetingDraft(
        name=name,
        forum=forum,
        number=number,
        start_date=span.start if span else None,
        end_date=span.end if span else None,
        date_text=date_text,
        location=location,
        host_economy=hosts[0] if hosts else None,
        **facts,
    )


def meeting_from_cover(cover: Cover) -> MeetingDraft:
    name = joined(cover.lines("name")) or meeting_name_in(cover.title)
    date_text = joined(cover.lines("dates")) or joined(cover.lines("trip_dates")) or None
    span = parse_date_range(date_text) if date_text else None
    year = span.start.year if span else None
    forum, number = forum_and_number(name, year)
    if number is None:
        title_forum, number = forum_and_number(cover.title, year)
        forum = forum or title_forum
    forum = forum or forum_named_in(name) or forum_named_in(cover.title)
    location = joined(cover.lines("location")) or joined(cover.lines("trip_place")) or None
    chair_name, chair_organization = split_chair(cover.lines("chair"))
    present, absent = attendance(joined(cover.lines("attendance")))
    decisions = decision_items(cover.lines("decisions"))
    return dated_meeting(
        name,
        forum,
        number,
        span,
        date_text,
        location,
        chair_name=chair_name,
        chair_organization=chair_organization,
        economies_present=present,
        economies_absent=absent,
        decisions=decisions,
        next_meeting=next_meeting_from(decisions, number),
    )


OPENING_REACH = 3  # paragraphs at the start of a report without a cover where it says which meeting it attended
MEETING_WORD_REACH = 6  # characters between a meeting's number and its word for a meeting (第3次高階會議)


def meeting_from_opening(paragraphs: list[str]) -> MeetingDraft | None:
    """The meeting the first sentence of the opening paragraphs to name a numbered meeting and a date tells of
    (…工作小組第68次會議於2024年5月4日至9日在秘魯阿雷基帕舉行): its name as written, its days, and the place
    between the words for where and for being held; None when the opening names no such meeting. Days and place
    are read first from the rest of the meeting's own clause, since an earlier clause may date and place another
    meeting (繼2023年8月於美國西雅圖舉行之第67次會議後，…)."""
    for paragraph in paragraphs[:OPENING_REACH]:
        for sentence in _SENTENCE.split(paragraph):
            named = _meeting_named_in(sentence)
            if named is None:
                continue
            name, end = named
            told = _CLAUSE.split(sentence[end:], maxsplit=1)[0]
            span = parse_date_range(told) or parse_date_range(sentence)
            if span:
                forum, number = forum_and_number(name, span.start.year)
                forum = forum or forum_named_in(name)
                dates = _date_words(told) or _date_words(sentence)
                return dated_meeting(name, forum, number, span, dates, _place_in(told) or _place_in(sentence))
    return None


def _meeting_named_in(sentence: str) -> tuple[str, int] | None:
    """The numbered meeting a sentence tells of (亞太經濟合作…第68次會議) and where its name ends: from the start of
    its clause, or from after a word of attending before it (…派員出席APEC…第68次會議), to the first word for a
    meeting after its number. Of several, the one its clause goes on to date or to say was held (…第68次會議於
    2024年5月4日…舉行), not one a clause before it names to say what came first (…第67次會議後，); else the first."""
    meeting_words = "|".join(map(re.escape, template().opening_narrative.meeting_words))
    named: list[tuple[str, int]] = []
    for ordinal in _ORDINAL.finditer(sentence):
        after = re.match(rf"[^，。；、]{{0,{MEETING_WORD_REACH}}}?(?:{meeting_words})", sentence[ordinal.end() :])
        if after is None:
            continue
        before = sentence[: ordinal.start()]
        attending = [before.rfind(word) + len(word) for word in template().title_prefixes if word in before]
        start = max([match.end() for match in _CLAUSE.finditer(before)] + attending + [0])
        end = ordinal.end() + after.end()
        named.append((sentence[start:end].strip(), end))
    told = [(name, end) for name, end in named if _tells_of(_CLAUSE.split(sentence[end:], maxsplit=1)[0])]
    if told:
        return told[0]
    return named[0] if named else None


def _tells_of(clause_rest: str) -> bool:
    """Whether the rest of a meeting's clause dates it or says it was held."""
    return _DATES.search(normalize_digits(clause_rest)) is not None or contains_any(
        clause_rest, template().opening_narrative.held
    )


_DATES = re.compile(
    r"(?:民國)?\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"(?:\s*[至到~～\-－–]\s*(?:\d{2,4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)?"
)


def _date_words(sentence: str) -> str | None:
    """The dates as the sentence writes them (2024年5月4日至9日), for the meeting's date_text."""
    match = _DATES.search(normalize_digits(sentence))
    return match.group() if match else None


def _place_in(sentence: str) -> str | None:
    """The place between a word for where (在, 於) and one for being held (舉行, 召開), without figures in it."""
    words = template().opening_narrative
    before = "|".join(map(re.escape, words.place_before))
    held = "|".join(map(re.escape, words.held))
    match = re.search(rf"(?:{before})(?P<place>[^，。；、\d]{{2,20}}?)(?:{held})", sentence)
    return match["place"].strip() if match else None
