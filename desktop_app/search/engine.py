"""Searching the library: the API the window and `telref search` use.

    engine = SearchEngine(library)
    results = engine.search(SearchQuery("藍牙 追蹤器", economy="Korea", topic=None, meeting_id=None,
                                        kind=None, limit=50, offset=0))
    results.total          # sections matching, before limit/offset
    for hit in results.hits:   # best first
        hit.section_id, hit.document_id, hit.heading, hit.snippet, hit.marks, hit.score

A hit is one section with light fields only (ids, titles, heading, path, economies, topics, snippet), so a
Qt model can hold the list and fetch full rows on demand. Snippet marks come in two safe forms: `hit.snippet`
is plain text with `hit.marks` as (start, end) spans into it (`hit.heading_marks` likewise for the heading),
and `hit.snippet_html()` is HTML-escaped text with <mark> tags; `hit.snippet_marked()` wraps them in «».

Query text syntax is in query.py: any string is valid and never raises. Filters work with or without text:
economy takes a code or any alias (Korea, 南韓, KR), topic an id or label (spectrum, 頻譜), meeting an id,
kind a document kind. Without text, filtered sections come in reading order, newest documents first.

Matching uses the substring index (every run of two or more Chinese characters is found, Simplified or
Traditional); ranking is BM25 over it with headings weighted up, then rerank.py re-scores the best candidates
with jieba words, a heading that holds the query, and the whole query as one phrase. What the text alone
decides is worked out once per distinct text (plan.py). The first search loads jieba's dictionary unless
`segmenter.preload_in_background()` ran earlier.

Where the time goes (bench/README.md "## Search"): FTS5's bm25() over every match is about 1.5 µs a match
and is most of a search for common words (10 094 matches of 會議: ~12 ms); the rest is fetching the top
candidates' stored text, re-scoring them and cutting 20 snippets (~1–2 ms).
"""

from __future__ import annotations

import heapq
import json
import math
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from desktop_app.core.library import Library
from desktop_app.search import snippets
from desktop_app.search.filters import section_filters
from desktop_app.search.plan import QueryPlan, plan_for
from desktop_app.search.rerank import COLUMN_WEIGHTS as rerank_weights
from desktop_app.search.rerank import RERANK_BLOCK, Candidate, idf_of, rerank

# bm25 column weights (heading, body, title): a heading names what its section is about.
COLUMN_WEIGHTS = ", ".join(str(weight) for weight in rerank_weights)
MAX_LIMIT = 1000


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    economy: str | None = None
    topic: str | None = None
    meeting_id: int | None = None
    kind: str | None = None
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    document_title: str
    document_kind: str
    section_id: int
    heading: str
    path: list[str]
    economies: list[str]
    topics: list[str]
    snippet: str
    marks: tuple[tuple[int, int], ...]
    heading_marks: tuple[tuple[int, int], ...]
    score: float

    def snippet_marked(self, before: str = "«", after: str = "»") -> str:
        return snippets.marked(self.snippet, self.marks, before, after)

    def snippet_html(self) -> str:
        return snippets.marked_html(self.snippet, self.marks)

    def as_json(self) -> dict:
        return {
            "document_id": self.document_id,
            "document_title": self.document_title,
            "document_kind": self.document_kind,
            "section_id": self.section_id,
            "heading": self.heading,
            "path": self.path,
            "economies": self.economies,
            "topics": self.topics,
            "snippet": self.snippet_marked(),
            "marks": [list(span) for span in self.marks],
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class SearchResults:
    query: SearchQuery
    total: int
    hits: list[SearchHit] = field(default_factory=list)


class SearchEngine:
    """Answers SearchQuery objects from a library's FTS5 indexes; holds nothing but the library.

    Searches run on the pool's raw sqlite3 connection, not an ORM session: with a few milliseconds per search,
    SQLAlchemy's per-statement compilation and row wrapping were a large share. SQL text is constant (ids go
    in as a JSON array), so sqlite3's statement cache reuses prepared statements.
    """

    def __init__(self, library: Library) -> None:
        self.library = library

    def search(self, query: SearchQuery) -> SearchResults:
        plan = plan_for(query.text or "")
        filters, params = section_filters(query.economy, query.topic, query.meeting_id, query.kind)
        limit = max(0, min(int(query.limit), MAX_LIMIT))
        params.update(limit=limit, offset=max(0, int(query.offset)))
        if plan.match is None and not filters:
            return SearchResults(query, 0, [])
        with self._cursor() as cursor:
            if plan.match is not None:
                params["match"] = plan.match
                ranked, total = _ranked(cursor, plan, filters, params)
            else:
                ranked = _browse(cursor, plan, filters, params)
                total = ranked[0][2] if ranked else _count_browse(cursor, plan, filters, params)
            return SearchResults(query, total, _hits(cursor, ranked, plan))

    @contextmanager
    def _cursor(self) -> Iterator[sqlite3.Cursor]:
        connection = self.library.engine.raw_connection()
        try:
            cursor = connection.cursor()
            try:
                yield cursor
            finally:
                cursor.close()
        finally:
            connection.close()


def _ranked(cursor: sqlite3.Cursor, plan: QueryPlan, filters: list[str], params: dict) -> tuple[list[tuple], int]:
    """(section id, score, total) rows for the requested page, and the total: top candidates, re-ranked."""
    wanted = params["offset"] + params["limit"]
    params["candidates"] = max(1, math.ceil(wanted / RERANK_BLOCK)) * RERANK_BLOCK
    if filters:
        # One pass over the filtered matches gives both the top and the total: the count would look up every
        # match's section row a second time.
        matches = cursor.execute(
            f"SELECT g.rowid, bm25(search_grams, {COLUMN_WEIGHTS}) FROM search_grams g "
            "JOIN sections s ON s.id = g.rowid JOIN documents d ON d.id = s.document_id "
            f"WHERE search_grams MATCH :match AND {' AND '.join(filters)}",
            params,
        ).fetchall()
        top = heapq.nsmallest(params["candidates"], matches, key=lambda row: (row[1], row[0]))
        total = len(matches)
    else:
        top = cursor.execute(
            f"SELECT rowid, bm25(search_grams, {COLUMN_WEIGHTS}) AS rank FROM search_grams "
            "WHERE search_grams MATCH :match ORDER BY rank, 1 LIMIT :candidates",
            params,
        ).fetchall()
        count_sql = "SELECT count(*) FROM search_grams WHERE search_grams MATCH :match"
        total = int(cursor.execute(count_sql, params).fetchone()[0])
    if not top:
        return [], total
    candidates = _candidates(cursor, top, with_bodies=plan.whole is not None)
    order = rerank(candidates, _idf(cursor, plan), plan.clauses, plan.whole)
    page = order[params["offset"] : wanted]
    return [(section_id, -score, total) for section_id, score in page], total


def _candidates(cursor: sqlite3.Cursor, top: list, with_bodies: bool) -> list[Candidate]:
    """The stored index text re-ranking reads: jieba words of every column, and the substring index's
    heading (all its columns only when a whole phrase is to be looked for).

    Read from the FTS5 tables' own content tables (`<table>_content`, columns c0 c1 c2 in declared order), which
    skips the virtual table layer: half the cost for the hundred rows.
    """
    ids = {"ids": json.dumps([row[0] for row in top])}
    words = {
        row[0]: (row[1] or "", row[2] or "", row[3] or "")
        for row in cursor.execute(
            "SELECT id, c0, c1, c2 FROM search_words_content WHERE id IN (SELECT value FROM json_each(:ids))", ids
        )
    }
    grams_columns = "c0, c1, c2" if with_bodies else "c0"
    grams = {
        row[0]: tuple(value or "" for value in row[1:])
        for row in cursor.execute(
            f"SELECT id, {grams_columns} FROM search_grams_content WHERE id IN (SELECT value FROM json_each(:ids))",
            ids,
        )
    }
    empty_grams = ("", "", "") if with_bodies else ("",)
    return [
        Candidate(section_id, -float(rank), grams.get(section_id, empty_grams), words.get(section_id, ("", "", "")))
        for section_id, rank in top
    ]


def _idf(cursor: sqlite3.Cursor, plan: QueryPlan) -> dict[str, float]:
    """Inverse document frequency of each jieba word of the query, from the word index."""
    words = plan.words()
    if not words:
        return {}
    sections = int(cursor.execute("SELECT count(*) FROM sections").fetchone()[0] or 0)
    idf = {}
    for word in words:
        try:
            frequency = cursor.execute(
                "SELECT count(*) FROM search_words WHERE search_words MATCH :word", {"word": f'"{word}"'}
            ).fetchone()[0]
        except sqlite3.OperationalError:
            continue  # a word the index's tokenizer would split: left to the substring score
        idf[word] = idf_of(int(frequency or 0), sections)
    return idf


def _browse(cursor: sqlite3.Cursor, plan: QueryPlan, filters: list[str], params: dict) -> list[tuple]:
    where = _browse_where(plan, filters, params)
    sql = (
        "SELECT s.id, 0.0 AS score, count(*) OVER () AS total FROM sections s "
        f"JOIN documents d ON d.id = s.document_id WHERE {where} "
        "ORDER BY d.published DESC NULLS LAST, d.id DESC, s.position LIMIT :limit OFFSET :offset"
    )
    return [tuple(row) for row in cursor.execute(sql, params)]


def _browse_where(plan: QueryPlan, filters: list[str], params: dict) -> str:
    conditions = list(filters)
    if plan.excluded:
        params["excluded"] = plan.excluded
        conditions.append("s.id NOT IN (SELECT rowid FROM search_grams WHERE search_grams MATCH :excluded)")
    return " AND ".join(conditions)


def _count_browse(cursor: sqlite3.Cursor, plan: QueryPlan, filters: list[str], params: dict) -> int:
    """The total when the requested page is past the last filtered section."""
    sql = (
        "SELECT count(*) FROM sections s JOIN documents d ON d.id = s.document_id "
        f"WHERE {_browse_where(plan, filters, params)}"
    )
    return int(cursor.execute(sql, params).fetchone()[0] or 0)


def _hits(cursor: sqlite3.Cursor, ranked: list[tuple], plan: QueryPlan) -> list[SearchHit]:
    if not ranked:
        return []
    rows = {
        row[0]: row
        for row in cursor.execute(
            "SELECT s.id, s.document_id, d.title, d.kind, s.heading, s.path, s.economies, s.topics, s.text "
            "FROM sections s JOIN documents d ON d.id = s.document_id "
            "WHERE s.id IN (SELECT value FROM json_each(:ids))",
            {"ids": json.dumps([row[0] for row in ranked])},
        )
    }
    hits = []
    for section_id, score, _total in ranked:
        row = rows[section_id]
        snippet = snippets.make_snippet(row[8] or "", plan.patterns)
        heading_marks = tuple((s, e) for s, e, _t in snippets.find_spans(row[4] or "", plan.patterns))
        hits.append(
            SearchHit(
                document_id=row[1],
                document_title=row[2],
                document_kind=row[3],
                section_id=section_id,
                heading=row[4],
                path=_json_list(row[5]),
                economies=_json_list(row[6]),
                topics=_json_list(row[7]),
                snippet=snippet.text,
                marks=snippet.spans,
                heading_marks=heading_marks,
                score=-float(score or 0.0),
            )
        )
    return hits


def _json_list(value: object) -> list:
    if isinstance(value, list):
        return value
    if value == "[]":
        return []
    try:
        loaded = json.loads(value) if isinstance(value, str) else []
    except ValueError:
        return []
    return loaded if isinstance(loaded, list) else []
