"""`telref export --json`: the whole library as telref-export/1 JSON on stdout (see docs/export.md)."""

from __future__ import annotations

import argparse
import json
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="write the whole library to stdout")
    parser.add_argument("--json", action="store_true", required=True, help="as telref-export/1 JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.core.export import export_library
    from desktop_app.services import open_existing_library

    library = open_existing_library(args.db)
    json.dump(export_library(library), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0
