"""First-stage scoring: the postings give FTS5's own BM25 order, exact match sets, and filters as sets."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator

import numpy as np
import pytest

from desktop_app.core.library import Library
from desktop_app.search.folding import fold
from desktop_app.search.grams import HAN, Phrase, mixed_pairs, query_phrase, token_texts
from desktop_app.search.plan import plan_for
from desktop_app.search.scoring import Matches, Scorer


@pytest.fixture()
def scorer(reading_library: Library) -> Iterator[Scorer]:
    connection = reading_library.engine.raw_connection()
    try:
        yield Scorer(connection.cursor())
    finally:
        connection.close()


def _fts_ranked(cursor: sqlite3.Cursor, expression: str) -> dict[int, float]:
    return dict(
        cursor.execute(
            "SELECT rowid, bm25(search_grams, 8.0, 1.0, 4.0) FROM search_grams WHERE search_grams MATCH ?", (expression,)
        ).fetchall()
    )


@pytest.mark.parametrize("token", ["频谱", "华为", "dpsg", "5", "会议"])
def test_one_token_matches_what_fts5_matches_in_fts5_bm25_order(scorer: Scorer, token: str) -> None:
    found = scorer.phrase(Phrase((token,)), None)
    fts = _fts_ranked(scorer.cursor, f'"{token}"')
    assert set(found.ids.tolist()) == set(fts) and fts
    order = [section_id for section_id, _score in Matches(found.ids, found.scores).top(len(found.ids))]
    fts_scores = [fts[section_id] for section_id in order]  # FTS5's bm25 is negative, lower is better
    assert all(first <= second + 1e-9 for first, second in zip(fts_scores, fts_scores[1:]))


def test_phrase_matches_exactly_and_scores_every_match(scorer: Scorer) -> None:
    phrase = Phrase(("资通", "通安", "安全"))
    found = scorer.phrase(phrase, None)
    assert set(found.ids.tolist()) == set(_fts_ranked(scorer.cursor, phrase.fts()))
    assert len(found.ids) and bool(np.all(found.scores > 0))


def test_filter_tags_are_the_sections_carrying_them(scorer: Scorer) -> None:
    rows = scorer.cursor.execute("SELECT id, economies, topics FROM sections").fetchall()
    korea = {section_id for section_id, economies, _t in rows if "KR" in json.loads(economies)}
    both = {
        section_id
        for section_id, economies, topics in rows
        if "KR" in json.loads(economies) and "5g" in json.loads(topics)
    }
    assert korea and both
    assert set(scorer.tagged(["economy:KR"]).tolist()) == korea
    assert set(scorer.tagged(["economy:KR", "topic:5g"]).tolist()) == both
    assert scorer.tagged([]) is None


def test_clauses_intersect_alternatives_unite_exclusions_remove(scorer: Scorer) -> None:
    plan = plan_for("5G -華為")
    with_huawei = set(_fts_ranked(scorer.cursor, '"华为"'))
    found = set(scorer.matches(plan.clauses, plan.excluded, [], plan.weights, plan.owners).ids.tolist())
    assert found == set(_fts_ranked(scorer.cursor, '"5 g"')) - with_huawei and found

    plan = plan_for("藍牙 OR 華為")
    either = set(_fts_ranked(scorer.cursor, '"蓝牙"')) | with_huawei
    assert set(scorer.matches(plan.clauses, plan.excluded, [], plan.weights, plan.owners).ids.tolist()) == either

    plan = plan_for("頻譜 5G")
    both = set(_fts_ranked(scorer.cursor, '("频谱" OR "spectrum") AND "5 g"'))
    assert set(scorer.matches(plan.clauses, plan.excluded, [], plan.weights, plan.owners).ids.tolist()) == both and both


def test_top_breaks_ties_by_section_order() -> None:
    matches = Matches(np.array([3, 5, 8, 9, 12]), np.array([1.0, 2.0, 2.0, 0.5, 2.0]))
    assert matches.top(2) == [(5, 2.0), (8, 2.0)]
    assert [section_id for section_id, _s in matches.top(10)] == [5, 8, 12, 3, 9]
    assert matches.top(0) == []


@pytest.mark.parametrize("word", ["频谱", "华为", "5g"])
def test_word_scores_are_bm25_over_each_sections_jieba_words(scorer: Scorer, sections: list, word: str) -> None:
    """An oracle from the sections' text: jieba's search-mode words per column, weighted 8/1/4, BM25 with the
    library's average weighted length."""
    import math

    from desktop_app.search.folding import fold
    from desktop_app.search.rerank import B, COLUMN_WEIGHTS, K1
    from desktop_app.search.segmenter import index_words

    counts, lengths = {}, {}
    for section in sections:
        columns = [index_words(fold(value or "")) for value in (section.heading, section.text, section.title)]
        lengths[section.id] = sum(w * len(column) for w, column in zip(COLUMN_WEIGHTS, columns))
        counts[section.id] = sum(w * column.count(word) for w, column in zip(COLUMN_WEIGHTS, columns))
    holding = {section_id for section_id, count in counts.items() if count}
    average = sum(lengths.values()) / len(lengths)
    idf = math.log(1 + (len(sections) - len(holding) + 0.5) / (len(holding) + 0.5))
    ids = np.array(sorted(counts), dtype=np.int64)
    scores = dict(zip(ids.tolist(), scorer.word_scores(((((word,), 1.0),),), ids).tolist()))
    assert holding and {section_id for section_id, score in scores.items() if score > 0} == holding
    for section_id in holding:
        tf, norm = counts[section_id], K1 * (1 - B + B * lengths[section_id] / average)
        assert scores[section_id] == pytest.approx(idf * tf * (K1 + 1) / (tf + norm), rel=1e-9)


def test_a_phrase_is_asked_of_fts5_only_where_its_tokens_meet(reading_library: Library) -> None:
    connection = reading_library.engine.raw_connection()
    statements: list[str] = []
    try:
        connection.driver_connection.set_trace_callback(statements.append)
        scorer = Scorer(connection.cursor())
        never_together = Phrase(("华为", "korea"))  # both stand in the seeds, never in one section
        assert len(scorer.sections_of("华为")) and len(scorer.sections_of("korea"))
        assert not len(scorer.holding(never_together))
        assert not [sql for sql in statements if "MATCH" in sql]
        phrase = Phrase(("资通", "通安", "安全"))
        assert scorer.holding(phrase).tolist() == sorted(_fts_ranked(scorer.cursor, phrase.fts()))
        assert [sql for sql in statements if "MATCH" in sql]
    finally:
        connection.driver_connection.set_trace_callback(None)
        connection.close()


def test_a_chinese_phrase_held_as_a_word_everywhere_matches_what_fts5_matches(scorer: Scorer, sections) -> None:
    """The shortcut past FTS5 (a phrase standing as a jieba word in every section holding its bigrams) gives
    FTS5's own sections for every 3-6 character run of the seeds' text, and it is taken for many of them."""
    runs = {
        run[start : start + length]
        for section in sections
        for run in re.findall(rf"[{HAN}]{{3,}}", f"{section.heading}\n{section.text}")
        for length in (3, 4, 6)
        for start in range(0, len(run) - length + 1, 5)
    }
    shortcuts = 0
    for text in sorted(runs):
        phrase = query_phrase(fold(text))
        assert phrase is not None and phrase.chinese_text() == fold(text)
        common = scorer.sections_of(phrase.tokens[0])
        for token in phrase.tokens[1:]:
            common = common[np.isin(common, scorer.sections_of(token))]
        shortcuts += scorer._held_as_word(phrase, common)
        expected = scorer.fts_ids(phrase.fts())
        assert scorer.holding(phrase).tolist() == expected.tolist(), text
    assert len(runs) > 5000 and shortcuts > 100, (len(runs), shortcuts)


def test_a_number_beside_a_latin_word_matches_what_fts5_matches(library: Library, sections) -> None:
    """The pair postings give FTS5's own sections for every number and Latin word side by side, written
    together or apart, across line wraps, Chinese and characters FTS5 reads as separators; and for every
    such pair in the seeds' text."""
    from desktop_app.search.indexer import SectionText, write_document

    texts = [
        "5G", "5 G", "5-G", "發展5\nG", "5ᦰG", "25G", "5GHz", "g5", "G 5", "5é G", "5 é G", "5 發 G", "IPv6",
        "ipv 6", "IPv66", "SATRIA-1", "satria 10", "4G/5G", "5G專網", "ＩＰｖ６", "Release 17", "3GPP",
    ]
    with library.engine.begin() as connection:
        write_document(connection, 1, [], [SectionText(i, "", text, "", [], []) for i, text in enumerate(texts, 1)])
        seeds = [SectionText(s.id + 1000, s.heading, s.text, s.title, [], []) for s in sections]
        write_document(connection, 2, [], seeds)
    connection = library.engine.raw_connection()
    try:
        scorer = Scorer(connection.cursor())
        queries = set(texts) | {
            pair for s in seeds for value in (s.heading, s.body, s.title) for pair in mixed_pairs(
                " ".join(token_texts(fold(value)))
            )
        }
        answered = 0
        for query in sorted(queries):
            phrase = query_phrase(fold(query))
            answered += phrase.mixed_pair() is not None
            assert scorer.holding(phrase).tolist() == scorer.fts_ids(phrase.fts()).tolist(), query
        assert answered > 50, answered
    finally:
        connection.close()


def test_top_breaks_ties_by_rank_before_section_order_even_at_the_cut() -> None:
    matches = Matches(np.array([3, 5, 8, 9], dtype=np.int64), np.array([2.0, 1.0, 2.0, 2.0]))
    newest_first = {3: 2, 5: 0, 8: 1, 9: 1}
    rank = lambda ids: np.array([newest_first[i] for i in ids.tolist()])  # noqa: E731
    assert [section for section, _score in matches.top(2, rank)] == [8, 9]
    assert [section for section, _score in matches.top(4, rank)] == [8, 9, 3, 5]
    assert [section for section, _score in matches.top(2)] == [3, 8]
