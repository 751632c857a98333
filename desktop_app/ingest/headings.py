"""Recognising outline numbering as Taiwanese official reports write it: 壹、 › 一、 › (一) › 1. › (1) › A., and
the chapters and sections of a report laid out as a book: 第一章 › 第一節 › 一、 ….

Each numbering style has a fixed rank; the outline nests by rank, so a skipped level or a restarted count
still lands in the right place. Ranks up to TOP_RANK open the report's parts (壹、, 第一章, 第一節); -1 is left
for the text before the first heading (outline.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CJK_NUMERALS = "零一二三四五六七八九十"
FORMAL_NUMERALS = "壹貳參肆伍陸柒捌玖拾"

TOP_RANK = 0
ROMAN_RANK = 0.9  # above 一、 and Agenda Item N, below the parts that end a cover
LETTER_RANK = 5
_ROMAN_BEFORE = {"I": None, "V": "IV", "X": "IX"}  # the numeral a one-letter Roman numeral follows
_WORD_NOT_UNIT = r"(?=[A-Z][a-z])(?!(?:[GMKT]?Hz|[GMKT]bps|[GMKT]B)\b)"
_COUNT = rf"第\s*(?:[{CJK_NUMERALS}百〇]{{1,4}}|\d{{1,2}})\s*"

# (rank, pattern). The label group is the numbering as written; the rest of the line is the heading.
_STYLES: list[tuple[int, re.Pattern[str]]] = [
    (-3, re.compile(rf"^(?P<label>{_COUNT}章)[\s、：:．.]*(?P<rest>.*)$")),
    (-2, re.compile(rf"^(?P<label>{_COUNT}節)[\s、：:．.]*(?P<rest>.*)$")),
    (0, re.compile(rf"^(?P<label>[{FORMAL_NUMERALS}]{{1,3}}\s*、)\s*(?P<rest>.*)$")),
    (1, re.compile(rf"^(?P<label>[{CJK_NUMERALS}]{{1,3}}\s*、)\s*(?P<rest>.*)$")),
    (2, re.compile(rf"^(?P<label>[（(]\s*[{CJK_NUMERALS}]{{1,3}}\s*[)）])\s*(?P<rest>.*)$")),
    # 3.5GHz is not item 3, but 3.5月4日 is item 3 of an agenda that starts with a date
    (3, re.compile(r"^(?P<label>\d{1,2}\s*[.、．])(?:(?![\d０-９])|(?=\d{1,2}\s*月))\s*(?P<rest>.*)$")),
    (4, re.compile(r"^(?P<label>[（(]\s*\d{1,2}\s*[)）])\s*(?P<rest>.*)$")),
    # Roman numerals open an English report's parts (I. INTRODUCTION); I., V. and X. may be letters instead,
    # which the outline tells by the item before them (in_sequence)
    (ROMAN_RANK, re.compile(r"^(?P<label>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\s*[.．])(?![A-Za-z0-9])\s*(?P<rest>.*)$")),
    (LETTER_RANK, re.compile(r"^(?P<label>[A-Z]\s*[.、．])(?![A-Za-z0-9])\s*(?P<rest>.*)$")),
    # English records: agenda items, and decimal numbering whose heading opens with a word (4.1 Digital …),
    # not a unit (3.5 GHz); a decimal heading nests under 4. as 4.1.1 does under 4.1
    (1, re.compile(r"^(?P<label>(?:agenda\s+)?item\s+\d{1,2}(?:\.\d{1,2})?[a-z]?)\s*[:.\-–—]\s*(?P<rest>.*)$", re.I)),
    (3.3, re.compile(rf"^(?P<label>\d{{1,2}}\.\d{{1,2}})\.?\s+{_WORD_NOT_UNIT}(?P<rest>.*)$")),
    (3.6, re.compile(rf"^(?P<label>\d{{1,2}}(?:\.\d{{1,2}}){{2,3}})\.?\s+{_WORD_NOT_UNIT}(?P<rest>.*)$")),
]

_SENTENCE_END = "。！？；"


@dataclass(frozen=True)
class HeadingMatch:
    rank: float
    label: str  # normalised: spaces removed (one kept between words: Agenda Item 3), full-width brackets as half-width
    rest: str  # the text after the numbering


def normalise_label(label: str) -> str:
    label = re.sub(r"(?<=[A-Za-z])\s+(?=[A-Za-z0-9])", " ", label.strip())
    return re.sub(r"(?<![A-Za-z])\s+|\s+(?![A-Za-z0-9])", "", label).replace("（", "(").replace("）", ")").replace("．", ".")


def opens_part(match: HeadingMatch | None) -> bool:
    """Whether a heading opens one of the report's parts (壹、, 第一章, 第一節), where its cover ends."""
    return match is not None and match.rank <= TOP_RANK


def match_heading(line: str) -> HeadingMatch | None:
    """The numbering a line starts with, if it reads as an outline heading.

    A heading needs its numbering followed by words (not by a digit or by nothing at all), so that 3.5GHz or a
    line that merely begins with 參 are not mistaken for one.
    """
    stripped = line.strip()
    for rank, pattern in _STYLES:
        match = pattern.match(stripped)
        if match and match["rest"].strip():
            return HeadingMatch(rank, normalise_label(match["label"]), match["rest"].strip())
    return None


def numeral_of(match: HeadingMatch) -> str:
    """A letter's or Roman numeral's heading label without its stop (H. and H、 are H)."""
    return match.label.rstrip(".、．")


def in_sequence(match: HeadingMatch, previous_letter: str | None, previous_roman: str | None) -> HeadingMatch:
    """A heading numbered I., V. or X. as the items before it read it: a letter after H., U. or W. (the ninth
    item of A. B. C. …), a Roman numeral when it opens the count (I.) or follows IV. or IX., else a letter."""
    numeral = numeral_of(match)
    if match.rank != ROMAN_RANK or numeral not in _ROMAN_BEFORE:
        return match
    after_letter = previous_letter is not None and ord(previous_letter) == ord(numeral) - 1
    roman = not after_letter and (numeral == "I" or previous_roman == _ROMAN_BEFORE[numeral])
    return match if roman else HeadingMatch(LETTER_RANK, match.label, match.rest)


_LATIN_SENTENCE_END = re.compile(r"[A-Za-z0-9)\]’\"'%]\s*[.!?]$")


def ends_sentence(text: str) -> bool:
    """Whether text ends a sentence: with a Chinese full stop (。！？；), or a Latin word's (The meeting adopted
    the agenda.), which an English numbered paragraph ends with and a heading does not."""
    stripped = text.rstrip()
    return bool(stripped) and (stripped[-1] in _SENTENCE_END or _LATIN_SENTENCE_END.search(stripped) is not None)


_COUNTED = re.compile(rf"[{CJK_NUMERALS}]+|[{FORMAL_NUMERALS}]+|\d+|[A-Z]")


def _numeral_value(numeral: str) -> int | None:
    """The count a numeral writes: 3, 三, 參, 十二, C; None for one it cannot read."""
    if numeral.isdigit():
        return int(numeral)
    if len(numeral) == 1 and "A" <= numeral <= "Z":
        return ord(numeral) - ord("A") + 1
    units = {ch: value for value, ch in enumerate(CJK_NUMERALS[:10])} | {
        ch: value for value, ch in enumerate(FORMAL_NUMERALS[:9], start=1)
    }
    tens, ten, ones = numeral.replace(FORMAL_NUMERALS[9], CJK_NUMERALS[10]).partition(CJK_NUMERALS[10])
    if not ten:
        return units.get(numeral) if len(numeral) == 1 else None
    if len(tens) > 1 or len(ones) > 1 or any(ch not in units for ch in tens + ones):
        return None
    return (units[tens] if tens else 1) * 10 + (units[ones] if ones else 0)


def follows(match: HeadingMatch, previous: HeadingMatch) -> bool:
    """Whether an item is numbered next after another in the same style (三、 after 二、, (3) after (2)), as a
    list goes on whatever its items read like."""
    if match.rank != previous.rank:
        return False
    numerals = [_COUNTED.search(label) for label in (match.label, previous.label)]
    if numerals[0] is None or numerals[1] is None:
        return False
    shapes = [label[: n.start()] + "#" + label[n.end() :] for label, n in zip((match.label, previous.label), numerals)]
    values = [_numeral_value(n[0]) for n in numerals]
    return shapes[0] == shapes[1] and None not in values and values[0] == values[1] + 1
