"""Any text a user can type is a query: never an error, never a crash, never FTS5 syntax."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.search.engine import SearchEngine, SearchQuery, SearchResults

HOSTILE = [
    "", " ", "'", '"', '""', '"""', "*", "**", "-", "--", "- -", "(", ")", "()", "NEAR(", "NEAR(a b", "NEAR(華為, 5)",
    "AND", "OR", "NOT", "a AND", "OR OR", "華為 OR", "OR 華為", "-華為", '-"', "^", "^華為", "{heading}:華為",
    "heading:華為", "body : 5G", "'; DROP TABLE sections; --", "1' OR '1'='1", "\" OR 1=1 --", "%", "_", "%華%",
    "\\", "\x00", "華\x00為", "\u200b", "🙂", "華為*", "*華為", '"unclosed 華為', "rowid=1", "search_grams",
    "+", "+5G", "a:b:c", "[DPSG]", "{}", "\t\n", "ＮＥＡＲ（", "“華為”",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_queries_answer_quietly(engine: SearchEngine, text: str) -> None:
    results = engine.search(SearchQuery(text))
    assert isinstance(results, SearchResults) and results.total >= 0


def test_fts_syntax_is_taken_literally(engine: SearchEngine, containing) -> None:
    assert {hit.section_id for hit in engine.search(SearchQuery("華為*", limit=1000)).hits} == containing("華為")
    assert {hit.section_id for hit in engine.search(SearchQuery("[DPSG]", limit=1000)).hits} == containing("DPSG")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=40), economy=st.none() | st.text(max_size=8), kind=st.none() | st.text(max_size=8))
def test_random_text_never_raises(engine: SearchEngine, text: str, economy: str | None, kind: str | None) -> None:
    results = engine.search(SearchQuery(text, economy=economy, kind=kind, limit=5))
    assert results.total >= len(results.hits)


def test_limit_and_offset_page_through(engine: SearchEngine) -> None:
    everything = [hit.section_id for hit in engine.search(SearchQuery("會議", limit=1000)).hits]
    pages = [
        hit.section_id
        for offset in range(0, len(everything), 7)
        for hit in engine.search(SearchQuery("會議", limit=7, offset=offset)).hits
    ]
    assert pages == everything
    past = engine.search(SearchQuery("會議", limit=7, offset=len(everything) + 5))
    assert past.hits == [] and past.total == len(everything)
