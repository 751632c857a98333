"""The parser for each kind of document; every parser returns a DocumentDraft ready for tagging."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.core.drafts import DocumentDraft
from desktop_app.ingest.classify import classify
from desktop_app.ingest.contents import without_contents
from desktop_app.ingest.plain import parse_plain
from desktop_app.ingest.tagging import tag_document

Parser = Callable[[str, str, str, bool], DocumentDraft]


def _parser_for(kind: str) -> Parser:
    if kind == "trip_report":
        from desktop_app.ingest.trip_report import parse_trip_report

        return parse_trip_report
    if kind == "news_article":
        from desktop_app.ingest.news_article import parse_news_article

        return parse_news_article
    return parse_plain


def parse_text(text: str, source: str, sha256: str, prejoined: bool = False) -> DocumentDraft:
    """Classify the text, parse it with its kind's parser and tag every section; a table of contents is taken
    out first (contents.py), since its entries would read as headings."""
    text = without_contents(text)
    draft = _parser_for(classify(text))(text, source, sha256, prejoined)
    tag_document(draft)
    return draft
