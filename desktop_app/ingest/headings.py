"""Recognising outline numbering as Taiwanese official reports write it: 壹、 › 一、 › (一) › 1. › (1) › A.

Each numbering style has a fixed rank; the outline nests by rank, so a skipped level or a restarted count
still lands in the right place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CJK_NUMERALS = "零一二三四五六七八九十"
FORMAL_NUMERALS = "壹貳參肆伍陸柒捌玖拾"

# (rank, pattern). The label group is the numbering as written; the rest of the line is the heading.
_STYLES: list[tuple[int, re.Pattern[str]]] = [
    (0, re.compile(rf"^(?P<label>[{FORMAL_NUMERALS}]{{1,3}}\s*、)\s*(?P<rest>.*)$")),
    (1, re.compile(rf"^(?P<label>[{CJK_NUMERALS}]{{1,3}}\s*、)\s*(?P<rest>.*)$")),
    (2, re.compile(rf"^(?P<label>[（(]\s*[{CJK_NUMERALS}]{{1,3}}\s*[)）])\s*(?P<rest>.*)$")),
    # 3.5GHz is not item 3, but 3.5月4日 is item 3 of an agenda that starts with a date
    (3, re.compile(r"^(?P<label>\d{1,2}\s*[.、．])(?:(?![\d０-９])|(?=\d{1,2}\s*月))\s*(?P<rest>.*)$")),
    (4, re.compile(r"^(?P<label>[（(]\s*\d{1,2}\s*[)）])\s*(?P<rest>.*)$")),
    (5, re.compile(r"^(?P<label>[A-Z]\s*[.、．])(?![A-Za-z0-9])\s*(?P<rest>.*)$")),
]

_SENTENCE_END = "。！？；"


@dataclass(frozen=True)
class HeadingMatch:
    rank: int
    label: str  # normalised: spaces removed, full-width brackets as half-width
    rest: str  # the text after the numbering


def normalise_label(label: str) -> str:
    return re.sub(r"\s+", "", label).replace("（", "(").replace("）", ")").replace("．", ".")


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


def label_ordinal(label: str) -> int | None:
    """The number a label counts: 參、 → 3, (十二) → 12, 7. → 7, C. → 3."""
    core = re.sub(r"[、.()\s]", "", label)
    if core.isdigit():
        return int(core)
    if len(core) == 1 and "A" <= core <= "Z":
        return ord(core) - ord("A") + 1
    for numerals in (FORMAL_NUMERALS, CJK_NUMERALS):
        if core and all(ch in numerals for ch in core):
            return _cjk_number(core, numerals)
    return None


def _cjk_number(text: str, numerals: str) -> int:
    ten = numerals[-1]
    values = {ch: i for i, ch in enumerate(numerals[:-1], start=0 if numerals == CJK_NUMERALS else 1)}
    if ten in text:
        before, _, after = text.partition(ten)
        tens = values.get(before, 1) if before else 1
        return tens * 10 + (values.get(after, 0) if after else 0)
    return values.get(text, 0)


def ends_sentence(text: str) -> bool:
    return bool(text) and text.rstrip()[-1:] in _SENTENCE_END
