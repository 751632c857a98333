"""The index follows the library: rows come with an import, go with a removal, come back on re-import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.core.library import Library
from desktop_app.ingest.pipeline import import_paths
from desktop_app.search import postings
from desktop_app.search.engine import SearchEngine, SearchQuery


def _index_rows(library: Library, document_id: int) -> dict[str, int]:
    """The document's sections in the substring index, in word postings and in token postings."""
    with library.session() as session:
        sections = set(session.execute(text("SELECT id FROM sections WHERE document_id = :d"), {"d": document_id}).scalars())
        grams = session.execute(
            text("SELECT count(*) FROM search_grams WHERE rowid IN (SELECT id FROM sections WHERE document_id = :d)"),
            {"d": document_id},
        ).scalar()
    return {
        "search_grams": grams,
        "word postings": len(sections & _sections_in_postings(library, "key LIKE 'word:%'")),
        "token postings": len(sections & _sections_in_postings(library, "key NOT LIKE '%:%'")),
    }


def _sections_in_postings(library: Library, keys: str) -> set[int]:
    with library.session() as session:
        blobs = session.execute(text(f"SELECT records FROM search_postings WHERE {keys}")).scalars()
        return set(postings.decode(blobs)["section"].tolist())


def _document_with(library: Library, needle: str) -> int:
    hits = SearchEngine(library).search(SearchQuery(needle, limit=1)).hits
    assert hits
    return hits[0].document_id


def test_every_section_is_indexed(seeded_library: Library) -> None:
    with seeded_library.session() as session:
        sections = session.execute(text("SELECT count(*) FROM sections")).scalar()
        assert session.execute(text("SELECT count(*) FROM search_grams")).scalar() == sections
        assert session.execute(text("SELECT sum(sections) FROM search_documents")).scalar() == sections
    worded = _sections_in_postings(seeded_library, "key LIKE 'word:%'")
    assert len(worded) > 0.9 * sections
    assert worded == _sections_in_postings(seeded_library, "key NOT LIKE '%:%'")


def test_remove_then_reimport(seeded_library: Library, article_seed: Path) -> None:
    engine = SearchEngine(seeded_library)
    document_id = _document_with(seeded_library, "華為")
    with seeded_library.session() as session:
        section_ids = [row[0] for row in session.execute(text("SELECT id FROM sections WHERE document_id = :d"), {"d": document_id})]
        others = set(session.execute(text("SELECT id FROM sections WHERE document_id != :d"), {"d": document_id}).scalars())
    indexed_before = _sections_in_postings(seeded_library, "1")
    assert set(section_ids) <= indexed_before and others <= indexed_before
    assert seeded_library.remove_document(document_id)
    with seeded_library.session() as session:
        left = session.execute(
            text(f"SELECT count(*) FROM search_grams WHERE rowid IN ({', '.join(map(str, section_ids))})")
        ).scalar()
        assert left == 0
    assert engine.search(SearchQuery("華為")).total == 0
    assert _sections_in_postings(seeded_library, "1") == others  # the other document's records untouched
    with seeded_library.session() as session:
        left = session.execute(text("SELECT count(*) FROM search_documents WHERE document_id = :d"), {"d": document_id})
        assert left.scalar() == 0

    (outcome,) = import_paths(seeded_library, [article_seed])
    assert outcome.status == "added"
    rows = _index_rows(seeded_library, outcome.document_id)
    assert rows["search_grams"] > 0 and rows["word postings"] > 0 and rows["token postings"] > 0
    assert engine.search(SearchQuery("华为")).total > 0
    assert engine.search(SearchQuery("华为", economy="US")).total > 0


def test_removing_every_document_empties_the_substring_index_even_after_sections_were_edited(
    seeded_library: Library,
) -> None:
    """The contentless FTS5 table is handed back the rows it was given, not rows recomputed from sections that
    may have changed since: nothing of a removed document stays findable."""
    with seeded_library.transaction() as session:
        session.execute(text("UPDATE sections SET heading = 'edited', text = '改寫過的段落' WHERE position % 3 = 0"))
        session.execute(text("UPDATE documents SET title = '改名'"))
        document_ids = session.execute(text("SELECT id FROM documents")).scalars().all()
        assert session.execute(text("SELECT name FROM sqlite_master WHERE name = 'search_grams_content'")).first() is None
    for document_id in document_ids:
        assert seeded_library.remove_document(document_id)
    with seeded_library.transaction() as session:
        session.execute(text("CREATE VIRTUAL TABLE temp.grams_terms USING fts5vocab(main, search_grams, 'row')"))
        assert session.execute(text("SELECT count(*) FROM temp.grams_terms")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM search_grams")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM search_postings")).scalar() == 0


def test_failed_import_leaves_no_index_rows(library: Library, article_seed: Path) -> None:
    from desktop_app.ingest.parsers import parse_text

    draft = parse_text(article_seed.read_text(encoding="utf-8"), article_seed.name, "0" * 64)

    class Exploding:
        def index_document(self, session, document) -> None:
            raise RuntimeError("disk full")

        def remove_document(self, session, document_id: int) -> None:
            return None

    library.indexers.append(Exploding())
    try:
        library.add_document(draft)
    except RuntimeError:
        pass
    with library.session() as session:
        assert session.execute(text("SELECT count(*) FROM search_grams")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM search_postings")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM sections")).scalar() == 0


@pytest.mark.parametrize("revision", ["0001", "0003", "0004", "0005"])
def test_upgrading_an_older_library_fills_the_index(library_written_at, revision: str) -> None:
    """From before search existed (0001), from before words were postings (0003, words in FTS5), from before
    the substring index was contentless (0004), and from before the postings held numbers beside Latin
    words (0005)."""
    from desktop_app.services import open_library

    path = library_written_at(revision)
    progress: list[tuple[int, int]] = []
    library = open_library(path, upgrade_progress=lambda done, total: progress.append((done, total)))
    try:
        assert progress == [(1, 2), (2, 2)]
        assert _index_rows(library, _document_with(library, "藍牙"))["word postings"] > 0
        with library.session() as session:
            assert session.execute(text("SELECT count(*) FROM search_postings WHERE key = 'pair:5 g'")).scalar()
        assert SearchEngine(library).search(SearchQuery("藍牙")).total > 0
        assert SearchEngine(library).search(SearchQuery("", economy="Korea")).total > 0
        with library.session() as session:  # the old index's pages went back to the disk
            assert session.execute(text("PRAGMA freelist_count")).scalar() == 0
    finally:
        library.close()


def test_importing_search_loads_no_dictionary() -> None:
    script = (
        "import sys\n"
        "import desktop_app.search, desktop_app.search.engine, desktop_app.search.indexer, desktop_app.services\n"
        "import desktop_app.commands.search_cmd\n"
        "print('jieba' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_opening_a_library_loads_no_numpy(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from desktop_app.services import open_library\n"
        f"open_library({str(tmp_path / 'library.sqlite')!r}).close()\n"
        "print('numpy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_jieba_cache_goes_to_the_user_cache_folder() -> None:
    from platformdirs import user_cache_path

    from desktop_app.search import segmenter

    tokenizer = segmenter.tokenizer()
    assert Path(tokenizer.tmp_dir) == user_cache_path("TelRef", appauthor=False)
    assert (Path(tokenizer.tmp_dir) / "jieba.cache").exists()


def test_scores_follow_a_removal(seeded_library: Library) -> None:
    """BM25's totals and word frequencies are the library's as it is now, not as an engine first saw it."""
    engine = SearchEngine(seeded_library)
    query = SearchQuery("華為 設備")
    before = [(hit.section_id, hit.score) for hit in engine.search(query).hits]
    with seeded_library.session() as session:
        ids = [row[0] for row in session.execute(text("SELECT id FROM documents ORDER BY id"))]
    other = next(document_id for document_id in ids if document_id != _document_with(seeded_library, "華為"))
    assert seeded_library.remove_document(other)

    after = [(hit.section_id, hit.score) for hit in engine.search(query).hits]
    fresh = [(hit.section_id, hit.score) for hit in SearchEngine(seeded_library).search(query).hits]
    assert after == fresh
    assert after != before


def test_a_long_lived_engine_scores_with_the_library_as_it_is_now(seeded_library: Library, article_seed: Path) -> None:
    """The engine keeps the library's totals between searches; a removal or an import, made through another
    connection, is seen at the next search, and no search leaves a read snapshot open behind it."""
    kept = SearchEngine(seeded_library)
    query = SearchQuery("5G", limit=5)

    def scores(engine: SearchEngine) -> list[float]:
        return [hit.score for hit in engine.search(query).hits]

    before = scores(kept)
    article = _document_with(seeded_library, "華為")
    assert seeded_library.remove_document(article)
    after_removal = scores(kept)
    assert after_removal == scores(SearchEngine(seeded_library)) and after_removal != before
    import_paths(seeded_library, [article_seed])
    assert scores(kept) == scores(SearchEngine(seeded_library)) == before
    with seeded_library.transaction() as session:
        busy = session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)")).first()[0]
    assert busy == 0


def test_a_long_lived_engine_names_and_orders_documents_as_they_are_now(seeded_library: Library) -> None:
    """The engine keeps each document's title, kind and date between searches; a change made through another
    connection shows at the next search, in the hits and in the newest-first order."""
    kept = SearchEngine(seeded_library)
    query = SearchQuery("5G", limit=1000, order="newest")

    def documents(engine: SearchEngine) -> list[tuple[int, str, str | None]]:
        return list(dict.fromkeys((hit.document_id, hit.document_title, hit.document_date) for hit in engine.search(query).hits))

    before = documents(kept)
    assert len(before) == 2
    older = before[-1][0]
    with seeded_library.transaction() as session:
        session.execute(text("UPDATE documents SET title = '改名', published = '2099-01-01' WHERE id = :d"), {"d": older})
    assert documents(kept) == documents(SearchEngine(seeded_library)) == [(older, "改名", "2099-01-01"), before[0]]
    with seeded_library.transaction() as session:
        session.execute(text("UPDATE documents SET published = NULL"))
    undated = documents(kept)
    assert [document_id for document_id, _title, _date in undated] == sorted((older, before[0][0]), reverse=True)
    assert all(date is None for _id, _title, date in undated)


def test_a_document_read_again_is_indexed_as_its_new_draft_within_one_transaction(
    seeded_library: Library, tmp_path: Path
) -> None:
    """An English record imported by an older importer as a plain document, read again with refresh: its index
    rows are the new sections', none of the old are left, and a long-lived engine, a new engine and the
    bookmarks to it agree."""
    from desktop_app.core import queries
    from desktop_app.core.bookmarks import add_bookmark, list_bookmarks
    from desktop_app.core.drafts import DocumentDraft, SectionDraft

    record = tmp_path / "tel68.txt"
    record.write_text((Path(__file__).parents[1] / "fixtures" / "tel68_summary_report.txt").read_text(encoding="utf-8"))
    (first,) = import_paths(seeded_library, [record])
    with seeded_library.session() as session:  # the file's hash, as the first import stored it
        stored = session.execute(text("SELECT sha256 FROM documents WHERE id = :d"), {"d": first.document_id}).scalar()
    old = DocumentDraft("2024/TEL68/SUMMARY", "document", "tel68.txt", stored, "an old reading: zzqxq",
                        sections=[SectionDraft(0, "", "2024/TEL68/SUMMARY", "an old reading: zzqxq")])
    seeded_library.replace_document(first.document_id, old)  # as an older importer had left it
    add_bookmark(seeded_library, f"telref://document/{first.document_id}", "the record")
    engine = SearchEngine(seeded_library)
    assert engine.search(SearchQuery("zzqxq")).total == 1 and engine.search(SearchQuery("e-Um", kind="meeting_record")).total == 0
    people_before = {p.name: p.id for p in queries.people(seeded_library)}

    (again,) = import_paths(seeded_library, [record], refresh=True)
    assert (again.status, again.document_id) == ("refreshed", first.document_id)
    assert again.extracted is not None and again.extracted.kind == "meeting_record"
    assert engine.search(SearchQuery("zzqxq")).total == 0
    fresh = SearchEngine(seeded_library)
    for query in (SearchQuery("e-Um", kind="meeting_record"), SearchQuery("Korea", limit=100)):
        assert [h.section_id for h in engine.search(query).hits] == [h.section_id for h in fresh.search(query).hits]
    assert engine.search(SearchQuery("e-Um", kind="meeting_record")).total > 0
    rows = _index_rows(seeded_library, first.document_id)
    assert rows["search_grams"] == rows["token postings"] > 1
    assert [b.target for b in list_bookmarks(seeded_library)] == [f"telref://document/{first.document_id}"]
    after = {p.name: p.id for p in queries.people(seeded_library)}
    assert all(after[name] == person_id for name, person_id in people_before.items() if name in after)
    assert "Ali Amran" in after
    (skipped,) = import_paths(seeded_library, [record])
    assert skipped.status == "skipped"
