"""A news article copied from a web page: title, dateline, tags, figures and a body outlined by its sub-headings.

The header is found by shape: the title stands above a dateline (a date, maybe a time, then `|` and a section),
the body runs from the dateline to the first line of site chrome (see news_chrome). Sub-headings are short lines
without sentence punctuation that open a block; a run of them nests, the later one inside the earlier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from desktop_app.core.dates import normalize_digits, parse_date
from desktop_app.core.drafts import DocumentDraft, FigureDraft, SectionDraft
from desktop_app.ingest.headings import match_heading
from desktop_app.ingest.line_kinds import BULLET
from desktop_app.ingest.news_chrome import NewsChrome, news_chrome
from desktop_app.ingest.reflow import display_width

HEADER_LINES = 20  # the dateline stands among the first lines (after a site's menus), or there is none
MAX_SUBHEADING_WIDTH = 64  # columns; a longer line is a paragraph
MIN_TITLE_WIDTH = 10  # a shorter line above the dateline is a section label or menu, not the title

# A date alone on its line, maybe labelled (發布日期：), timed, with its weekday, and followed by | and the
# section; the year Gregorian or the ROC's (113-05-15, 民國113年5月15日, as government sites write it).
_YEAR = r"(?:民國)?(?:\d{4}|1\d{2})"
_ENGLISH_DATE = r"[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}"
_DATELINE = re.compile(
    r"^(?:(?:(?:發布|發佈|更新|刊登|新聞)(?:時間|日期)?|(?:Published|Updated|Posted|Date)(?:\s+on)?)\s*[:：]?\s*)?"
    rf"(?P<date>{_YEAR}\s*[./-]\s*\d{{1,2}}\s*[./-]\s*\d{{1,2}}|{_YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{_ENGLISH_DATE})"
    r"(?:\s*[（(][^）)]{1,3}[）)])?"
    r"(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:GMT|UTC)(?:[+-]\d{1,2})?)?)?"
    r"\s*(?:[|｜/／·•]\s*(?P<rest>.*))?$"
)
_DATELINE_FIELD_SEPARATOR = re.compile(r"\s*[|｜·•]\s*|\s+[/／]\s+")
_BREADCRUMB = re.compile(r"\s[>›»]\s")
_SENTENCE_END = re.compile(r"[。！？!?；;…][」』”’\"')）]*$")
_NOT_A_HEADING = re.compile(r"[。；;]|[:：,，、]$")


@dataclass
class _Block:
    """One piece of the body in reading order: a sub-heading, a paragraph, a list item or a figure."""

    kind: str  # heading | paragraph | item | figure
    text: str
    source: str | None = None  # a figure's credit


@dataclass
class _Header:
    title: str
    published: date | None
    category: str | None
    body_start: int


@dataclass
class _Body:
    blocks: list[_Block] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def _clean_lines(text: str, chrome: NewsChrome) -> list[str]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u3000", " ").split("\n")
    return [chrome.strip_table_debris(line.strip()) for line in lines]


def _read_dateline(line: str, chrome: NewsChrome) -> tuple[date | None, str | None] | None:
    """(published, category) when the line is a dateline, else None."""
    match = _DATELINE.match(normalize_digits(line))
    if not match:
        return None
    published = parse_date(match["date"]) or parse_date(re.sub(r"\s+", "", match["date"]))  # 2024 . 5 . 4
    fields = [part for part in _DATELINE_FIELD_SEPARATOR.split(match["rest"] or "") if part]
    category = next((part for part in fields if chrome.credit_of(part) is None), None)
    return published, category


def has_dateline(text: str) -> bool:
    """Whether a dateline stands among the text's first lines: how a news article is told from other text."""
    lines = (line.strip() for line in text.splitlines() if line.strip())
    return any(_DATELINE.match(normalize_digits(line)) for _, line in zip(range(HEADER_LINES), lines))


def _read_header(lines: list[str], chrome: NewsChrome, fallback: str) -> _Header:
    """Title, date and section from the lines above the body; the site's menus and labels there are dropped."""
    seen: list[str] = []
    for index, line in enumerate(lines):
        if not line:
            continue
        if len(seen) >= HEADER_LINES:
            break
        dateline = _read_dateline(line, chrome)
        if dateline is not None:
            return _Header(_pick_title(seen, chrome, fallback), dateline[0], dateline[1], index + 1)
        seen.append(line)
    first = next((index for index, line in enumerate(lines) if line), len(lines))
    title = lines[first] if first < len(lines) else fallback
    body_start = first + 1
    while body_start < len(lines) and lines[body_start] in ("", title):
        body_start += 1
    return _Header(title, None, None, body_start)


def _pick_title(candidates: list[str], chrome: NewsChrome, fallback: str) -> str:
    """The line nearest above the dateline that can be a title: a site's menus and links come before it."""
    usable = [
        line
        for line in candidates
        if not (chrome.is_dropped(line) or chrome.credit_of(line) or _BREADCRUMB.search(line))
    ]
    titles = [line for line in usable if display_width(line) >= MIN_TITLE_WIDTH]
    return titles[-1] if titles else usable[-1] if usable else fallback


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def _may_be_subheading(line: str) -> bool:
    return (
        display_width(line) <= MAX_SUBHEADING_WIDTH
        and not _NOT_A_HEADING.search(line)
        and not BULLET.match(line)
    )


def _read_body(lines: list[str], chrome: NewsChrome) -> _Body:
    """The article's blocks, from the first body line to the first line of the site's chrome after it."""
    body = _Body()
    blank_before = True
    for line in lines:
        if not line:
            blank_before = True
            continue
        if body.blocks and chrome.ends_article(line):
            break
        if chrome.is_dropped(line):
            continue
        if (tags := chrome.tags_of(line)) is not None:
            body.tags.extend(tag for tag in tags if tag not in body.tags)
            continue
        if chrome.credit_of(line) is not None:
            continue  # 責任編輯, 文／…: a credit, not the article's words
        _add_line(body.blocks, line, blank_before, chrome)
        blank_before = False
    while body.blocks and body.blocks[-1].kind == "heading":
        body.blocks[-1].kind = "paragraph"
    return body


def _add_line(blocks: list[_Block], line: str, blank_before: bool, chrome: NewsChrome) -> None:
    """Classify one body line; a picture credit turns the line just above it (same block) into the caption."""
    if (source := chrome.figure_source(line)) is not None:
        caption = ""
        if blocks and not blank_before and blocks[-1].kind in ("paragraph", "heading"):
            caption = blocks.pop().text
        blocks.append(_Block("figure", caption, source))
        return
    if (inline := chrome.split_inline_credit(line)) is not None:
        blocks.append(_Block("figure", inline[0], inline[1]))
        return
    if bullet := BULLET.match(line):
        blocks.append(_Block("item", line[bullet.end():].strip()))
        return
    previous = blocks[-1] if blocks else None
    opens_block = (
        blank_before
        or previous is None
        or previous.kind in ("item", "figure")
        or (previous.kind == "paragraph" and _ends_sentence(previous.text))
    )
    kind = "heading" if opens_block and _may_be_subheading(line) else "paragraph"
    blocks.append(_Block(kind, line))


def _outline(blocks: list[_Block], title: str) -> tuple[list[SectionDraft], list[FigureDraft], str]:
    """Sections from the sub-headings, the figures, and the body text.

    Text before the first sub-heading is the lead, a section headed by the title. A sub-heading right after another
    nests inside it; any other is a sibling of the latest sub-heading.
    """
    sections: list[SectionDraft] = []
    own_lines: list[list[str]] = []
    figures: list[FigureDraft] = []
    last_heading: int | None = None
    previous_kind = ""

    def current() -> int:
        if not sections:
            sections.append(SectionDraft(level=0, label="", heading=title))
            own_lines.append([])
        return len(sections) - 1

    for block in blocks:
        if block.kind == "heading":
            if previous_kind == "heading":
                parent = last_heading
            else:
                parent = sections[last_heading].parent if last_heading is not None else None
            level = sections[parent].level + 1 if parent is not None else 0
            numbering = match_heading(block.text)
            label = numbering.label if numbering else ""
            heading = numbering.rest if numbering else block.text
            sections.append(SectionDraft(level=level, label=label, heading=heading, parent=parent))
            own_lines.append([])
            last_heading = len(sections) - 1
        elif block.kind == "figure":
            figures.append(FigureDraft(len(figures) + 1, block.text, block.source, current()))
        else:
            own_lines[current()].append(f"• {block.text}" if block.kind == "item" else block.text)
        previous_kind = block.kind
    has_lead = bool(blocks) and blocks[0].kind != "heading"
    parts: list[str] = []
    for index, (section, lines) in enumerate(zip(sections, own_lines)):
        section.text = "\n".join(lines)
        heading = [] if index == 0 and has_lead else [f"{section.label}{section.heading}"]
        parts.append("\n".join(heading + lines))
    return sections, figures, "\n\n".join(parts)


def parse_news_article(text: str, source: str, sha256: str, prejoined: bool = False) -> DocumentDraft:
    """A DocumentDraft of kind news_article; economies and topics are tagged afterwards by the pipeline.

    News is read line by line with its blank lines, so text whose lines are already paragraphs (`prejoined`)
    needs nothing different.
    """
    chrome = news_chrome()
    lines = _clean_lines(text, chrome)
    header = _read_header(lines, chrome, source)
    body = _read_body(lines[header.body_start:], chrome)
    sections, figures, body_text = _outline(body.blocks, header.title)
    return DocumentDraft(
        title=header.title,
        kind="news_article",
        source=source,
        sha256=sha256,
        text=body_text,
        published=header.published,
        category=header.category,
        tags=body.tags,
        sections=sections,
        figures=figures,
    )
