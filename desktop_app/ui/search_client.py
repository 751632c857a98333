"""The window's side of search: run a query on the search engine and turn hits into result rows (Qt-free).

The engine (desktop_app.search) is imported by the background preload (search_preload.py) or on the first search,
never while the window starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.core.library import Library
from desktop_app.ui.urls import page_url

if TYPE_CHECKING:
    from desktop_app.search.engine import SearchEngine

PAGE_SIZE = 50  # rows made per fetch: the first page is what a search waits for, the rest come as the list scrolls


@dataclass(frozen=True)
class ResultRow:
    """One hit as the results list shows it; url opens it in the detail view."""

    url: str
    heading: str
    path: tuple[str, ...]  # the document's title (unless it is the heading), then the section's ancestors
    economies: tuple[str, ...]
    topics: tuple[str, ...]
    snippet: str
    score: float
    marks: tuple[tuple[int, int], ...] = ()
    heading_marks: tuple[tuple[int, int], ...] = ()
    date: str | None = None  # the document's ISO date, when known
    meeting: str = ""  # the short name of the meeting the document reports (APEC TELWG 66), when it names one
    below: bool = False  # the section is only a heading: the snippet is the first text under it, unmarked


@dataclass(frozen=True)
class Narrowing:
    """Every filter on a window's search: the toolbar's economy and topic, the scope bar's meeting and kind."""

    economy: str | None = None
    topic: str | None = None
    meeting: int | None = None
    kind: str | None = None


@dataclass(frozen=True)
class SearchAnswer:
    """One page of rows (from the offset asked for) and how many sections match in all."""

    rows: list[ResultRow]
    total: int


NO_ANSWER = SearchAnswer([], 0)


def _located(document_title: str, heading: str, path: list[str]) -> tuple[str, ...]:
    """Where a hit stands: its document first, since a library of many reports of one kind repeats the same
    headings in every one of them, and the meeting number in the title is what tells them apart."""
    return tuple(path) if heading == document_title else (document_title, *path)


class SearchClient:
    """The window's searches, on the library's shared engine (SearchEngine.of), their hits made result rows."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def suggestions(self, text: str) -> list[str]:
        """Queries to offer when text finds nothing: a mistyped economy or topic name corrected (search/suggest.py)."""
        from desktop_app.search.suggest import suggestions

        return suggestions(text)

    def prepare(self) -> None:
        """Read ahead on this thread's reader what a first search would (SearchEngine.prepare)."""
        self._search_engine().prepare()

    def search(
        self,
        text: str,
        narrowing: Narrowing = Narrowing(),
        order: str = "relevance",
        offset: int = 0,
        limit: int | None = None,
    ) -> SearchAnswer:
        """The rows from offset on, limit (PAGE_SIZE unless given) at most: pages of one query never repeat or
        skip a hit (re-ranking never moves a hit across a block of the engine's pages)."""
        if not text.strip():
            return NO_ANSWER
        from desktop_app.search.engine import SearchQuery

        results = self._search_engine().search(
            SearchQuery(
                text=text,
                economy=narrowing.economy,
                topic=narrowing.topic,
                meeting_id=narrowing.meeting,
                kind=narrowing.kind,
                limit=PAGE_SIZE if limit is None else limit,
                offset=offset,
                order=order,
            )
        )
        from desktop_app.search.hit_context import meeting_names, text_below

        cursor = self.library.reader().cursor()
        meetings = meeting_names(cursor, (hit.document_id for hit in results.hits))
        below = text_below(cursor, (hit.section_id for hit in results.hits if not hit.snippet.strip()))
        rows = [
            ResultRow(
                url=page_url("section", hit.section_id),
                heading=hit.heading,
                path=_located(hit.document_title, hit.heading, hit.path),
                economies=tuple(hit.economies),
                topics=tuple(hit.topics),
                snippet=below.get(hit.section_id, hit.snippet),
                score=float(hit.score),
                marks=() if hit.section_id in below else tuple(hit.marks),
                heading_marks=tuple(hit.heading_marks),
                date=hit.document_date,
                meeting=meetings.get(hit.document_id, ""),
                below=hit.section_id in below,
            )
            for hit in results.hits
        ]
        return SearchAnswer(rows, results.total)

    def _search_engine(self) -> SearchEngine:
        from desktop_app.search.engine import SearchEngine

        return SearchEngine.of(self.library)
