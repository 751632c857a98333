"""`telref search QUERY [filters] [--json]`: full-text search; QUERY `-` answers one request per stdin line.

In stdin mode each line is a JSON object {"query", "economy", "topic", "meeting", "kind", "limit", "sort"} or
plain query text, and each answer is one JSON line, flushed at once, so a script can run many searches in one process.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from desktop_app.core.document_kinds import DOCUMENT_KINDS
from desktop_app.core.economies import registry
from desktop_app.core.topics import taxonomy
from desktop_app.search import ORDERS

if TYPE_CHECKING:
    from desktop_app.core.library import Library
    from desktop_app.search.engine import SearchEngine, SearchQuery, SearchResults


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("search", help="search the library's sections (Chinese, English, aliases)")
    parser.add_argument("query", help='words, "phrases", OR, -excluded; `-` reads one request per line from stdin')
    parser.add_argument("--economy", help="only sections about this economy (code or any name: KR, Korea, 韓國)")
    parser.add_argument("--topic", help="only sections with this topic (id or label: spectrum, 頻譜)")
    parser.add_argument(
        "--meeting",
        help="only sections of the documents reporting this meeting (meeting id or part of its name: 'TELWG 68')",
    )
    parser.add_argument("--kind", choices=DOCUMENT_KINDS, help="only documents of this kind")
    parser.add_argument("--limit", type=int, default=20, help="most hits to show (default 20)")
    parser.add_argument(
        "--sort", choices=ORDERS, default="relevance", help="best first (default), or newest documents first"
    )
    parser.add_argument("--json", action="store_true", help="answer as JSON")
    parser.set_defaults(run=run)


def filter_problem(economy: str | None, topic: str | None) -> str | None:
    """A one-line reason when a filter names no economy or topic; None when both are fine."""
    if economy and registry().resolve(economy) is None:
        hint = ", ".join(registry().closest(economy))
        return f"no economy called {economy!r}" + (f" (did you mean: {hint}?)" if hint else "")
    if topic and taxonomy().resolve(topic) is None:
        return f"no topic called {topic!r} (topics: {', '.join(taxonomy().ids())})"
    return None


def results_json(results: SearchResults) -> dict[str, Any]:
    return {
        "query": results.query.text,
        "total": results.total,
        "hits": [hit.as_json() for hit in results.hits],
    }


def run(args: argparse.Namespace) -> int:
    from desktop_app.search.engine import SearchEngine
    from desktop_app.services import open_library

    engine = SearchEngine(open_library(args.db))
    if args.query == "-":
        return _serve_stdin(engine)
    problem = filter_problem(args.economy, args.topic)
    try:
        meeting_id = _meeting_id(engine.library, args.meeting)
    except LookupError as error:
        problem = problem or str(error)
    if problem:
        print(f"telref search: {problem}", file=sys.stderr)
        return 2
    from desktop_app.search.engine import SearchQuery

    query = SearchQuery(args.query, args.economy, args.topic, meeting_id, args.kind, args.limit, order=args.sort)
    results = engine.search(query)
    if args.json:
        json.dump(results_json(results), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(f"{results.total} sections match {args.query!r}")
    for hit in results.hits:
        where = " › ".join([*hit.path, hit.heading])
        dated = f"  ({hit.document_date})" if hit.document_date else ""
        print(f"\n#{hit.document_id}/{hit.section_id}  {hit.document_title}{dated}\n  {where}\n  {hit.snippet_marked()}")
    return 0


def _serve_stdin(engine: SearchEngine) -> int:
    """Answer each request line; what a first search would load (the dictionary, the alias tables, the
    reader's state) is loaded before the first line is read, so a tool's first request is answered as fast as
    its next ones."""
    from desktop_app.search.warm_up import warm_up

    warm_up()
    engine.prepare()
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            answer = results_json(engine.search(_request(engine.library, line)))
        except (ValueError, TypeError, LookupError) as error:
            answer = {"query": line.rstrip("\r\n"), "error": str(error)}
        sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


def _meeting_id(library: Library, meeting: object) -> int | None:
    """The meeting a filter names, by id or by part of its name ('TELWG 68'); LookupError with one line naming
    the closest, or the ones to tell apart, when none or several match."""
    if meeting in (None, ""):
        return None
    from desktop_app.briefing.resolve import resolve_meeting

    return resolve_meeting(library, str(meeting))


def _request(library: Library, line: str) -> SearchQuery:
    """A query from one stdin line: a JSON object, or plain text (also text that is JSON but not an object)."""
    from desktop_app.search.engine import SearchQuery

    try:
        request = json.loads(line)
    except ValueError:
        request = None
    if not isinstance(request, dict):
        return SearchQuery(line.rstrip("\r\n"))
    problem = filter_problem(_text(request.get("economy")), _text(request.get("topic")))
    if problem:
        raise ValueError(problem)
    meeting = request.get("meeting")
    return SearchQuery(
        text=_text(request.get("query")) or "",
        economy=_text(request.get("economy")),
        topic=_text(request.get("topic")),
        meeting_id=_meeting_id(library, meeting),
        kind=_text(request.get("kind")),
        limit=int(request.get("limit") or 20),
        order=_text(request.get("sort")) or "relevance",  # the engine refuses an unknown one in one line
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)
