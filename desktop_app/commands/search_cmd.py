"""`telref search QUERY [filters] [--json]`: full-text search; QUERY `-` answers one request per stdin line.

In stdin mode each line is a JSON object {"query", "economy", "topic", "meeting", "kind", "limit", "sort"} or
plain query text, and each line gets one answer line (a blank line too, so answers pair with requests), flushed
at once, so a script can run many searches in one process. A request that cannot be answered gets
{"query", "error"} with a one-line reason, and the next line is read as before.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from desktop_app.core.document_kinds import DOCUMENT_KINDS
from desktop_app.core.economies import registry
from desktop_app.core.topics import taxonomy
from desktop_app.search import MAX_LIMIT, ORDERS

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
        help="only sections of the documents reporting this meeting (its id, 12 or #12, or part of its name: 'TELWG 68')",
    )
    parser.add_argument("--kind", choices=DOCUMENT_KINDS, help="only documents of this kind")
    parser.add_argument(
        "--limit",
        type=_limit_argument,
        default=DEFAULT_LIMIT,
        help=f"most hits to show, 0 to {MAX_LIMIT} (default {DEFAULT_LIMIT})",
    )
    parser.add_argument(
        "--sort", choices=ORDERS, default="relevance", help="best first (default), or newest documents first"
    )
    parser.add_argument("--json", action="store_true", help="answer as JSON")
    parser.set_defaults(run=run)


DEFAULT_LIMIT = 20
MAX_REQUEST = 10_000  # characters a request line may hold: a 400 KB line took 18 s and 510 MB, the rest waiting
MAX_ECHO = 200  # characters of a line an error answer repeats
_REQUEST_FIELDS = ("query", "economy", "topic", "meeting", "kind", "limit", "sort")


def limit_problem(limit: object) -> str | None:
    """A one-line reason when a limit is not a whole number from 0 to MAX_LIMIT; None when it is."""
    whole = isinstance(limit, int) and not isinstance(limit, bool)
    if not whole or not 0 <= limit <= MAX_LIMIT:  # type: ignore[operator]
        return f"limit must be a whole number from 0 to {MAX_LIMIT}, not {json.dumps(limit)[:40]}"
    return None


def _limit_argument(text: str) -> int:
    try:
        limit: object = int(text)
    except ValueError:
        limit = text
    problem = limit_problem(limit)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return limit  # type: ignore[return-value]


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
    from desktop_app.services import open_existing_library

    engine = SearchEngine(open_existing_library(args.db))
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
        where = " › ".join([*hit.path, hit.heading_marked()])
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
        line = line.removeprefix("\ufeff").rstrip("\r\n")  # a byte-order mark a Windows tool may write first
        try:
            if len(line) > MAX_REQUEST:
                raise ValueError(f"a request is at most {MAX_REQUEST} characters, not {len(line)}")
            answer = results_json(engine.search(_request(engine.library, line)))
        except (ValueError, TypeError, LookupError, RecursionError) as error:
            answer = {"query": _asked(line), "error": str(error) if not isinstance(error, RecursionError) else
                      "the request nests too deeply to read"}
        sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")  # every line answered, blank ones too
        sys.stdout.flush()
    return 0


def _asked(line: str) -> str:
    """What an error answer names as the query: the request's query text when the line is a JSON object with
    one, else the line (cut to MAX_ECHO characters)."""
    try:
        request = json.loads(line) if len(line) <= MAX_REQUEST else None
    except (ValueError, RecursionError):
        return line[:MAX_ECHO]
    asked = request.get("query") if isinstance(request, dict) else None
    return asked if isinstance(asked, str) and _is_text(asked) else line[:MAX_ECHO]


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
        request = None  # plain text (RecursionError, a line nesting too deeply, goes up to the answer's error)
    if not isinstance(request, dict):
        return SearchQuery(line)
    unknown = sorted(set(request) - set(_REQUEST_FIELDS))
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r} (fields: {', '.join(_REQUEST_FIELDS)})")
    fields = {name: _text(request, name) for name in ("query", "economy", "topic", "kind", "sort")}
    limit = request.get("limit")
    limit = DEFAULT_LIMIT if limit is None else limit  # null is "not given", as for every other field
    problem = (
        filter_problem(fields["economy"], fields["topic"])
        or limit_problem(limit)
        or (f"no document kind called {fields['kind']!r} (kinds: {', '.join(DOCUMENT_KINDS)})"
            if fields["kind"] is not None and fields["kind"] not in DOCUMENT_KINDS else None)
    )
    if problem:
        raise ValueError(problem)
    meeting = request.get("meeting")
    if meeting is not None and (isinstance(meeting, bool) or not isinstance(meeting, (str, int))):
        raise ValueError(f"meeting must be an id or a name, not {json.dumps(meeting)[:40]}")
    return SearchQuery(
        text=fields["query"] or "",
        economy=fields["economy"],
        topic=fields["topic"],
        meeting_id=_meeting_id(library, meeting),
        kind=fields["kind"],
        limit=limit,
        order=fields["sort"] or "relevance",  # the engine refuses an unknown one in one line
    )


def _text(request: dict[str, Any], name: str) -> str | None:
    """A request's text field; None when absent. ValueError in one line when it is no text: a number, a list,
    or a string JSON let hold half a surrogate pair (\\ud800), which no output can write."""
    value = request.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or not _is_text(value):
        raise ValueError(f"{name} must be text, not {json.dumps(value)[:40]}")
    return value


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
