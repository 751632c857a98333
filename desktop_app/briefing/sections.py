"""A section as briefs print it: its heading, where it comes from, and the start of its text."""

from __future__ import annotations

from typing import Any

from desktop_app.briefing.blocks import Brief, Heading, Note, Paragraph
from desktop_app.briefing.text import chinese_width, distinct_texts, excerpt, one_line
from desktop_app.core import models as m
from desktop_app.core import queries
from desktop_app.core.library import Library

SECTION_TEXT_LIMIT = 600  # characters of each section printed: enough to brief on, short enough for a few pages
MIN_PARAGRAPH = 10  # no paragraph cut to less than this (an ellipsis alone said nothing)


def add_section(brief: Brief, section: m.Section, words: dict[str, Any]) -> None:
    """The section's heading, its source (document, date, the headings above it) and its text's start, paragraph
    by paragraph as the report parts it (one run of text merged a caption, a list and the prose around them)."""
    brief.add(Heading(one_line(f"{section.label} {section.heading}".strip()), 3))
    brief.add(Note(words["labelled"].format(label=words["source"], text=_source(section, words))))
    room = SECTION_TEXT_LIMIT  # in Chinese characters' width: an English paragraph holds twice as many letters
    for paragraph in (part for part in section.text.split("\n") if part.strip()):
        if room < MIN_PARAGRAPH:
            break
        shown = excerpt(paragraph, room)
        brief.add(Paragraph(shown))
        room -= chinese_width(shown)


def _source(section: m.Section, words: dict[str, Any]) -> str:
    document = section.document
    trail = " › ".join(one_line(part) for part in section.path[1:])
    published = words["in_brackets"].format(text=document.published.isoformat()) if document.published else ""
    return one_line(document.title) + published + (f" › {trail}" if trail else "")


def distinct_sections(library: Library, sections: list[m.Section]) -> list[m.Section]:
    """The sections less those of the same heading and text as an earlier one about the same meeting (a report
    imported twice, from two files, or two reports quoting one paragraph); a document that reports no meeting
    is told by its kind and title."""
    meeting_of = queries.meeting_keys_by_document(library)

    def identity(section: m.Section) -> str:
        document = section.document
        about = meeting_of.get(document.id) or (document.kind, one_line(document.title))
        return f"{about!r}\n{section.heading}\n{section.text}"

    return distinct_texts(sections, identity)
