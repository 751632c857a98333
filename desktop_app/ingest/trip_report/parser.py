"""Trip report parser (placeholder: outline only; the structured extraction is being built)."""

from __future__ import annotations

from desktop_app.core.drafts import DocumentDraft
from desktop_app.ingest.plain import parse_plain


def parse_trip_report(text: str, source: str, sha256: str) -> DocumentDraft:
    draft = parse_plain(text, source, sha256)
    draft.kind = "trip_report"
    return draft
