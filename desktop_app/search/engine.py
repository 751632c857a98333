"""Searching the library: the API the window and `telref search` use.

    engine = SearchEngine(library)
    results = engine.search(SearchQuery("藍牙 追蹤器", economy="Korea", topic=None, meeting_id=None,
                                        kind=None, limit=50, offset=0))
    results.total          # sections matching, before limit/offset
    for hit in results.hits:   # best first
        hit.section_id, hit.document_id, hit.heading, hit.snippet, hit.marks, hit.score

A hit (hits.py) is one section with light fields only (ids, titles, heading, path, economies, topics,
snippet), so a Qt model can hold the list and fetch full rows on demand. Snippet marks come in two safe forms:
`hit.snippet` is plain text with `hit.marks` as (start, end) spans into it (`hit.heading_marks` likewise for
the heading), and `hit.snippet_html()` is HTML-escaped text with <mark> tags; `hit.snippet_marked()` wraps
them in «».

Query text syntax is in query.py: any string is valid and never raises. Filters work with or without text:
economy takes a code or any alias (Korea, 南韓, KR), topic an id or label (spectrum, 頻譜), meeting an id (and
finds every document that reports that meeting: each agency's trip report, the forum's own record), kind a
document kind. Without text, filtered sections come in reading order, newest documents first; with
text, best first (of equal scores, as a paragraph repeated word for word in yearly reports has, the newest
document's first), or in that same newest-first order when the query asks for order="newest".

Matching uses the substring index (every run of two or more Chinese characters is found, Simplified or
Traditional): scoring.py finds every match and scores it by BM25 over the substring tokens, headings weighted
up, plus BM25 over jieba's words, in NumPy passes over the postings (postings.py); filters are postings tags.
rerank.py then re-scores the best candidates for a heading that holds the query and for the whole query as
one phrase, from the same section rows the hits are made from. What the text alone decides is worked out once
per distinct text (plan.py). The first search loads jieba's dictionary unless
`warm_up.preload_in_background()` ran earlier, and reads the library's state unless `engine.prepare()` did.

Where the time goes (bench/README.md "## Search"): about 1–2 ms a search on the 300-report library. Reading a
key's postings is one joined value (0.01–0.04 ms); FTS5 phrase matching, where a query has a phrase the
postings do not answer (an English phrase such as "artificial intelligence", a Chinese phrase whose bigrams
also stand apart), 0.1–0.5 ms; reading the 25 candidates' rows and making 20 hits with snippets 0.25–0.4 ms.
"""

from __future__ import annotations

import functools
import itertools
import math
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np

from desktop_app.core.library import Library
from desktop_app.search import MAX_LIMIT, ORDERS, postings
from desktop_app.search.filters import Tag, filter_tags
from desktop_app.search.hits import SearchHit, SectionRows, make_hits, read_sections
from desktop_app.search.library_state import LibraryState
from desktop_app.search.plan import QueryPlan, plan_for
from desktop_app.search.rerank import COLUMN_WEIGHTS as rerank_weights
from desktop_app.search.rerank import RERANK_BLOCK, WORD_WEIGHT, candidate, rerank
from desktop_app.search.scoring import Matches, Scorer
from desktop_app.search.sorted_ids import contains

# bm25 column weights (heading, body, title): a heading names what its section is about.
COLUMN_WEIGHTS = ", ".join(str(weight) for weight in rerank_weights)
__all__ = ["SearchEngine", "SearchHit", "SearchQuery", "SearchResults"]


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    economy: str | None = None
    topic: str | None = None
    meeting_id: int | None = None
    kind: str | None = None
    limit: int = 50
    offset: int = 0
    order: str = "relevance"  # one of ORDERS


@dataclass(frozen=True)
class SearchResults:
    query: SearchQuery
    total: int
    hits: list[SearchHit] = field(default_factory=list)


class SearchEngine:
    """Answers SearchQuery objects from a library's search indexes; holds the library and, per reader, what
    searches need of it beyond the postings (library_state.py: totals, each document's title, kind and date).

    Searches run on the library's reader, a raw sqlite3 connection, not an ORM session: with a few
    milliseconds per search, SQLAlchemy's per-statement compilation and row wrapping were a large share. SQL
    text is constant (ids go in as a JSON array), so sqlite3's statement cache reuses prepared statements.
    """

    def __init__(self, library: Library) -> None:
        self.library = library
        # reader → the library as it last saw it; keyed by the connection itself, not its id(), so a closed
        # reader's id reused by a new one (whose data_version counts from the start again) finds no stale state
        self._states: dict[sqlite3.Connection, LibraryState] = {}

    @classmethod
    def of(cls, library: Library) -> SearchEngine:
        """The library's shared engine, for as long as the library lives: the window's searches and its pages'
        searches (a person's mentions) then share what it keeps per reader, read once and prepared ahead
        (a person page on the 300-report library built its own and paid 1 ms more for it)."""
        engine = library.companions.get(cls)
        if not isinstance(engine, cls):
            engine = library.companions[cls] = cls(library)
        return engine

    def search(self, query: SearchQuery) -> SearchResults:
        if query.order not in ORDERS:
            raise ValueError(f"no sort order called {query.order!r} (sort orders: {', '.join(ORDERS)})")
        plan = plan_for(query.text or "")
        limit = max(0, min(int(query.limit), MAX_LIMIT))
        offset = max(0, int(query.offset))
        if plan.match is None and not (query.economy or query.topic or query.meeting_id is not None or query.kind):
            return SearchResults(query, 0, [])
        with self._cursor() as cursor:
            state = self._state(cursor)
            meetings = state.same_meeting(cursor, query.meeting_id) if query.meeting_id is not None else ()
            tags = filter_tags(query.economy, query.topic, meetings, query.kind)
            scorer = Scorer(cursor, lambda: state.totals(cursor), state.kind_records, state.kept_postings)
            if plan.match is not None and query.order == "relevance":
                page, total, rows = _ranked(scorer, state, plan, tags, offset, limit)  # reads rows to re-rank
            else:
                if plan.match is not None:
                    page, total = _newest(scorer, state, plan, tags, offset, limit)
                else:
                    page, total = _browse(scorer, state, plan, tags, offset, limit)
                ids = [section_id for section_id, _score in page]
                rows = read_sections(cursor, ids, plan, state.documents(cursor), scorer.unheld)
            return SearchResults(query, total, make_hits(rows, page))

    def prepare(self) -> None:
        """Read ahead, on this thread's reader, what any first search on it would read: the library's state
        (totals, every document's facts, which document each section is in), FTS5's index structure, and the
        statements a search runs, compiled into the reader's statement cache. A first search on a new reader
        spent about 2 ms more on them than the next one (bench/README.md); the window calls this once the
        search modules are loaded."""
        with self._cursor() as cursor:
            state = self._state(cursor)
            state.totals(cursor)
            documents = state.documents(cursor)
            state.section_places(cursor)
            Scorer(cursor).read_ahead()
            read_sections(cursor, [], plan_for(""), documents)

    @contextmanager
    def _cursor(self) -> Iterator[sqlite3.Cursor]:
        """The reader's cursor inside one read transaction: every statement of a search sees the library as it
        was when the search began. Without it each statement saw the latest commit, and an import committing
        between the count and the rows gave a total of 9 over 8 hits."""
        cursor = self.library.reader().cursor()
        cursor.execute("BEGIN")
        try:
            yield cursor
        finally:
            cursor.close()  # resets its statements: no read snapshot outlives the search
            cursor.connection.rollback()  # ends the read transaction (nothing was written)

    def _state(self, cursor: sqlite3.Cursor) -> LibraryState:
        """The library as the reader last saw it, read again only after a write: PRAGMA data_version changes on
        a connection whenever another one commits, and the reader never writes."""
        (version,) = cursor.execute("PRAGMA data_version").fetchone()
        kept = self._states.get(cursor.connection)
        if kept is None or kept.version != version:
            kept = self._states[cursor.connection] = LibraryState(version)
        return kept


def _ranked(
    scorer: Scorer, state: LibraryState, plan: QueryPlan, tags: list[Tag], offset: int, limit: int
) -> tuple[list[tuple], int, SectionRows]:
    """(section id, score) for the requested page, the total, and the rows read for re-ranking (which hold
    the page's): every match scored, the best re-ranked."""
    found = scorer.matches(plan.clauses, plan.excluded, tags, plan.weights, plan.owners)
    total = len(found.ids)
    wanted = offset + limit
    count = max(1, math.ceil(wanted / RERANK_BLOCK)) * RERANK_BLOCK
    if not found.scores.any():
        found = _top_by_fts5(scorer.cursor, plan, found, count)
    words = scorer.word_scores(plan.words(scorer.unheld), found.ids)
    newest_first = functools.partial(state.newest_section_rank, scorer.cursor)
    top = Matches(found.ids, found.scores + WORD_WEIGHT * words).top(count, newest_first)
    first_block = offset // RERANK_BLOCK * RERANK_BLOCK  # blocks never mix: only the page's are re-ranked
    top = top[first_block:]
    if not top:
        return [], total, SectionRows({}, plan)
    ids = [section_id for section_id, _score in top]
    rows = read_sections(scorer.cursor, ids, plan, state.documents(scorer.cursor), scorer.unheld)
    order = rerank([candidate(section_id, score, rows) for section_id, score in top])
    return order[offset - first_block : wanted - first_block], total, rows


def _top_by_fts5(cursor: sqlite3.Cursor, plan: QueryPlan, found: Matches, count: int) -> Matches:
    """The best count matches by FTS5's own bm25, and every match tied with the last of them, for queries no
    postings token scores (one character, a prefix)."""
    if not len(found.ids):
        return found
    allowed = set(found.ids.tolist())
    ranked = (
        (section_id, -float(rank))
        for section_id, rank in cursor.execute(
            f"SELECT rowid, bm25(search_grams, {COLUMN_WEIGHTS}) AS rank FROM search_grams "
            "WHERE search_grams MATCH ? ORDER BY rank, 1",
            (plan.match,),
        )
        if section_id in allowed
    )
    best = list(itertools.islice(ranked, count))
    if len(best) == count:
        cut = best[-1][1]
        best += itertools.takewhile(lambda row: row[1] == cut, ranked)
    best.sort()
    return Matches(np.array([row[0] for row in best], dtype=np.int64), np.array([row[1] for row in best]))


def _newest(
    scorer: Scorer, state: LibraryState, plan: QueryPlan, tags: list[Tag], offset: int, limit: int
) -> tuple[list[tuple], int]:
    """Every match in newest-first order (as browsing orders sections), each with its first-stage score; and
    the total. Which document a section is in comes from the state's records of every section, read once."""
    found = scorer.matches(plan.clauses, plan.excluded, tags, plan.weights, plan.owners)
    tagged = state.tagged_sections(scorer.cursor)
    ids = _in_newest_order(scorer, state, tagged[contains(found.ids, tagged["section"].astype(np.int64))])
    page = ids[offset : offset + limit]
    scores = found.scores[np.searchsorted(found.ids, page)]
    return list(zip(page.tolist(), scores.tolist())), len(ids)


def _in_newest_order(scorer: Scorer, state: LibraryState, tagged: np.ndarray) -> np.ndarray:
    """The sections of tagged records (section, document, in reading order within each document): newest
    documents first, each in reading order."""
    rank = state.newest_rank(scorer.cursor, tagged["document"].astype(np.int64))
    return tagged["section"][np.argsort(rank, kind="stable")].astype(np.int64)


def _browse(
    scorer: Scorer, state: LibraryState, plan: QueryPlan, tags: list[Tag], offset: int, limit: int
) -> tuple[list[tuple], int]:
    """Filtered sections without query text: newest documents first, each in reading order; and the total."""
    ids = _in_newest_order(scorer, state, scorer.stored_any(tags[0]).view(postings.TAGGED))
    others = scorer.tagged(tags[1:])
    if others is not None:
        ids = ids[contains(others, ids)]
    if plan.excluded:
        ids = ids[~scorer.holding_any(plan.excluded, ids)]
    return [(section_id, 0.0) for section_id in ids[offset : offset + limit].tolist()], len(ids)
