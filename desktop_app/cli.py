"""`telref`: with no sub-command it opens the window; sub-commands work without a display."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app import __version__
from desktop_app.commands import command_modules
from desktop_app.core.errors import LibraryError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="telref", description="TelRef: offline telecom-policy meeting records.")
    parser.add_argument("--db", type=Path, default=None, help="library file (default: $TELREF_DB or the user data folder)")
    parser.add_argument("--version", action="version", version=f"TelRef {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in command_modules():
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if not hasattr(args, "run"):
            from desktop_app.app import run_gui

            return run_gui(args.db)
        _upgrade_first(args.db)
        return args.run(args)
    except LibraryError as error:
        print(f"telref: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _upgrade_first(db: Path | None) -> None:
    """A sub-command would upgrade an older library silently on opening it; say so, since rebuilding the
    search index can take a minute, and count the documents on a terminal."""
    from desktop_app.core.schema import needs_upgrade
    from desktop_app.services import library_path, upgrade_library

    path = library_path(db)
    if not needs_upgrade(path):
        return
    print(f"telref: updating {path.name} for this version (search index, once)", file=sys.stderr, flush=True)
    counting = sys.stderr.isatty()
    try:
        upgrade_library(path, _count_on_terminal if counting else None)
    finally:
        if counting:
            print(file=sys.stderr)


def _count_on_terminal(done: int, total: int) -> None:
    print(f"\r  {done}/{total} documents", end="", file=sys.stderr, flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
