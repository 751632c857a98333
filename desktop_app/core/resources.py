"""Locate TelRef's data files through importlib.resources.

`resources/` and `seeds/` are installed as the packages `desktop_app.resources` and `desktop_app.seeds`, so the
same call finds them in a source checkout (editable install), an installed wheel and a PyInstaller bundle.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any


def resource(name: str) -> Traversable:
    """A file shipped in `resources/`."""
    return resources.files("desktop_app.resources").joinpath(name)


@cache
def resource_lines(name: str) -> tuple[str, ...]:
    """The lines of a word table in `resources/` (UTF-8), without blank lines and comments (a line whose first
    character other than white space is #): every table reads its file by the same rule."""
    lines = resource(name).read_text(encoding="utf-8").splitlines()
    return tuple(line for line in lines if line.strip() and not line.lstrip().startswith("#"))


@cache
def load_json(name: str) -> Any:
    """Parse a JSON table from `resources/`, once per process."""
    return json.loads(resource(name).read_text(encoding="utf-8"))


def seed_files() -> list[Path]:
    """The bundled sample documents, in a stable order."""
    folder = resources.files("desktop_app.seeds")
    return sorted(
        (Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith(".txt")),
        key=lambda path: path.name,
    )
