"""The rows a search shows: the best candidates' sections read in one query, and hits made from them.

Re-ranking (rerank.py) and the page of hits read the same rows, so the candidates' text is read once.
A hit is one section with light fields only (ids, titles, heading, path, economies, topics, snippet), so a
Qt model can hold the list and fetch full rows on demand.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Mapping, Sequence
from typing import NamedTuple

from desktop_app.search import marks, snippets
from desktop_app.search.grams import Phrase
from desktop_app.search.json_lists import json_list
from desktop_app.search.library_state import DocumentFacts
from desktop_app.search.plan import QueryPlan

# `s.position = 0`: whether a section is its document's first (positions count from 0 in each document,
# Library.add_document), where the document's title counts as its text, as in the index. The document's own
# facts come from the engine's LibraryState, not from a join: a document's row holds its whole text.
_READ = (
    "SELECT s.id, s.document_id, coalesce(s.heading, ''), s.path, s.economies, s.topics, coalesce(s.text, ''), "
    "s.position = 0 FROM sections s WHERE s.id IN (SELECT value FROM json_each(?))"
)


class SectionRow(NamedTuple):
    section_id: int
    document_id: int
    heading: str
    path: str | None
    economies: str | None
    topics: str | None
    text: str
    first: int  # 1 on the document's first section (SQLite's truth value)
    document_title: str
    document_kind: str
    document_date: str | None  # ISO date the document was published (a report: its meeting's last day)

    @property
    def title(self) -> str:
        """The document's title where the index has it: on the document's first section."""
        return self.document_title if self.first else ""


class SectionRows:
    """The sections read for one search, by id, and what the query's patterns find in them, found once for
    both re-ranking and the hits (a section removed since its id was found is simply not there)."""

    def __init__(self, rows: dict[int, SectionRow], plan: QueryPlan, unheld: Collection[Phrase] = ()) -> None:
        self._rows = rows
        self.plan = plan
        self.patterns = plan.patterns(unheld)
        self._as_written = snippets.reads_text_as_written(
            [pattern for _term, pattern in self.patterns] + [plan.whole_pattern]
        )
        self._searchable: dict[tuple[int, str], str] = {}
        self._headings: dict[int, list[tuple[int, int, int]]] = {}

    def get(self, section_id: int) -> SectionRow | None:
        return self._rows.get(section_id)

    def searchable(self, row: SectionRow, column: str) -> str:
        """A column of the row ("heading", "text" or "title") as the plan's patterns read it."""
        value: str = getattr(row, column)
        if self._as_written or not value:
            return value
        key = (row.section_id, column)
        found = self._searchable.get(key)
        if found is None:
            found = self._searchable[key] = snippets.searchable_text(value)
        return found

    def heading_spans(self, row: SectionRow) -> list[tuple[int, int, int]]:
        """(start, end, term number) of the query's matches in the row's heading."""
        found = self._headings.get(row.section_id)
        if found is None:
            found = self._headings[row.section_id] = snippets.spans_in(self.searchable(row, "heading"), self.patterns)
        return found

    def text_spans(self, row: SectionRow) -> list[tuple[int, int, int]]:
        """(start, end, term number) of the query's matches in the row's text."""
        return snippets.spans_in(self.searchable(row, "text"), self.patterns)

    def holds_whole_query(self, row: SectionRow) -> bool:
        """Whether the row's heading, text or title holds the query's words as one phrase."""
        whole = self.plan.whole_pattern
        return whole is not None and any(
            whole.found_in(self.searchable(row, column)) for column in ("heading", "text", "title")
        )


def read_sections(
    cursor: sqlite3.Cursor,
    ids: Sequence[int],
    plan: QueryPlan,
    documents: Mapping[int, DocumentFacts],
    unheld: Collection[Phrase] = (),
) -> SectionRows:
    """The sections of ids, read in one query, each with its document's facts (a section of a document that
    documents does not hold is left out: see library_state.py); unheld as in QueryPlan.patterns."""
    make = SectionRow._make
    rows = {
        row[0]: make(row + facts)
        for row in cursor.execute(_READ, (json.dumps(list(ids)),))
        if (facts := documents.get(row[1])) is not None
    }
    return SectionRows(rows, plan, unheld)


class SearchHit(NamedTuple):
    """Immutable, and a tuple so that making twenty of them is not a twentieth of a search (a frozen
    dataclass sets each field through object.__setattr__)."""

    document_id: int
    document_title: str
    document_kind: str
    document_date: str | None  # ISO date the document was published, when known
    section_id: int
    heading: str
    path: tuple[str, ...]
    economies: tuple[str, ...]
    topics: tuple[str, ...]
    snippet: str
    marks: tuple[tuple[int, int], ...]
    heading_marks: tuple[tuple[int, int], ...]
    score: float

    def snippet_marked(self, before: str = "«", after: str = "»") -> str:
        return marks.marked(self.snippet, self.marks, before, after)

    def heading_marked(self, before: str = "«", after: str = "»") -> str:
        return marks.marked(self.heading, self.heading_marks, before, after)

    def snippet_html(self) -> str:
        return marks.marked_html(self.snippet, self.marks)

    def as_json(self) -> dict:
        return {
            "document_id": self.document_id,
            "document_title": self.document_title,
            "document_kind": self.document_kind,
            "document_date": self.document_date,
            "section_id": self.section_id,
            "heading": self.heading,
            "path": list(self.path),
            "economies": list(self.economies),
            "topics": list(self.topics),
            "snippet": self.snippet_marked(),
            "marks": [list(span) for span in marks.spans_when_marked(self.marks)],  # into the «marked» snippet
            "heading_marks": [list(span) for span in self.heading_marks],  # into the heading, which is plain
            "score": round(self.score, 4),
        }


def make_hits(rows: SectionRows, ranked: Sequence[tuple[int, float]]) -> list[SearchHit]:
    """Hits for the ranked (section id, score) pairs, with snippets cut around the query's terms."""
    hits = []
    for section_id, score in ranked:
        row = rows.get(section_id)
        if row is None:
            continue  # removed by another process since the postings were read
        snippet = snippets.snippet_around(row.text, rows.text_spans(row))
        hits.append(
            SearchHit(
                document_id=row.document_id,
                document_title=row.document_title,
                document_kind=row.document_kind,
                document_date=row.document_date,
                section_id=section_id,
                heading=row.heading,
                path=json_list(row.path),
                economies=json_list(row.economies),
                topics=json_list(row.topics),
                snippet=snippet.text,
                marks=snippet.spans,
                heading_marks=tuple((start, end) for start, end, _term in rows.heading_spans(row)),
                score=float(score or 0.0),
            )
        )
    return hits
