"""Opening a Library wired with everything that must stay in step with it (the search index)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.errors import LibraryError
from desktop_app.core.library import Library, default_library_path
from desktop_app.core.schema import UpgradeProgress, needs_upgrade
from desktop_app.search.indexer import SearchIndexer


def open_library(path: Path | str | None = None, upgrade_progress: UpgradeProgress | None = None) -> Library:
    """The library at path (default: TELREF_DB or the user's data folder), with its search index attached.
    Opening a library written by an older TelRef upgrades it; see upgrade_library to show that happening."""
    return Library(library_path(path), indexers=(SearchIndexer(),), upgrade_progress=upgrade_progress)


def open_existing_library(path: Path | str | None = None) -> Library:
    """The library at path, as open_library opens it, refusing (LibraryError, one line) a path that holds none:
    only import and the window create a library; a mistyped --db made brief, search, export and remove write an
    empty one, and its folders, and answer from it."""
    file = library_path(path)
    if not file.exists():
        raise LibraryError(f"no library at {file}")
    return open_library(file)


def library_path(path: Path | str | None = None) -> Path:
    return Path(path) if path else default_library_path()


def upgrade_library(path: Path | str | None = None, progress: UpgradeProgress | None = None) -> bool:
    """Upgrade the library at path to this version if it needs it, reporting (documents done, documents)
    while its search index is rebuilt; whether it did. Raises LibraryError, with a one-line reason, for a file
    TelRef refuses or an upgrade that failed (one transaction: the file is then left as it was)."""
    file = library_path(path)
    if not needs_upgrade(file):
        return False
    try:
        open_library(file, progress).close()
    except LibraryError:
        raise
    except Exception as error:  # disk full, the file locked by another program, a bug in a migration
        raise LibraryError(f"could not update {file.name}, left as it was ({type(error).__name__}: {error})") from None
    return True
