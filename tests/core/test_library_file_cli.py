"""`telref` on a library file that is not TelRef's, is damaged or is newer: one line, non-zero exit, file untouched.
And `telref remove ID`: the document goes with everything extracted from it, index rows included."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.library import Library


def telref(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, timeout=300)


def _text_file(path: Path) -> None:
    path.write_text("meeting notes, not a database\n", encoding="utf-8")


def _foreign_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.commit()
    connection.close()


def _damaged_library(path: Path) -> None:
    Library(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = bytes(len(data[100:4096]))  # the header survives, the schema page does not
    path.write_bytes(bytes(data))


def _newer_library(path: Path) -> None:
    Library(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()


BAD_FILES = {"text": _text_file, "foreign": _foreign_sqlite, "damaged": _damaged_library, "newer": _newer_library}


@pytest.mark.parametrize("kind", list(BAD_FILES))
@pytest.mark.parametrize("command", [("export", "--json"), ("import", "--samples"), ("remove", "1")])
def test_a_bad_library_file_is_refused_in_one_line_and_left_untouched(
    kind: str, command: tuple[str, ...], tmp_path: Path
) -> None:
    path = tmp_path / "bad.sqlite"
    BAD_FILES[kind](path)
    before = path.read_bytes()
    result = telref("--db", str(path), *command)
    assert result.returncode != 0
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("telref: ") and "Traceback" not in result.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.sqlite"]


def _rows_naming(connection: sqlite3.Connection, column: str, ids: set[int]) -> dict[str, int]:
    """For every table (search tables included) with the column: how many rows point at one of ids."""
    found: dict[str, int] = {}
    tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        columns = {row[1] for row in connection.execute(f"PRAGMA table_info('{table}')")}
        if column in columns and ids:
            marks = ",".join("?" * len(ids))
            query = f"SELECT count(*) FROM '{table}' WHERE {column} IN ({marks})"
            found[table] = connection.execute(query, sorted(ids)).fetchone()[0]
    return found


def test_remove_deletes_the_document_and_everything_extracted_from_it(
    seeded_library_file: Path, tmp_path: Path
) -> None:
    db = tmp_path / "library.sqlite"
    shutil.copy(seeded_library_file, db)
    connection = sqlite3.connect(db)
    report_id, other_id = connection.execute(
        "SELECT id, (SELECT id FROM documents WHERE kind != 'trip_report') FROM documents WHERE kind = 'trip_report'"
    ).fetchone()
    sections = {row[0] for row in connection.execute("SELECT id FROM sections WHERE document_id = ?", (report_id,))}
    meetings = {row[0] for row in connection.execute("SELECT id FROM meetings WHERE document_id = ?", (report_id,))}
    other_sections = connection.execute("SELECT count(*) FROM sections WHERE document_id = ?", (other_id,)).fetchone()
    connection.close()
    assert sections

    result = telref("--db", str(db), "remove", str(report_id))
    assert result.returncode == 0 and result.stdout.strip() == f"removed #{report_id}"

    connection = sqlite3.connect(db)
    try:
        assert connection.execute("SELECT id FROM documents").fetchall() == [(other_id,)]
        assert set(_rows_naming(connection, "document_id", {report_id}).values()) == {0}
        assert set(_rows_naming(connection, "section_id", sections).values()) <= {0}
        assert set(_rows_naming(connection, "meeting_id", meetings).values()) <= {0}
        search_tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE name LIKE 'search%' OR name LIKE '%\\_fts' ESCAPE '\\'")
        ]
        for table in search_tables:
            columns = {row[1] for row in connection.execute(f"PRAGMA table_info('{table}')")}
            for column, ids in (("document_id", {report_id}), ("section_id", sections)):
                if column in columns:
                    marks = ",".join("?" * len(ids))
                    count = connection.execute(f"SELECT count(*) FROM '{table}' WHERE {column} IN ({marks})", sorted(ids))
                    assert count.fetchone()[0] == 0, table
        assert connection.execute("SELECT count(*) FROM people WHERE id NOT IN (SELECT person_id FROM roles)").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM sections WHERE document_id = ?", (other_id,)).fetchone() == other_sections
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()

    again = telref("--db", str(db), "remove", str(report_id))
    assert again.returncode == 1
    assert again.stderr.strip() == f"telref remove: no document #{report_id}"
