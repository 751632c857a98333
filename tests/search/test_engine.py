"""The engine's reader, prepared ahead of a first search (SearchEngine.prepare)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.drafts import DocumentDraft, SectionDraft
from desktop_app.core.library import Library
from desktop_app.search.engine import SearchEngine, SearchQuery

_QUERY = SearchQuery("資通安全", limit=5)


def _first_search(library: Library, prepare: bool, query: SearchQuery = _QUERY) -> tuple[list[int], list[str]]:
    """The section ids a new engine's first search finds, and the statements it runs on the reader."""
    engine = SearchEngine(library)
    if prepare:
        engine.prepare()
    statements: list[str] = []
    reader = library.reader()
    reader.set_trace_callback(statements.append)
    try:
        found = [hit.section_id for hit in engine.search(query).hits]
    finally:
        reader.set_trace_callback(None)
    return found, statements


def _reads_library_state(statements: list[str]) -> bool:
    return any("FROM documents" in statement or "FROM search_documents" in statement for statement in statements)


def test_a_prepared_engine_reads_no_library_state_on_its_first_search(seeded_library: Library) -> None:
    unprepared, unprepared_statements = _first_search(seeded_library, prepare=False)
    prepared, prepared_statements = _first_search(seeded_library, prepare=True)
    assert prepared == unprepared and prepared
    assert _reads_library_state(unprepared_statements)
    assert not _reads_library_state(prepared_statements)


def test_a_chinese_phrase_that_stands_as_a_word_wherever_its_bigrams_do_is_not_asked_of_fts5(
    seeded_library: Library, containing
) -> None:
    """緊急漫遊 stands as a jieba word wherever its bigrams do; 國家通訊 at the start of one (國家通訊傳播委員會);
    電信業者's bigrams also stand apart in sections without it, which only FTS5 can tell."""
    for text in ("緊急漫遊", "國家通訊"):
        found, statements = _first_search(seeded_library, prepare=True, query=SearchQuery(text, limit=50))
        assert set(found) == containing(text) != set()
        assert not any("search_grams" in statement for statement in statements), text
    found, statements = _first_search(seeded_library, prepare=True, query=SearchQuery("電信業者", limit=50))
    assert set(found) == containing("電信業者") != set()
    assert any("search_grams MATCH" in statement for statement in statements)


def test_a_number_beside_a_latin_word_is_answered_from_its_pair_postings_not_fts5(seeded_library: Library) -> None:
    """5G and IPv6 are two tokens each (5 g, ipv 6) whose pair the postings hold: the sections found are FTS5's
    own for the phrase, and FTS5 is not asked."""
    for text, phrase in (("5G", '"5 g"'), ("IPv6", '"ipv 6"')):
        found, statements = _first_search(seeded_library, prepare=True, query=SearchQuery(text, limit=500))
        expected = {row[0] for row in seeded_library.reader().execute(
            "SELECT rowid FROM search_grams WHERE search_grams MATCH ?", (phrase,)
        )}
        assert set(found) == expected != set(), text
        assert not any("search_grams" in statement for statement in statements), text



def test_a_prepared_reader_filters_by_kind_from_the_records_it_holds(seeded_library: Library) -> None:
    """A kind filter's sections come from the kind records read when the reader was prepared, with or without
    text: no read of the kind's postings, and the same hits as an engine that reads them."""
    for query in (SearchQuery("5G", kind="news_article", limit=500), SearchQuery(kind="trip_report", limit=500)):
        unprepared, unprepared_statements = _first_search(seeded_library, prepare=False, query=query)
        prepared, prepared_statements = _first_search(seeded_library, prepare=True, query=query)
        assert prepared == unprepared and prepared
        assert any("search_postings" in statement and "kind:" in statement for statement in unprepared_statements)
        assert not any("kind:" in statement for statement in prepared_statements)

def test_a_library_has_one_shared_engine(seeded_library: Library, library: Library) -> None:
    shared = SearchEngine.of(seeded_library)
    assert SearchEngine.of(seeded_library) is shared and SearchEngine.of(library) is not shared
    assert shared.library is seeded_library


def _add_one_section_article(library: Library, number: int, title: str, text: str, published: date | None) -> None:
    """A news article of one section holding text, its content hash made from number (distinct per test)."""
    library.add_document(DocumentDraft(
        title, "news_article", f"{number}.txt", f"{number:064x}", text, published,
        sections=[SectionDraft(0, "", "近況", text)],
    ))


def test_a_paragraph_repeated_word_for_word_comes_newest_first(library: Library) -> None:
    """Yearly reports repeat paragraphs: each copy scores the same, and the newest document's comes first,
    whatever order they were imported in; an undated one last."""
    paragraph = "本工作小組持續推動區域頻譜協調與緊急漫遊合作。"
    for number, published in enumerate([date(2021, 3, 1), date(2023, 3, 1), None, date(2019, 3, 1)]):
        _add_one_section_article(library, number, f"年度報告 {number}", paragraph, published)
    engine = SearchEngine(library)
    found = engine.search(SearchQuery("緊急漫遊", limit=10))
    assert len({round(hit.score, 9) for hit in found.hits}) == 1
    assert [hit.document_title for hit in found.hits] == ["年度報告 1", "年度報告 0", "年度報告 3", "年度報告 2"]
    assert [hit.document_title for hit in engine.search(SearchQuery("緊急漫遊", limit=1)).hits] == ["年度報告 1"]
    one_character = engine.search(SearchQuery("漫", limit=10)).hits  # ranked by FTS5's bm25, not the postings
    assert [hit.document_title for hit in one_character] == ["年度報告 1", "年度報告 0", "年度報告 3", "年度報告 2"]


def test_the_words_of_a_name_that_stands_nowhere_do_not_rank(library: Library) -> None:
    """Korea's names include Republic of Korea. Where it stands in no section, its words (of, republic) give
    no section a share of Korea's score: two sections alike but for "of" against "for" score the same; once
    a section holds the name, its words count again."""
    texts = {
        "of": "韓國代表說明頻譜政策，Ministry of Science and ICT, one of the ministries of the government.",
        "for": "韓國代表說明頻譜政策，Ministry for Science and ICT, one for the ministries for the government.",
    }
    for number, (name, text) in enumerate(texts.items()):
        _add_one_section_article(library, number, name, text, date(2024, 1, 1))
    scores = {hit.document_title: hit.score for hit in SearchEngine(library).search(SearchQuery("Korea")).hits}
    assert set(scores) == {"of", "for"} and scores["of"] == pytest.approx(scores["for"])

    _add_one_section_article(library, 2, "named", "The Republic of Korea joined the meeting.", date(2024, 1, 1))
    scores = {hit.document_title: hit.score for hit in SearchEngine(library).search(SearchQuery("Korea")).hits}
    assert scores["of"] > scores["for"]


def test_a_search_sees_the_library_as_it_was_when_it_began(seeded_library: Library) -> None:
    """An import or a removal may commit while a search runs (the window searches on its own thread, a tool's
    stdin server beside an import): the total and the hits come from one snapshot. The article is removed by
    another connection just before the search reads its hits' rows; they are still read, as counted."""
    from desktop_app.core import queries

    article = next(d for d in queries.documents(seeded_library) if d.kind == "news_article")
    engine = SearchEngine(seeded_library)
    reader = seeded_library.reader()
    removed: list[bool] = []

    def remove_before_rows(statement: str) -> None:
        if "FROM sections" in statement and not removed:
            removed.append(seeded_library.remove_document(article.id))

    reader.set_trace_callback(remove_before_rows)
    try:
        results = engine.search(SearchQuery("華為", limit=50))
    finally:
        reader.set_trace_callback(None)
    assert removed == [True] and results.total == len(results.hits) > 0
    assert engine.search(SearchQuery("華為", limit=50)).total == 0, "the next search sees the removal"
