"""A document of no known kind: clean text and outline, tagged with economies and topics."""

from __future__ import annotations

from desktop_app.core.drafts import DocumentDraft, SectionDraft
from desktop_app.ingest.outline import OutlineSection, build_outline
from desktop_app.ingest.reflow import reflow


def sections_from_outline(outline: list[OutlineSection]) -> list[SectionDraft]:
    return [
        SectionDraft(level=s.level, label=s.label, heading=s.heading, text=s.text, parent=s.parent) for s in outline
    ]


MAX_TITLE = 120  # characters of a first paragraph (or a file's title property) kept as a title


def title_from(paragraphs: list[str], fallback: str) -> str:
    for paragraph in paragraphs:
        if paragraph.strip():
            return paragraph.strip()[:MAX_TITLE]
    return fallback


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
        sections=sections_from_outline(outline),
    )
