"""A news article copied from a web page: title, dateline, tags, figures and a body outlined by its sub-headings.

The header is found by shape: the title stands above a dateline (a date, maybe a time, then `|` and a section or
a byline), the body runs from the dateline to the first line of site chrome (see news_chrome); a keyword line
after the related links that end it is still the article's. Sub-headings are short lines without sentence
punctuation that open a block; a run of them nests, the later one inside the earlier. A picture is its caption
over a credit line (圖/ …); a short line standing right above the caption is the picture's title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from desktop_app.core.dates import WRITTEN_DATE, normalize_digits, parse_date
from desktop_app.core.drafts import DocumentDraft, FigureDraft, SectionDraft
from desktop_app.ingest.headings import match_heading
from desktop_app.ingest.line_kinds import BULLET
from desktop_app.ingest.news_chrome import NewsChrome, fold_script, news_chrome
from desktop_app.core.text_width import display_width

HEADER_LINES = 20  # the dateline stands among the first lines (after a site's menus), or there is none
MAX_SUBHEADING_WIDTH = 64  # columns; a longer line is a paragraph
MIN_TITLE_WIDTH = 10  # a shorter line above the dateline is a section label or menu, not the title
MAX_LINK_LIST = 16  # lines; the article resumes within them after a list of links set inside it, or has ended
TITLE_BREAK = "\n"  # between a picture's title and its caption, which the page sets as lines of their own

# A date, maybe labelled (發布日期：), with its weekday, its time and an update stamp in brackets (（11/13 19:02
# 更新）), then maybe fields after | or labelled fields after spaces (來源：…), and maybe a byline and a | before it;
# the year Gregorian or the ROC's (113-05-15, 民國113年5月15日, as government sites write it: core.dates.WRITTEN_DATE).
# After a mere space only a byline may follow (2024/09/02 05:30 〔記者某某／台北報導〕); other words make a sentence.
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:GMT|UTC)(?:[+-]\d{1,2})?)?"
_LABELLED_FIELD = r"\s+(?=[^\s\d:：|｜]{1,8}\s*[:：])"
_LEAD_FIELDS = r"(?:(?P<lead>[^|｜]{1,40}?(?:\s*[|｜]\s*[^|｜]{1,40}?)?)\s*[|｜]\s*)?"
_DATELINE_FIELD_SEPARATOR = re.compile(rf"\s*[|｜·•]\s*|\s+[/／]\s+|{_LABELLED_FIELD}")


@cache
def _dateline(label: str) -> re.Pattern[str]:
    """The dateline's pattern in folded script, with the site's labels for it from the chrome table."""
    pattern = (
        rf"^{_LEAD_FIELDS}(?:(?:{label})\s*[:：]?\s*)?(?P<date>{WRITTEN_DATE})"
        r"(?:\s*[（(][^）)]{1,3}[）)])?"
        rf"(?:,?\s*{_TIME})?"
        r"(?:\s*[（(][^（）()]{0,30}\d[^（）()]{0,30}[）)])?"
        rf"(?:(?:\s*[|｜/／·•]\s*|{_LABELLED_FIELD}|(?P<byline>\s+))(?P<rest>.*))?\s*$"
    )
    return re.compile(fold_script(pattern))


_BREADCRUMB = re.compile(r"\s[>›»]\s")
_SENTENCE_END = re.compile(r"[。！？!?；;…][」』”’\"')）]*$")
_PROSE_END = re.compile(r"[。.][」』”’\"')）]*$")  # a link's title may ask or exclaim, but rarely ends a statement
_NOT_A_HEADING = re.compile(r"[。；;]|[:：,，、]$|[^.]\.['\"’”)]*$")  # a sentence, a lead-in, a statement ended by a full stop


@dataclass
class _Block:
    """One piece of the body in reading order: a sub-heading, a paragraph, a list item or a figure."""

    kind: str  # heading | paragraph | item | figure
    text: str
    source: str | None = None  # a figure's credit
    after_blank: bool = False  # a blank line stands right above it
    starts_block: bool = True  # it opens a block of its own rather than running on from the line above


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


def _clean_line(line: str, chrome: NewsChrome) -> str:
    """A line without its indent, table debris, and with no-break and ideographic spaces as plain ones."""
    return chrome.strip_table_debris(line.replace("\u00a0", " ").replace("\u3000", " ").strip())


def _clean_lines(text: str, chrome: NewsChrome) -> list[str]:
    return [_clean_line(line, chrome) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _read_dateline(line: str, chrome: NewsChrome) -> tuple[date | None, str | None] | None:
    """(published, category) when the line is a dateline, else None; the category is the first field after the
    date that is no credit (來源：某報). Only a byline may stand before the date: a label there (報告日期 | …) makes
    the line a table row."""
    line = normalize_digits(line)
    match = _dateline(chrome.dateline_label).match(fold_script(line))
    if not match or any(chrome.credit_of(field) is None for field in _fields(line, match, "lead")):
        return None
    if match["byline"] is not None and chrome.credit_of(line[slice(*match.span("rest"))].strip()) is None:
        return None
    written = line[slice(*match.span("date"))]
    published = parse_date(written) or parse_date(re.sub(r"\s+", "", written))  # 2024 . 5 . 4
    category = next((part for part in _fields(line, match, "rest") if chrome.credit_of(part) is None), None)
    return published, category


def _fields(line: str, match: re.Match[str], group: str) -> list[str]:
    """The fields of a dateline's part before or after its date, as written."""
    if not match[group]:
        return []
    return [part.strip() for part in _DATELINE_FIELD_SEPARATOR.split(line[slice(*match.span(group))]) if part.strip()]


def has_dateline(text: str) -> bool:
    """Whether a dateline stands among the text's first lines: how a news article is told from other text."""
    chrome = news_chrome()
    lines = (cleaned for line in text.splitlines() if (cleaned := _clean_line(line, chrome)))
    return any(_read_dateline(line, chrome) is not None for _, line in zip(range(HEADER_LINES), lines))


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
    """The article's blocks, from the first body line to the first line of the site's chrome after it; a list of
    links set inside the article is skipped."""
    body = _Body()
    blank_before = True
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line:
            blank_before = True
            continue
        line = chrome.without_credits(line)  # 〔記者某某／…報導〕…舉行。（編輯：某某）: credits, not the article's words
        if not line:
            continue
        if body.blocks and chrome.ends_article(line):
            resume = _resumes_after_links(lines, index, chrome) if chrome.opens_link_list(line) else None
            if resume is None:
                _add_tags(body, _trailing_tags(lines, index, chrome))
                break
            index, blank_before = resume, True
            continue
        if chrome.is_dropped(line):
            continue
        if (tags := chrome.tags_of(line)) is not None:
            _add_tags(body, tags)
            continue
        if chrome.credit_of(line) is not None:
            continue  # 責任編輯, 文／…: a credit, not the article's words
        _add_line(body.blocks, line, blank_before, chrome)
        blank_before = False
    while body.blocks and body.blocks[-1].kind == "heading":
        body.blocks[-1].kind = "paragraph"
    return body


def _add_tags(body: _Body, tags: list[str]) -> None:
    body.tags.extend(tag for tag in tags if tag not in body.tags)


def _trailing_tags(lines: list[str], start: int, chrome: NewsChrome) -> list[str]:
    """The article's keyword line when a list of related links stands between it and the body (〔相關新聞〕, three
    titles, #APEC #5G): read up to the next piece of the site's chrome, whose tags would be the site's own."""
    for line in lines[start : start + MAX_LINK_LIST]:
        if chrome.ends_article(line):
            break
        if (tags := chrome.tags_of(line)) is not None:
            return tags
    return []


def _resumes_after_links(lines: list[str], start: int, chrome: NewsChrome) -> int | None:
    """Where the article goes on after a list of links set inside it (【延伸閱讀】, two titles, more paragraphs):
    the first block of prose after a blank line, or a long line of prose. None when the list is the page's own,
    after the article: the site's chrome or nothing but titles follows."""
    block_start: int | None = None
    after_blank = False
    for index in range(start, min(len(lines), start + MAX_LINK_LIST)):
        line = lines[index]
        if not line:
            after_blank = True
            continue
        if after_blank:
            block_start, after_blank = index, False
        if chrome.ends_article(line) and not chrome.opens_link_list(line):
            return None
        if not _PROSE_END.search(line) or chrome.is_dropped(line) or chrome.credit_of(line) is not None:
            continue
        if block_start is not None:
            return block_start
        if display_width(line) > MAX_SUBHEADING_WIDTH:
            return index
    return None


def _add_line(blocks: list[_Block], line: str, blank_before: bool, chrome: NewsChrome) -> None:
    """Classify one body line; a picture credit turns the line just above it (same block) into the caption."""
    if (source := chrome.figure_source(line)) is not None:
        caption = None
        if blocks and not blank_before and blocks[-1].kind in ("paragraph", "heading"):
            caption = blocks.pop()
        _add_figure(blocks, caption.text if caption else "", source, caption is not None and not caption.after_blank)
        return
    if (inline := chrome.split_inline_credit(line)) is not None:
        _add_figure(blocks, inline[0], inline[1], not blank_before)
        return
    if bullet := BULLET.match(line):
        blocks.append(_Block("item", line[bullet.end():].strip(), after_blank=blank_before))
        return
    previous = blocks[-1] if blocks else None
    opens_block = (
        blank_before
        or previous is None
        or previous.kind in ("item", "figure")
        or (previous.kind == "paragraph" and _ends_sentence(previous.text))
    )
    kind = "heading" if opens_block and _may_be_subheading(line) else "paragraph"
    starts_block = opens_block or (previous is not None and previous.kind == "heading")
    blocks.append(_Block(kind, line, after_blank=blank_before, starts_block=starts_block))


def _add_figure(blocks: list[_Block], caption: str, source: str, caption_under_line: bool) -> None:
    """A picture; the line right above its caption, when shaped like a sub-heading, is the picture's title (the
    page sets it over the image), so it joins the caption instead of opening a section. A numbered line (一、) is
    the article's own outline and stays a sub-heading."""
    above = blocks[-1] if blocks and caption and caption_under_line else None
    if (
        above is not None
        and above.kind in ("heading", "paragraph")
        and above.starts_block
        and _may_be_subheading(above.text)
        and match_heading(above.text) is None
    ):
        caption = f"{blocks.pop().text}{TITLE_BREAK}{caption}"
    figure = _Block("figure", caption, source)
    if blocks and (blocks[-1].kind, blocks[-1].text, blocks[-1].source) == (figure.kind, figure.text, figure.source):
        return  # the page set the caption twice (as the picture's text and under it): one picture
    blocks.append(figure)


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
