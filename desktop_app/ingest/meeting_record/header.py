"""A meeting record's facts from its opening: the meeting's name, forum and number, dates and place, and who
attended (the sentence that says so)."""

from __future__ import annotations

import re

from desktop_app.core.dates import DateRange, parse_date_range
from desktop_app.core.economies import registry
from desktop_app.ingest.meeting_record.words import record_words
from desktop_app.ingest.trip_report.meeting import canonical_forum, forum_named_in
from desktop_app.ingest.word_lists import contains_any

_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b", re.IGNORECASE)
_SYMBOL = re.compile(r"(?<![A-Za-z])([A-Z]{2,})\s?(\d{1,3})(?![\d])")  # (TEL67), 2023/TEL67/SUMMARY
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_FIELD_SEPARATORS = re.compile(r"\s*[|｜]\s*|\s{2,}|\t")


def forum_and_number(name: str, opening: str) -> tuple[str | None, int | None]:
    """('APEC TELWG', 67) from '67th APEC Telecommunications and Information Working Group Meeting'; the
    number from the record's symbol (TEL67) when the name gives none."""
    forum = forum_named_in(name) or forum_named_in(opening)
    ordinal = _ORDINAL.search(name)
    if ordinal:
        return forum, int(ordinal[1])
    symbol = _SYMBOL.search(name) or _SYMBOL.search(opening)
    if symbol is None:
        return forum, None
    return forum or canonical_forum(symbol[1]), int(symbol[2])


def record_title(head: list[str], name: str) -> str:
    """The record's kind and the meeting (Summary Report: 67th APEC … Meeting), or the meeting's name alone."""
    kind = next((line.strip() for line in head if contains_any(line, record_words().record_kinds)
                 and len(line.strip()) <= 40), None)
    if kind and kind.isupper():
        kind = kind.title()  # SUMMARY REPORT, as a cover sets it, reads as Summary Report in a title
    return f"{kind}: {name}" if kind and kind.casefold() not in name.casefold() else name


def sentences(text: str) -> list[str]:
    return [sentence.strip() for sentence in _SENTENCES.split(text) if sentence.strip()]


def field_value(head: list[str], field: str) -> str | None:
    """The value of a labelled field of the opening (Venue: Bangkok, Thailand)."""
    for line in head:
        label, colon, value = line.partition(":")
        if colon and value.strip() and label.strip().casefold() in {
            word.casefold() for word in record_words().fields[field]
        }:
            return value.strip()
    return None


def dates_and_place(head: list[str], opening: str) -> tuple[DateRange | None, str | None, str | None]:
    """(dates, their text, place): from labelled fields (Date: …, Venue: …), from 'held in Seattle, United
    States on 7-10 August 2023', else from a head line that gives both (Seattle, United States | 7-10 August
    2023)."""
    dated, place = field_value(head, "dates"), field_value(head, "place")
    if dated and (span := parse_date_range(dated)) is not None:
        return span, dated, place
    held = record_words().held.search(opening)
    if held and (span := parse_date_range(held["dates"])) is not None:
        return span, held["dates"].strip(), place or held["place"].strip(" ,")
    for at, line in enumerate(head):
        span = parse_date_range(line)
        if span is None:
            continue
        fields = [field.strip(" ,") for field in _FIELD_SEPARATORS.split(line.strip()) if field.strip(" ,")]
        place = place or ", ".join(field for field in fields if not re.search(r"\d", field)) or _place_beside(head, at)
        dated = " ".join(field for field in fields if re.search(r"\d", field))
        return span, dated or line.strip(), place
    return None, None, place


def _place_beside(head: list[str], at: int) -> str | None:
    """The line under (else over) the dates that names a place in an economy, as a record's cover sets them."""
    for line in (head[at + 1:at + 2] + head[max(at - 1, 0):at]):
        if not re.search(r"\d", line) and registry().find_in_text(line):
            return line.strip(" ,")
    return None


def attendance(text: str) -> tuple[list[str], list[str]]:
    """(present, absent) economies: those the sentence saying who attended names after its words for it
    (attended by Canada; …, The following economies participated: Canada; …), else before them (Canada, … and
    Peru participated), and those a sentence says were absent."""
    words = record_words()
    present: list[str] = []
    absent: list[str] = []
    for sentence in sentences(text):
        if contains_any(sentence, words.absent_words):
            absent.extend(code for code in registry().find_in_text(sentence) if code not in absent)
            continue
        folded = sentence.casefold()
        at = min((folded.find(word.casefold()) for word in words.attended if word.casefold() in folded), default=-1)
        if at < 0:
            continue
        named = registry().find_in_text(sentence[at:]) or registry().find_in_text(sentence[:at])
        present.extend(code for code in named if code not in present)
    return present, [code for code in absent if code not in present]
