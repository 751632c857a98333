"""The parser for each kind of document; every parser returns a DocumentDraft ready for tagging."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.core.drafts import DocumentDraft
from desktop_app.ingest.classify import classify
from desktop_app.ingest.contents import without_contents
from desktop_app.ingest.headings import ends_sentence, match_heading
from desktop_app.ingest.plain import MAX_TITLE, parse_plain
from desktop_app.ingest.tagging import tag_document

Parser = Callable[[str, str, str, bool], DocumentDraft]


def _parser_for(kind: str) -> Parser:
    if kind == "trip_report":
        from desktop_app.ingest.trip_report import parse_trip_report

        return parse_trip_report
    if kind == "meeting_record":
        from desktop_app.ingest.meeting_record import parse_meeting_record

        return parse_meeting_record
    if kind == "news_article":
        from desktop_app.ingest.news_article import parse_news_article

        return parse_news_article
    return parse_plain


def parse_text(
    text: str, source: str, sha256: str, prejoined: bool = False, file_title: str | None = None
) -> DocumentDraft:
    """Classify the text, parse it with its kind's parser and tag every section; a table of contents is taken
    out first (contents.py), since its entries would read as headings. file_title, the title in the file's
    properties, names a document of no known kind whose text opens without a title line."""
    text = without_contents(text)
    draft = _parser_for(classify(text))(text, source, sha256, prejoined)
    if file_title and draft.kind == "document" and not _reads_as_title(draft.title):
        draft.title = file_title[:MAX_TITLE]
    tag_document(draft)
    return draft


def _reads_as_title(line: str) -> bool:
    """Whether a document's first line reads as its title: not a numbered heading (壹、 目的), not a sentence."""
    return match_heading(line) is None and not ends_sentence(line)
