"""Running the command line as a user runs it: `python -m desktop_app` in a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def telref(*args: str, db: Path | None = None, home: Path) -> subprocess.CompletedProcess[str]:
    """Run the command line; TELREF_DB (when given) and the data folder point into the test's own folder."""
    env = {**os.environ, "XDG_DATA_HOME": str(home / "data"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("TELREF_DB", None)
    if db is not None:
        env["TELREF_DB"] = str(db)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=300
    )
