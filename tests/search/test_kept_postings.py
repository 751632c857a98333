"""Postings decoded by one search serve the next ones, within a budget, and never outlive a write."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pytest

from desktop_app.core.library import Library
from desktop_app.search.engine import SearchEngine, SearchQuery
from desktop_app.search.kept_postings import KeptPostings


def _ids(*values: int) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def test_the_least_recently_used_entries_go_first_once_the_budget_is_exceeded() -> None:
    kept = KeptPostings(budget_bytes=3 * 8 * 2)  # three entries of two ids
    for name in ("a", "b", "c"):
        kept.keep(name, (_ids(1, 2),))
    assert kept.get("a") is not None  # a is now the most recently used
    kept.keep("d", (_ids(3, 4),))
    assert kept.get("b") is None
    assert [kept.get(name)[0].tolist() for name in ("a", "c", "d")] == [[1, 2], [1, 2], [3, 4]]
    assert kept.size_bytes == kept.budget_bytes and len(kept) == 3


def test_kept_arrays_are_read_only_and_an_entry_larger_than_the_budget_is_not_kept() -> None:
    kept = KeptPostings(budget_bytes=16)
    (small,) = kept.keep("small", (_ids(7),))
    with pytest.raises(ValueError):
        small[0] = 8
    large = kept.keep("large", (_ids(1, 2, 3),))
    assert large[0].flags.writeable and kept.get("large") is None
    assert kept.get("small")[0].tolist() == [7]


@contextmanager
def _statements(library: Library) -> Iterator[list[str]]:
    """Every statement the thread's reader runs meanwhile."""
    reader = library.reader()
    seen: list[str] = []
    reader.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        reader.set_trace_callback(None)


def _reads_index(statements: list[str]) -> list[str]:
    return [statement for statement in statements if "search_postings" in statement or "MATCH" in statement]


def test_a_search_run_again_reads_nothing_of_the_index_and_answers_the_same(seeded_library: Library) -> None:
    """As the window searches as the reader types, again when a filter changes and for every further page."""
    engine = SearchEngine(seeded_library)
    query = SearchQuery('"緊急漫遊" OR artificial intelligence OR 華為', limit=5)
    with _statements(seeded_library) as first_statements:
        first = engine.search(query)
    with _statements(seeded_library) as again_statements:
        again = engine.search(query)
    assert first.total > 0 and _reads_index(first_statements)
    assert _reads_index(again_statements) == []
    assert [(hit.section_id, hit.score, hit.snippet) for hit in again.hits] == [
        (hit.section_id, hit.score, hit.snippet) for hit in first.hits
    ]


def test_what_a_search_kept_is_not_used_after_another_connection_writes(seeded_library: Library) -> None:
    """A phrase's sections and a token's postings kept by one search: after the document holding them is
    removed, the same engine finds what a new engine finds."""
    engine = SearchEngine(seeded_library)
    phrase, token = SearchQuery('"緊急漫遊"'), SearchQuery("漫遊")
    holding = {hit.document_id for hit in engine.search(phrase).hits}
    assert len(holding) == 1 and engine.search(token).total > 0
    assert seeded_library.remove_document(holding.pop())

    for query in (phrase, token):
        after = engine.search(query)
        fresh = SearchEngine(seeded_library).search(query)
        assert (after.total, [hit.section_id for hit in after.hits]) == (
            fresh.total,
            [hit.section_id for hit in fresh.hits],
        )
    assert engine.search(phrase).total == 0
