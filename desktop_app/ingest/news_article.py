"""News article parser (placeholder: outline only; chrome removal and metadata are being built)."""

from __future__ import annotations

from desktop_app.core.drafts import DocumentDraft
from desktop_app.ingest.plain import parse_plain


def parse_news_article(text: str, source: str, sha256: str) -> DocumentDraft:
    draft = parse_plain(text, source, sha256)
    draft.kind = "news_article"
    return draft
