"""Opening library files: new, current, foreign, corrupt and from a newer TelRef."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.library import Library
from desktop_app.core.schema import SCHEMA_HEAD, LibraryError, script_directory


def test_schema_head_matches_alembic_head() -> None:
    assert script_directory().get_current_head() == SCHEMA_HEAD


def test_new_library_is_versioned_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    Library(path).close()
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_newer_library_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    Library(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="newer TelRef"):
        Library(path)
    assert path.read_bytes() == before


def test_foreign_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="not a TelRef library"):
        Library(path)
    assert path.read_bytes() == before


def test_non_database_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("just some text, not a database", encoding="utf-8")
    with pytest.raises(LibraryError, match="not a TelRef library"):
        Library(path)
    assert path.read_text(encoding="utf-8") == "just some text, not a database"


def test_corrupt_library_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    Library(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(LibraryError):
        Library(path)


def test_an_older_library_is_not_upgraded_without_its_search_indexer(library_written_at) -> None:
    """Its index must be rebuilt, which only the search indexer can do: refused, file left as it was."""
    path = library_written_at("0004")
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="search index must be rebuilt"):
        Library(path)
    assert path.read_bytes() == before
