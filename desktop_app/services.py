"""Opening a Library wired with everything that must stay in step with it (the search index)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.library import Library, default_library_path
from desktop_app.search.indexer import SearchIndexer


def open_library(path: Path | str | None = None) -> Library:
    """The library at path (default: TELREF_DB or the user's data folder), with its search index attached."""
    return Library(Path(path) if path else default_library_path(), indexers=(SearchIndexer(),))
