"""`telref brief (--economy X | --meeting M | --topic T | --search Q [filters]) --out FILE.pdf|FILE.html`: a
briefing page, no window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.core.document_kinds import DOCUMENT_KINDS


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "brief",
        help="print an economy, meeting, topic or search brief to PDF or HTML",
        description="One of --economy, --meeting, --topic or --search. --economy with --topic: what the "
        "economy said on the topic. With --search, --economy, --meeting, --topic and --kind narrow the search "
        "instead, as `telref search` takes them.",
    )
    parser.add_argument("--economy", metavar="X", help="an economy code or any of its names, e.g. JP, 日本")
    parser.add_argument("--meeting", metavar="M", help="a meeting id or part of its name, e.g. 'TELWG 68'")
    parser.add_argument("--topic", metavar="T", help="a topic id or label, e.g. ai, 人工智慧")
    parser.add_argument("--search", metavar="Q", help="the sections a search finds, best first, e.g. '頻譜 韓國'")
    parser.add_argument("--kind", choices=DOCUMENT_KINDS, help="with --search: only documents of this kind")
    parser.add_argument("--out", type=Path, required=True, help="FILE.pdf or FILE.html")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the page (default zh)")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size for PDF (default a4)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.briefing.build import SEARCH, BriefRequest, build_brief, nothing_to_brief
    from desktop_app.briefing.resolve import NotFound
    from desktop_app.services import open_existing_library

    subjects = [k for k in ("economy", "meeting", "topic") if getattr(args, k) is not None]
    on_topic = args.search is None and subjects == ["economy", "topic"]  # what an economy said on a topic
    if on_topic:
        subjects = ["economy"]
    if args.search is None and len(subjects) != 1:
        print("telref brief: give one of --economy, --meeting, --topic or --search", file=sys.stderr)
        return 2
    if args.search is not None and not args.search.strip() and not (subjects or args.kind):
        print("telref brief: --search needs words to find, or a filter (--economy, --topic, --meeting, --kind)",
              file=sys.stderr)
        return 2
    if args.search is None and args.kind is not None:
        print("telref brief: --kind narrows a search; give --search with it", file=sys.stderr)
        return 2
    if args.out.suffix.lower() not in (".pdf", ".html", ".htm"):
        print(f"telref brief: --out must end in .pdf or .html, not {args.out.name!r}", file=sys.stderr)
        return 2
    library = open_existing_library(args.db)
    try:
        if args.search is not None:
            request = BriefRequest(SEARCH, args.search, args.lang, args.economy, args.topic, args.meeting, args.kind)
        else:
            topic = args.topic if on_topic else None
            request = BriefRequest(subjects[0], getattr(args, subjects[0]), args.lang, topic=topic)
        brief = build_brief(library, request)
    except NotFound as error:
        print(f"telref brief: {error}", file=sys.stderr)
        return 1
    if brief.empty:
        print(f"telref brief: {nothing_to_brief(brief, 'en')}; no file written", file=sys.stderr)
        return 1
    if args.out.suffix.lower() == ".pdf":
        from desktop_app.render.gui import ensure_gui_application

        ensure_gui_application()
    from desktop_app.render.fonts import FontMissing
    from desktop_app.render.output import write_brief

    try:
        write_brief(brief, args.out, library.path.name, args.paper)
    except FontMissing as error:
        print(f"telref brief: {error}", file=sys.stderr)
        return 3
    except OSError as error:  # no such folder, no permission, a full disk
        reason = f"cannot write {error.filename}: {error.strerror}" if error.filename else error.args[0]
        print(f"telref brief: {reason}", file=sys.stderr)
        return 1
    print(args.out)
    return 0
