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
with jieba words, a heading that holds the query, and the whole query as one phrase. The first search loads jieba's dictionary unless
`segmenter.preload_in_background()` ran earlier.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from desktop_app.core.economies import registry
from desktop_app.core.library import Library
from desktop_app.core.topics import taxonomy
from desktop_app.search import segmenter, snippets
from desktop_app.search.folding import fold
from desktop_app.search.query import ParsedQuery, parse
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
    """Answers SearchQuery objects from a library's FTS5 indexes; holds nothing but the library."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def search(self, query: SearchQuery) -> SearchResults:
        parsed = parse(query.text or "")
        filters, params = _filters(query)
        limit = max(0, min(int(query.limit), MAX_LIMIT))
        params.update(limit=limit, offset=max(0, int(query.offset)))
        match = parsed.gram_match()
        if match is not None:
            params["match"] = match
            ranked, total = self._ranked(parsed, filters, params)
        elif filters:
            ranked = self._browse(parsed, filters, params)
            total = ranked[0][2] if ranked else self._count_browse(parsed, filters, params)
        else:
            return SearchResults(query, 0, [])
        return SearchResults(query, total, self._hits(ranked, parsed))

    def _ranked(self, parsed: ParsedQuery, filters: list[str], params: dict) -> tuple[list[tuple], int]:
        """(section id, score, total) rows for the requested page, and the total: top candidates, re-ranked."""
        wanted = params["offset"] + params["limit"]
        params["candidates"] = max(1, math.ceil(wanted / RERANK_BLOCK)) * RERANK_BLOCK
        with self.library.session() as session:
            if filters:
                where = " AND ".join(filters)
                joined = (
                    "FROM search_grams g JOIN sections s ON s.id = g.rowid JOIN documents d ON d.id = s.document_id "
                    f"WHERE search_grams MATCH :match AND {where}"
                )
                ranked_sql = f"SELECT g.rowid, bm25(search_grams, {COLUMN_WEIGHTS}) AS rank {joined}"
                count_sql = f"SELECT count(*) {joined}"
            else:
                ranked_sql = (
                    f"SELECT rowid, bm25(search_grams, {COLUMN_WEIGHTS}) AS rank FROM search_grams "
                    "WHERE search_grams MATCH :match"
                )
                count_sql = "SELECT count(*) FROM search_grams WHERE search_grams MATCH :match"
            top = session.execute(text(f"{ranked_sql} ORDER BY rank, 1 LIMIT :candidates"), params).all()
            total = int(session.execute(text(count_sql), params).scalar() or 0)
            if not top:
                return [], total
            candidates = self._candidates(session, top)
            idf = self._idf(session, parsed)
        clauses = [[phrase for term in clause for phrase in term.phrases()] for clause in parsed.clauses]
        order = rerank(candidates, idf, clauses, parsed.whole_phrase())
        page = order[params["offset"] : wanted]
        return [(section_id, -score, total) for section_id, score in page], total

    @staticmethod
    def _candidates(session, top: list) -> list[Candidate]:
        ids = ", ".join(str(int(row[0])) for row in top)
        stored = {}
        for table in ("search_grams", "search_words"):
            rows = session.execute(text(f"SELECT rowid, heading, body, title FROM {table} WHERE rowid IN ({ids})"))
            stored[table] = {row[0]: (row[1] or "", row[2] or "", row[3] or "") for row in rows}
        return [
            Candidate(row[0], -float(row[1]), stored["search_grams"].get(row[0], ("", "", "")),
                      stored["search_words"].get(row[0], ("", "", "")))
            for row in top
        ]

    @staticmethod
    def _idf(session, parsed: ParsedQuery) -> dict[str, float]:
        """Inverse document frequency of each jieba word of the query, from the word index."""
        words = _query_words(parsed)
        if not words:
            return {}
        sections = int(session.execute(text("SELECT count(*) FROM sections")).scalar() or 0)
        idf = {}
        for word in words:
            try:
                frequency = session.execute(
                    text("SELECT count(*) FROM search_words WHERE search_words MATCH :word"), {"word": f'"{word}"'}
                ).scalar()
            except OperationalError:
                continue  # a word the index's tokenizer would split: left to the substring score
            idf[word] = idf_of(int(frequency or 0), sections)
        return idf

    def _browse(self, parsed: ParsedQuery, filters: list[str], params: dict) -> list[tuple]:
        where = self._browse_where(parsed, filters, params)
        sql = (
            "SELECT s.id, 0.0 AS score, count(*) OVER () AS total FROM sections s "
            f"JOIN documents d ON d.id = s.document_id WHERE {where} "
            "ORDER BY d.published DESC NULLS LAST, d.id DESC, s.position LIMIT :limit OFFSET :offset"
        )
        with self.library.session() as session:
            return [tuple(row) for row in session.execute(text(sql), params)]

    @staticmethod
    def _browse_where(parsed: ParsedQuery, filters: list[str], params: dict) -> str:
        conditions = list(filters)
        excluded = parsed.excluded_match()
        if excluded:
            params["excluded"] = excluded
            conditions.append("s.id NOT IN (SELECT rowid FROM search_grams WHERE search_grams MATCH :excluded)")
        return " AND ".join(conditions)

    def _count_browse(self, parsed: ParsedQuery, filters: list[str], params: dict) -> int:
        """The total when the requested page is past the last filtered section."""
        sql = (
            "SELECT count(*) FROM sections s JOIN documents d ON d.id = s.document_id "
            f"WHERE {self._browse_where(parsed, filters, params)}"
        )
        with self.library.session() as session:
            return int(session.execute(text(sql), params).scalar() or 0)

    def _hits(self, ranked: list[tuple], parsed: ParsedQuery) -> list[SearchHit]:
        if not ranked:
            return []
        ids = [row[0] for row in ranked]
        placeholders = ", ".join(f":id{index}" for index in range(len(ids)))
        sql = (
            "SELECT s.id, s.document_id, d.title, d.kind, s.heading, s.path, s.economies, s.topics, s.text "
            f"FROM sections s JOIN documents d ON d.id = s.document_id WHERE s.id IN ({placeholders})"
        )
        with self.library.session() as session:
            rows = {row[0]: row for row in session.execute(text(sql), {f"id{i}": v for i, v in enumerate(ids)})}
        patterns = _patterns(parsed)
        hits = []
        for section_id, score, _total in ranked:
            row = rows[section_id]
            snippet = snippets.make_snippet(row[8] or "", patterns)
            heading_marks = tuple((s, e) for s, e, _t in snippets.find_spans(row[4] or "", patterns))
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


def _filters(query: SearchQuery) -> tuple[list[str], dict]:
    """SQL conditions on sections s / documents d for the query's filters, and their parameters."""
    conditions: list[str] = []
    params: dict = {}
    if query.economy:
        params["economy"] = registry().resolve(query.economy) or query.economy
        conditions.append("EXISTS (SELECT 1 FROM json_each(s.economies) WHERE json_each.value = :economy)")
    if query.topic:
        params["topic"] = taxonomy().resolve(query.topic) or query.topic
        conditions.append("EXISTS (SELECT 1 FROM json_each(s.topics) WHERE json_each.value = :topic)")
    if query.meeting_id is not None:
        params["meeting"] = int(query.meeting_id)
        conditions.append("s.document_id IN (SELECT document_id FROM meetings WHERE id = :meeting)")
    if query.kind:
        params["kind"] = query.kind
        conditions.append("d.kind = :kind")
    return conditions, params


def _query_words(parsed: ParsedQuery) -> list[str]:
    """The query's jieba words (every spelling of every required term), without repeats."""
    words: dict[str, None] = {}
    for term in parsed.positive_terms():
        for spelling in term.spellings:
            words.update(dict.fromkeys(segmenter.query_words(fold(spelling))))
    return list(words)


def _patterns(parsed: ParsedQuery) -> list[tuple[int, re.Pattern[str]]]:
    patterns = []
    for number, term in enumerate(parsed.positive_terms()):
        for spelling in term.spellings:
            pattern = snippets.term_pattern(spelling)
            if pattern is not None:
                patterns.append((number, pattern))
    return patterns


def _json_list(value: object) -> list:
    if isinstance(value, list):
        return value
    try:
        loaded = json.loads(value) if isinstance(value, str) else []
    except ValueError:
        return []
    return loaded if isinstance(loaded, list) else []
