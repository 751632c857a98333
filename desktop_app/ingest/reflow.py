"""Undo PDF-extraction damage: drop page numbers and break debris, rejoin hard-wrapped lines into paragraphs.

A wrapped line is recognised by its width: it runs (nearly) to the right margin of the text around it and does
not end a sentence, nor a quote it opened. Chinese is joined without a space, Latin words with one. Headings, figure
captions, table rows and short lines stand as paragraphs of their own; an agenda's day rows (第3天 5月4日 …,
5月4日（六）) each open one, though a row's cells on the lines after it (its time, its title) may run on in it.
"""

from __future__ import annotations

import re

from desktop_app.core.scripts import HAN, WIDE
from desktop_app.core.text_width import display_width
from desktop_app.ingest.line_kinds import (
    BULLET, DAY_ROW, FIGURE_CAPTION, TABLE_CAPTION, is_caption_or_note, is_table_row,
)
from desktop_app.ingest.headings import ends_sentence, match_heading, opens_part

_DASH = r"[-–—─－]"
_OF = r"\s*[/／，,、]?\s*"  # between this page's number and the count of pages
_PAGE_NUMBER = re.compile(
    rf"^\s*(?:{_DASH}\s*)?(?:第\s*)?\d{{1,4}}(?:\s*頁)?(?:{_OF}共\s*\d{{1,4}}\s*頁|\s*[/／]\s*\d{{1,4}})?(?:\s*{_DASH})?\s*$"
    rf"|^\s*共\s*\d{{1,4}}\s*頁{_OF}第\s*\d{{1,4}}\s*頁\s*$"
    r"|^\s*(?:Page|page|P\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$"
    rf"|^\s*(?:{_DASH}\s*)?[ivx]{{1,5}}(?:\s*{_DASH})?\s*$"  # front matter (摘要, 目次) numbered i, ii, iii
)
_TABLE_GAP = re.compile(r"\S\s{3,}\S")
_OPENERS = "(（[［【「『《〈“"
_CLOSERS = ")）]］】」』》〉”"
SENTENCE_END_MARGIN = 0.92  # of the block's width: a line ending a sentence short of it ends its paragraph
_RUNS_ON = re.compile(r"[，、；,;]|[：:]\s*\S|[A-Za-z0-9\-]$")


def join_wrapped(left: str, right: str) -> str:
    """Join two pieces of a wrapped line: no space between CJK, one space between Latin words."""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left + right
    a, b = left[-1], right[0]
    if display_width(a) == 2 or display_width(b) == 2:
        return left + right
    if a == "-" and len(left) > 1 and left[-2].isalpha() and b.islower():
        return left[:-1] + right  # a hyphenated Latin word split across lines
    if a in "/(（[" or b in ",.;:)）]":
        return left + right
    return left + " " + right


def is_page_debris(line: str) -> bool:
    return bool(_PAGE_NUMBER.match(line))


def _stands_alone(line: str) -> bool:
    """Lines that open a paragraph of their own: captions, sources, table rows (a PDF's, apart by gaps, or a
    reader's, cells joined by a separator)."""
    return is_caption_or_note(line) or bool(_TABLE_GAP.search(line)) or is_table_row(line)


def _balanced(text: str) -> bool:
    """True when every bracket or quote opened in text is closed again."""
    depth = 0
    for ch in text:
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(depth - 1, 0)
    return depth == 0


def _title_rest(paragraph: str) -> str | None:
    """The words of a heading or caption paragraph after its numbering; None for any other paragraph."""
    match = match_heading(paragraph)
    if match is not None:
        return match.rest
    caption = FIGURE_CAPTION.match(paragraph) or TABLE_CAPTION.match(paragraph)
    return paragraph[caption.end():] if caption else None


def _is_tail(line: str, width: int) -> bool:
    """A short line that can only be the end of a wrapped title: no numbering, no sentence end."""
    return (
        bool(line)
        and display_width(line) < width * 0.6
        and not ends_sentence(line)
        and match_heading(line) is None
        and not _stands_alone(line)
        and BULLET.match(line) is None
    )


def _title_continues(paragraph: str, line: str, next_line: str, body_width: int) -> bool:
    """Whether a heading or caption paragraph runs on into the next line.

    A title runs on while a bracket is open, when its line is as wide as the body lines below it and reads as a
    sentence (a long list item: a comma, text after a colon, a word cut off), or when a nearly full line is
    followed by a short tail. A complete heading line, shorter than the body
    below, stands alone, so the body is not swallowed into it.
    """
    if not _balanced(paragraph) and display_width(paragraph) < body_width * 4:
        return True
    if _runs_on_in_lower_case(line, next_line):
        return True
    width = display_width(line)
    if ends_sentence(line) and not _at_margin(width, body_width):
        return False
    if width >= body_width * 0.95 and _RUNS_ON.search(_title_rest(paragraph) or ""):
        return True
    return width >= body_width * 0.75 and _is_tail(next_line, body_width)


def _at_margin(width: int, body_width: int) -> bool:
    """Whether a line ends at the margin of the body around it: a page wraps a sentence-ending line there only.
    A line much wider than that body was never wrapped to it (text written one paragraph a line)."""
    return body_width * SENTENCE_END_MARGIN <= width <= body_width * (2 - SENTENCE_END_MARGIN)


_LOWER_START = re.compile(r"[a-z]")
_WORD_FRAGMENT = re.compile(rf"[{HAN}]{{1,4}}")  # a part heading's last characters, wrapped


def _part_heading_runs_on(paragraph: str, next_line: str, line_after: str) -> bool:
    """A part's heading (第三章, 第二節, 壹、), set large, wraps its last characters onto a line of their own
    (第三章　心得與建 / 議): a few Chinese characters without punctuation, standing before the next heading or at
    the end, are its tail and no body of its own, however short the heading is beside the body."""
    return (
        opens_part(match_heading(paragraph))
        and _WORD_FRAGMENT.fullmatch(next_line) is not None
        and (not line_after or match_heading(line_after) is not None)
    )


def _runs_on_in_lower_case(line: str, next_line: str) -> bool:
    """An English sentence cut by the page: the line ends without a full stop and the next opens in lower case,
    which no heading, item or paragraph of its own does."""
    return bool(_LOWER_START.match(next_line)) and not ends_sentence(line) and not line.endswith((":", "："))


QUOTE_REACH = 4  # block widths a paragraph may run on for a quote it opened; a stray bracket goes no further


def _quote_runs_on(paragraph: str, next_line: str, width: int) -> bool:
    """A paragraph ends neither inside a quote or bracket it opened (“…發展。 / ”隨後…), whatever its line's width
    says, nor before a line that opens with a closing mark, which ends a quote and no paragraph starts with."""
    if next_line[:1] in _CLOSERS:
        return True
    return not _balanced(paragraph) and display_width(paragraph) < width * QUOTE_REACH


def _local_widths(lines: list[str], reach: int = 3) -> list[int]:
    """For each line, the width of the text block around it: the widest body line within reach.

    Indented lists and table cells are narrower than the page; judging a wrap against its neighbours rather
    than the whole document keeps their paragraphs together.
    """
    widths = [0 if _stands_alone(line) or match_heading(line) else display_width(line) for line in lines]
    return [max(20, *widths[max(0, i - reach): i + reach + 1]) for i in range(len(lines))]


def _body_width_after(widths: list[int], lines: list[str], index: int, reach: int = 3) -> int:
    """The width a wrapped title would run to: the body lines right after it, or its block's when only a tail follows."""
    following = [
        display_width(line)
        for line in lines[index + 1: index + 1 + reach]
        if match_heading(line) is None and not _stands_alone(line)
    ]
    widest = max(following, default=0)
    return widest if widest >= widths[index] * 0.6 else widths[index]


_LEADING_WORD = re.compile(rf"[^\s{WIDE}]+")


def _pushed_over(line_width: int, next_line: str, block_width: int) -> bool:
    """A short line whose next line starts with a long Latin word (a URL, a name) that would not have fitted:
    the page wrapped early to keep that word whole, so the line is still a wrap."""
    word = _LEADING_WORD.match(next_line)
    return bool(word) and line_width >= block_width * 0.4 and line_width + display_width(word.group()) > block_width * 0.9


def reflow(text: str, prejoined: bool = False) -> list[str]:
    """Paragraphs of the text, each on one line, artifacts removed.

    `prejoined` text (from HTML or DOCX, whose readers already hold one paragraph a line) keeps its lines as
    paragraphs: its line breaks are the author's, not a page's, so no width rule may join them.
    """
    raw = [line.rstrip() for line in text.split("\n")]
    lines = [line.strip() for line in raw if line.strip() and not is_page_debris(line)]
    if not lines:
        return []
    if prejoined:
        return [_squeeze(line) for line in lines]
    widths = _local_widths(lines)
    paragraphs: list[str] = []
    current = ""
    may_continue = False
    for index, line in enumerate(lines):
        starts_new = (
            not current
            or not may_continue
            or match_heading(line) is not None
            or _stands_alone(line)
            or BULLET.match(line) is not None
            or DAY_ROW.match(line) is not None
        )
        if starts_new:
            if current:
                paragraphs.append(current)
            current = line
        else:
            current = join_wrapped(current, line)
        is_title = _title_rest(current) is not None
        if is_title and starts_new:
            next_line = lines[index + 1] if index + 1 < len(lines) else ""
            line_after = lines[index + 2] if index + 2 < len(lines) else ""
            may_continue = _title_continues(
                current, line, next_line, _body_width_after(widths, lines, index)
            ) or _part_heading_runs_on(current, next_line, line_after)
        elif is_title and not _balanced(current):
            may_continue = True
        else:
            width, last_width = widths[index], display_width(line)
            next_line = lines[index + 1] if index + 1 < len(lines) else ""
            reaches_margin = last_width >= width * 0.8 or _pushed_over(last_width, next_line, width)
            may_continue = not _stands_alone(line) and (
                (reaches_margin and not (ends_sentence(line) and last_width < width * SENTENCE_END_MARGIN))
                or _runs_on_in_lower_case(line, next_line)
                or _quote_runs_on(current, next_line, width)
            )
    if current:
        paragraphs.append(current)
    return [_squeeze(p) for p in paragraphs]


def _squeeze(paragraph: str) -> str:
    """Collapse runs of spaces inside a paragraph (table rows keep a visible gap of two)."""
    if _TABLE_GAP.search(paragraph):
        return re.sub(r"\s{3,}", "  ", paragraph)
    return re.sub(r"\s{2,}", " ", paragraph)
