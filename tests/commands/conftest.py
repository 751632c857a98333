"""Command-line fixtures: a library filled by the command line itself."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.commands.running import telref


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
    """A library filled by `import --samples` twice: (file, first run, second run)."""
    home = tmp_path_factory.mktemp("cli")
    db = home / "library.sqlite"
    first = telref("import", "--samples", db=db, home=home)
    second = telref("import", "--samples", db=db, home=home)
    return db, first, second
