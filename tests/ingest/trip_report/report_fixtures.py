"""The hand-written trip reports in tests/fixtures, parsed as an import parses them."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.drafts import DocumentDraft

FIXTURES = Path(__file__).parents[2] / "fixtures"


def parse_fixture(name: str) -> DocumentDraft:
    from desktop_app.ingest.parsers import parse_text

    path = FIXTURES / name
    return parse_text(path.read_text(encoding="utf-8"), path.name, "0" * 64)
