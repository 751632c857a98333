"""Shared pieces of every detail page: the stylesheet, escaping, links and badges.

Document text is always text: everything that came from a document goes through `esc` (html.escape), so markup in
a report is shown, never rendered, and no page ever names a resource outside telref://.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.core.economies import registry
from desktop_app.core.roles import role_kinds
from desktop_app.core.topics import taxonomy
from desktop_app.ingest.line_kinds import is_caption_or_note
from desktop_app.ui.i18n import Strings
from desktop_app.ui.urls import page_url

if TYPE_CHECKING:
    from desktop_app.core.models import Role, Section

PAGE_CSS = """
body { font-family: 'Noto Sans CJK TC', 'Noto Sans', sans-serif; font-size: 11pt; color: #1f2933; background: #ffffff; }
h1 { font-size: 18pt; font-weight: 600; color: #102a43; margin-top: 4px; margin-bottom: 2px; }
h2 { font-size: 13pt; font-weight: 600; color: #243b53; margin-top: 18px; margin-bottom: 6px;
     border-bottom: 1px solid #d9e2ec; }
h3 { font-size: 11.5pt; font-weight: 600; color: #334e68; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 8px; line-height: 150%; }
a { color: #0b5cad; text-decoration: none; }
.crumbs { color: #627d98; font-size: 9.5pt; }
.meta { color: #486581; font-size: 10pt; }
.muted { color: #829ab1; }
.caption { color: #627d98; font-size: 9.5pt; margin-top: 0; margin-bottom: 6px; }
.badge { background-color: #e6f0fa; color: #0b4f8a; }
.topic { background-color: #eef7ee; color: #2f6b3a; }
.absent { color: #9f3a38; }
table.facts td.key { color: #627d98; padding-right: 14px; white-space: nowrap; }
table.grid { border-collapse: collapse; }
table.grid th { background-color: #f0f4f8; color: #334e68; font-weight: 600; text-align: left; }
table.grid td { border-bottom: 1px solid #e4e7eb; }
.hit { color: #9a3412; background-color: #fff3c4; }
table.pager { margin-top: 20px; border-top: 1px solid #d9e2ec; }
table.pager td { color: #627d98; font-size: 10pt; padding-top: 6px; }
"""


@dataclass(frozen=True)
class Page:
    """A rendered page: what the window shows, titles in history and bookmarks, and prints."""

    url: str
    title: str
    html: str
    previous_url: str | None = None  # the page before and after in reading order (a document's sections)
    next_url: str | None = None
    document_id: int | None = None  # the document a document or section page shows (File › Remove document…)
    reference: str = ""  # one line citing what the page shows, for a reader's notes (File › Copy reference)
    found: bool = True  # False for the page saying the address names nothing (any more)


def esc(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def link(kind: str, key: object, text: str) -> str:
    return f'<a href="{esc(page_url(kind, key))}">{esc(text)}</a>'


def paragraphs(text: str) -> str:
    """A document's text as paragraphs, one per line of the reflowed text, escaped; figure captions and source
    notes set apart in a quieter style so they do not read as body text."""
    lines = [line.strip() for line in (text or "").splitlines()]
    return "".join(
        f'<p class="caption">{esc(line)}</p>' if is_caption_or_note(line) else f"<p>{esc(line)}</p>"
        for line in lines
        if line
    )


def economy_name(code: str, strings: Strings) -> str:
    return registry().name(code, strings.lang)


def role_names(roles: Iterable[Role], strings: Strings) -> str:
    """The roles a person held, each once, in the reader's language: 代表、團長 / Delegate, Head of delegation."""
    return strings.join(strings.term("roles", kind) for kind in role_kinds(roles))


def update_title(economy: str, heading: str, strings: Strings) -> str:
    """An economy update's title: the economy's name, and the heading after it unless it only names the
    economy again."""
    name = economy_name(economy, strings)
    return name if registry().names_only(heading, economy) else f"{name} · {heading}"


def economy_badges(codes: Iterable[str], strings: Strings) -> str:
    """Economies as links styled as badges, in the reader's language."""
    return " ".join(
        f'<a class="badge" href="{esc(page_url("economy", code))}">&nbsp;{esc(economy_name(code, strings))}&nbsp;</a>'
        for code in codes
    )


def topic_label(topic_id: str, strings: Strings) -> str:
    topic = taxonomy().get(topic_id)
    return topic.label(strings.lang) if topic else topic_id


def topic_badges(topic_ids: Iterable[str], strings: Strings) -> str:
    return " ".join(
        f'<a class="topic" href="{esc(page_url("topic", topic_id))}">&nbsp;{esc(topic_label(topic_id, strings))}&nbsp;</a>'
        for topic_id in topic_ids
    )


def facts(rows: Iterable[tuple[str, str]]) -> str:
    """A two-column key/value table; values are already-escaped HTML, empty ones are left out."""
    body = "".join(
        f'<tr><td class="key">{esc(key)}</td><td>{value}</td></tr>' for key, value in rows if value
    )
    return f'<table class="facts" cellspacing="0" cellpadding="3">{body}</table>' if body else ""


GRID_WIDTH = "99.9%"


def grid(headers: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    """A table with a header row across the page; cells are already-escaped HTML.

    The width is GRID_WIDTH, not 100%: Qt's table layout rounds a full-width table with several wrapping
    columns up to one pixel wider than the page at many window widths, and the page then shows a horizontal
    scroll bar that scrolls by one pixel."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table class="grid" width="{GRID_WIDTH}" cellspacing="0" cellpadding="5"><tr>{head}</tr>{body}</table>'


# Sections listed on a topic or economy page: a library of years of reports tags thousands, which no one reads
# on one page and which took Qt a second to lay out; the tree lists them all, and search narrows them.
LISTED_SECTIONS = 200


def listed_note(shown: int, total: int, strings: Strings) -> str:
    """The line under a list cut at LISTED_SECTIONS saying so (empty when nothing was left out)."""
    if total <= shown:
        return ""
    return f'<p class="muted">{esc(strings("listed_newest", shown=shown, total=total))}</p>'


def section_heading(section: Section) -> str:
    """A section as its report numbers and heads it (三、 資安), as the tree, the pages and their links name it."""
    return f"{section.label} {section.heading}".strip()


def section_where(section: Section) -> str:
    """Where a listed section stands: its document's title and the headings above it, leaving out any that
    only repeats its own heading (a document's opening section is headed by its title). Two sections headed
    alike, (六) TELWG 幹部提名 and (十五) TELWG 幹部提名, are told apart by what they stand under."""
    own = {section.heading, section_heading(section)}
    return " › ".join(part for part in (section.document.title, *section.path) if part and part not in own)


def crumbs(parts: Iterable[str]) -> str:
    """A breadcrumb line; parts are already-escaped HTML."""
    return f'<p class="crumbs">{" › ".join(parts)}</p>'


def document_html(title: str, body: str) -> str:
    return (
        '<html><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title><style>{PAGE_CSS}</style></head>"
        f"<body>{body}</body></html>"
    )


def page(
    url: str,
    title: str,
    body: str,
    previous_url: str | None = None,
    next_url: str | None = None,
    document_id: int | None = None,
    reference: str = "",
) -> Page:
    return Page(url, title, document_html(title, body), previous_url, next_url, document_id, reference)


def reference(strings: Strings, part: str | None, work: str | None, *details: str) -> str:
    """A citation line in the reader's language: the part (a section, a session) and the work it is in (a
    report, a meeting), then details such as a path or a date; empty pieces are left out.
    〈(二) 5G 前瞻〉，《出席 APEC TELWG 第 68 次會議簡要報告》，過程 › 產業圓桌會議，2024年5月9日。"""
    pieces = [strings("reference_part", text=part)] if part else []
    if work:
        pieces.append(strings("reference_work", text=work))
    pieces.extend(detail for detail in details if detail)
    return strings("reference_separator").join(pieces) + strings("reference_end")


def not_found(url: str, strings: Strings) -> Page:
    title = strings("page_not_found")
    return Page(url, title, document_html(title, f"<h1>{esc(title)}</h1>"), found=False)
