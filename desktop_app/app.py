"""Entry point of the desktop window (placeholder until the window lands)."""

from __future__ import annotations

import sys
from pathlib import Path


def run_gui(db_path: Path | None) -> int:
    print("telref: the desktop window is not built yet; use the sub-commands (telref --help)", file=sys.stderr)
    return 2
