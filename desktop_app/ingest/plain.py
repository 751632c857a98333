"""A document of no known kind: clean text and outline, tagged with economies and topics, and dated when it
gives its own date in a field near its start."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache

from desktop_app.core.dates import parse_date
from desktop_app.core.drafts import DocumentDraft, SectionDraft
from desktop_app.core.resources import load_json
from desktop_app.ingest.line_kinds import CELL_GAP
from desktop_app.ingest.outline import OutlineSection, build_outline
from desktop_app.ingest.reflow import reflow


def sections_from_outline(
    outline: list[OutlineSection], economy_named_by: Callable[[str], str | None] | None = None
) -> list[SectionDraft]:
    """The outline as section drafts; economy_named_by, when given, tags a section with the economy its heading
    names (a report's 澳洲 or Korea sub-item)."""
    drafts = []
    for s in outline:
        named = economy_named_by(s.heading) if economy_named_by else None
        drafts.append(
            SectionDraft(level=s.level, label=s.label, heading=s.heading, text=s.text, parent=s.parent,
                         economies=[named] if named else [])
        )
    return drafts


MAX_TITLE = 120  # characters of a first paragraph (or a file's title property) kept as a title


def title_from(paragraphs: list[str], fallback: str) -> str:
    for paragraph in paragraphs:
        if paragraph.strip():
            return paragraph.strip()[:MAX_TITLE]
    return fallback


HEAD_LINES = 15  # a document's own date stands among its first lines


@cache
def _date_field() -> re.Pattern[str]:
    """A label of report_template.json's document_date_labels (a report's cover and other documents label their
    own date alike), then a colon or the gap to the value's cell (報告日期 | 民國113年07月30日 in a page's table)."""
    labels = load_json("report_template.json")["document_date_labels"]
    labels = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"^(?:{labels})(?:\s*[:：]\s*|{CELL_GAP.pattern})(?P<date>\S.*)$", re.IGNORECASE)


def dated(paragraphs: list[str]) -> date | None:
    """The date a document gives itself in a labelled field near its start (報告日期：113年7月30日, Date: 4 May
    2024), so newest-first lists place it; None when it gives none."""
    for paragraph in paragraphs[:HEAD_LINES]:
        field = _date_field().match(paragraph.strip())
        if field and (day := parse_date(field["date"])) is not None:
            return day
    return None


def parse_plain(text: str, source: str, sha256: str, prejoined: bool = False) -> DocumentDraft:
    paragraphs = reflow(text, prejoined)
    title = title_from(paragraphs, source)
    outline = build_outline(paragraphs, preamble_heading=title)
    return DocumentDraft(
        title=title,
        kind="document",
        source=source,
        sha256=sha256,
        text="\n\n".join(paragraphs),
        published=dated(paragraphs),
        sections=sections_from_outline(outline),
    )
