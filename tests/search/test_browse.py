"""Filters without text: every filtered section, newest documents first, each document in reading order."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import text

from desktop_app.core.library import Library
from desktop_app.search.engine import SearchEngine, SearchQuery


@pytest.mark.parametrize("filters", [{"economy": "US"}, {"economy": "TW", "topic": "5g"}])
def test_filtered_sections_come_newest_document_first_in_reading_order(
    engine: SearchEngine, reading_library: Library, filters: dict
) -> None:
    results = engine.search(SearchQuery("", limit=1000, **filters))
    with reading_library.session() as session:
        position = dict(session.execute(text("SELECT id, position FROM sections")).all())
        published = dict(session.execute(text("SELECT id, coalesce(published, '') FROM documents")).all())
    documents = [document for document, _hits in itertools.groupby(hit.document_id for hit in results.hits)]
    assert len(documents) == 2 and len(set(documents)) == len(documents)  # each document's sections together
    assert [published[document] for document in documents] == sorted(map(published.get, documents), reverse=True)
    for _document, hits in itertools.groupby(results.hits, key=lambda hit: hit.document_id):
        positions = [position[hit.section_id] for hit in hits]
        assert positions == sorted(positions)
    assert results.total == len(results.hits)
