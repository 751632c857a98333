"""Build the heading hierarchy from reflowed paragraphs: each section gets its label, heading, parent and own text.

Nesting follows the rank of the numbering style (壹 > 一、 > (一) > 1. > (1) > A.), not a counter, so numbering that
restarts or skips a level cannot derail it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.ingest.headings import (
    LETTER_RANK, ROMAN_RANK, HeadingMatch, ends_sentence, follows, in_sequence, match_heading, numeral_of,
)
from desktop_app.core.text_width import display_width

MAX_HEADING_WIDTH = 72  # columns; a longer numbered paragraph is a list item whose words are body text
_SENTENCE_MARKS = re.compile(r"[。，,；;！？、]")
_CLAUSE_END = re.compile(r"[，。；;,]")


@dataclass
class OutlineSection:
    level: int
    rank: int
    label: str
    heading: str
    parent: int | None
    paragraphs: list[str] = field(default_factory=list)
    run_in: bool = False  # the heading runs into its text in one paragraph (南韓：…), as a list's items do

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def split_heading(match: HeadingMatch) -> tuple[str, str]:
    """(heading, body) of a numbered paragraph.

    A short item is all heading; so is a wrapped one without any sentence punctuation. A long item keeps as its
    heading its first sentence when that is a plain phrase, else its words before the first colon.
    """
    rest = match.rest
    if display_width(rest) <= MAX_HEADING_WIDTH and not ends_sentence(rest):
        return rest, ""
    if display_width(rest) <= 2 * MAX_HEADING_WIDTH and not _SENTENCE_MARKS.search(rest) and not ends_sentence(rest):
        return rest, ""
    first, stop, after = rest.partition("。")
    if stop and after.strip() and not _SENTENCE_MARKS.search(first) and display_width(first) <= 2 * MAX_HEADING_WIDTH:
        return first.strip(), after.strip()
    for colon in ("：", ":"):
        head, sep, body = rest.partition(colon)
        if sep and 0 < display_width(head) <= MAX_HEADING_WIDTH:
            return head.strip(), body.strip()
    return "", rest


def first_clause(text: str) -> tuple[str, str]:
    """(first clause, the rest) of an item written as a sentence; the whole item and nothing when it is one
    clause."""
    found = _CLAUSE_END.search(text)
    if found is None or not text[: found.start()].strip():
        return text.strip(), ""
    return text[: found.start()].strip(), text[found.end() :].strip()


def _next_item(match: HeadingMatch, sections: list[OutlineSection], stack: list[int]) -> tuple[str, str]:
    """(heading, body) of a sentence item numbered next after an open section of its rank (三、積極參與…，爭取…。
    after 二、強化合作：…): an item of the same list, titled by its first clause; nothing for any other."""
    open_of_rank = next((sections[i] for i in reversed(stack) if sections[i].rank == match.rank), None)
    if open_of_rank is None or not follows(match, HeadingMatch(open_of_rank.rank, open_of_rank.label, "")):
        return "", match.rest
    return first_clause(match.rest)


def build_outline(
    paragraphs: list[str],
    preamble_heading: str = "",
    split: Callable[[HeadingMatch], tuple[str, str]] | None = None,
) -> list[OutlineSection]:
    """Sections in reading order. Text before the first heading becomes a level-0 section of its own. `split`
    tells a numbered item's heading from its body; a kind whose numbered items are paragraphs passes its own,
    and its items are just what it says. By default (split_heading) a sentence item numbered next after an open
    item is an item too, so one list's items stay apart however each is written."""
    sections: list[OutlineSection] = []
    stack: list[int] = []  # indexes of the open sections, outermost first
    letter: str | None = None
    roman: str | None = None
    for paragraph in paragraphs:
        match = match_heading(paragraph)
        heading, body = (split or split_heading)(match) if match else ("", paragraph)
        if match and not heading and split is None:
            heading, body = _next_item(match, sections, stack)
        if match and heading:
            match = in_sequence(match, letter, roman)
            letter = numeral_of(match) if match.rank == LETTER_RANK else letter
            roman = numeral_of(match) if match.rank == ROMAN_RANK else roman
            while stack and sections[stack[-1]].rank >= match.rank:
                stack.pop()
            parent = stack[-1] if stack else None
            sections.append(OutlineSection(len(stack), match.rank, match.label, heading, parent, run_in=bool(body)))
            stack.append(len(sections) - 1)
            if body:
                sections[-1].paragraphs.append(body)
            continue
        if not sections:
            sections.append(OutlineSection(0, -1, "", preamble_heading or paragraph[:40], None))
            stack.append(0)
        sections[stack[-1]].paragraphs.append(paragraph)
    return sections
