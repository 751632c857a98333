"""Build the heading hierarchy from reflowed paragraphs: each section gets its label, heading, parent and own text.

Nesting follows the rank of the numbering style (壹 > 一、 > (一) > 1. > (1) > A.), not a counter, so numbering that
restarts or skips a level cannot derail it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.ingest.headings import (
    LETTER_RANK, ROMAN_RANK, HeadingMatch, ends_sentence, in_sequence, match_heading, numeral_of,
)
from desktop_app.core.text_width import display_width

MAX_HEADING_WIDTH = 72  # columns; a longer numbered paragraph is a list item whose words are body text
_SENTENCE_MARKS = re.compile(r"[。，,；;！？、]")


@dataclass
class OutlineSection:
    level: int
    rank: int
    label: str
    heading: str
    parent: int | None
    paragraphs: list[str] = field(default_factory=list)

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


def build_outline(
    paragraphs: list[str],
    preamble_heading: str = "",
    split: Callable[[HeadingMatch], tuple[str, str]] = split_heading,
) -> list[OutlineSection]:
    """Sections in reading order. Text before the first heading becomes a level-0 section of its own. `split`
    tells a numbered item's heading from its body; a kind whose numbered items are paragraphs passes its own."""
    sections: list[OutlineSection] = []
    stack: list[int] = []  # indexes of the open sections, outermost first
    letter: str | None = None
    roman: str | None = None
    for paragraph in paragraphs:
        match = match_heading(paragraph)
        heading, body = split(match) if match else ("", paragraph)
        if match and heading:
            match = in_sequence(match, letter, roman)
            letter = numeral_of(match) if match.rank == LETTER_RANK else letter
            roman = numeral_of(match) if match.rank == ROMAN_RANK else roman
            while stack and sections[stack[-1]].rank >= match.rank:
                stack.pop()
            parent = stack[-1] if stack else None
            sections.append(OutlineSection(len(stack), match.rank, match.label, heading, parent))
            stack.append(len(sections) - 1)
            if body:
                sections[-1].paragraphs.append(body)
            continue
        if not sections:
            sections.append(OutlineSection(0, -1, "", preamble_heading or paragraph[:40], None))
            stack.append(0)
        sections[stack[-1]].paragraphs.append(paragraph)
    return sections
