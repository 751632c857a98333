"""Filters without text, and queries sorted newest first: newest documents first, each in reading order."""

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
    _assert_newest_first_in_reading_order(results.hits, reading_library)
    assert results.total == len(results.hits)


def _assert_newest_first_in_reading_order(hits: list, library: Library) -> None:
    with library.session() as session:
        position = dict(session.execute(text("SELECT id, position FROM sections")).all())
        published = dict(session.execute(text("SELECT id, coalesce(published, '') FROM documents")).all())
    documents = [document for document, _hits in itertools.groupby(hit.document_id for hit in hits)]
    assert len(documents) == 2 and len(set(documents)) == len(documents)  # each document's sections together
    assert [published[document] for document in documents] == sorted(map(published.get, documents), reverse=True)
    for _document, in_document in itertools.groupby(hits, key=lambda hit: hit.document_id):
        positions = [position[hit.section_id] for hit in in_document]
        assert positions == sorted(positions)


@pytest.mark.parametrize("query", [SearchQuery("5G"), SearchQuery("華為 OR 頻譜"), SearchQuery("5G", economy="US")])
def test_a_query_sorted_newest_first_finds_the_same_sections_in_that_order(
    engine: SearchEngine, reading_library: Library, query: SearchQuery
) -> None:
    best = engine.search(SearchQuery(query.text, query.economy, limit=1000))
    newest = engine.search(SearchQuery(query.text, query.economy, limit=1000, order="newest"))
    assert newest.total == best.total == len(newest.hits) > 0
    assert sorted(hit.section_id for hit in newest.hits) == sorted(hit.section_id for hit in best.hits)
    _assert_newest_first_in_reading_order(newest.hits, reading_library)
    paged = engine.search(SearchQuery(query.text, query.economy, limit=3, offset=2, order="newest"))
    assert [hit.section_id for hit in paged.hits] == [hit.section_id for hit in newest.hits[2:5]]


def test_an_unknown_sort_order_is_refused(engine: SearchEngine) -> None:
    with pytest.raises(ValueError, match="no sort order called 'oldest'"):
        engine.search(SearchQuery("5G", order="oldest"))


def test_a_meeting_filter_finds_every_document_that_reports_the_meeting(seeded_library: Library) -> None:
    """The trip report on TELWG 68 and APEC's own summary of it are one meeting: filtering by either's meeting
    id finds both documents' sections, with and without text; a meeting no other document reports finds its own."""
    from pathlib import Path

    from desktop_app.core import queries
    from desktop_app.ingest.pipeline import import_paths

    summary = Path(__file__).parents[1] / "fixtures" / "tel68_summary_report.txt"
    import_paths(seeded_library, [summary])
    report, record = sorted((mt for mt in queries.meetings(seeded_library) if mt.number == 68), key=lambda mt: mt.id)
    engine = SearchEngine(seeded_library)
    both = {report.document_id, record.document_id}
    for meeting in (report, record):
        korea = engine.search(SearchQuery("Korea", meeting_id=meeting.id, limit=1000))
        assert {hit.document_id for hit in korea.hits} == both
        browse = engine.search(SearchQuery("", meeting_id=meeting.id, limit=1000))
        assert {hit.document_id for hit in browse.hits} == both and browse.total == len(browse.hits)
        _assert_newest_first_in_reading_order(browse.hits, seeded_library)
    records = engine.search(SearchQuery("Korea", meeting_id=report.id, kind="meeting_record", limit=1000))
    assert {hit.document_id for hit in records.hits} == {record.document_id}
