"""`telref import PATH… [--samples] [--refresh]`: add files or folders to the library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.core.resources import seed_files
from desktop_app.ingest.readers import SUFFIXES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import files or folders (recursively) into the library",
        description=f"Import files or folders (recursively). Reads {', '.join(SUFFIXES)} files; refuses others.",
    )
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders to import")
    parser.add_argument("--samples", action="store_true", help="import the bundled sample documents")
    parser.add_argument(
        "--refresh",
        action="store_true",
        help="read files the library already holds again with this version's importer, replacing what was "
        "extracted from them (their pages keep their addresses); without it they are skipped",
    )
    parser.set_defaults(run=run)


def _terminal_progress(done: int, total: int, path: Path) -> None:
    sys.stderr.write(f"\r[{done}/{total}] {path.name[:60]:<60}")
    sys.stderr.flush()
    if done == total:
        sys.stderr.write("\n")


def run(args: argparse.Namespace) -> int:
    from desktop_app.ingest.pipeline import import_paths
    from desktop_app.services import open_library

    paths = list(args.paths) + (seed_files() if args.samples else [])
    if not paths:
        print("telref import: name files or folders to import, or --samples", file=sys.stderr)
        return 2
    library = open_library(args.db)
    progress = _terminal_progress if sys.stderr.isatty() else None
    outcomes = import_paths(library, paths, progress=progress, refresh=args.refresh)
    for outcome in outcomes:
        print(outcome.describe())
    statuses = ("added", "refreshed", "skipped", "refused")
    counts = {status: sum(outcome.status == status for outcome in outcomes) for status in statuses}
    refreshed = f"{counts['refreshed']} refreshed, " if counts["refreshed"] else ""
    print(f"{counts['added']} added, {refreshed}{counts['skipped']} skipped, {counts['refused']} refused")
    if counts["skipped"] and not args.refresh:
        print("telref import: files skipped are already in the library; --refresh reads them again", file=sys.stderr)
    return 1 if counts["refused"] else 0
