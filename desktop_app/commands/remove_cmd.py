"""`telref remove ID…`: delete documents and everything extracted from them."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("remove", help="remove documents (by id) and all that was extracted from them")
    parser.add_argument("ids", nargs="+", type=int, help="document ids, as listed by export")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.services import open_existing_library

    library = open_existing_library(args.db)
    missing = 0
    for document_id in args.ids:
        if library.remove_document(document_id):
            print(f"removed #{document_id}")
        else:
            print(f"telref remove: no document #{document_id}", file=sys.stderr)
            missing += 1
    return 1 if missing else 0
