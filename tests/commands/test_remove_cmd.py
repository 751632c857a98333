"""`telref remove ID`: the document goes with everything extracted from it, index rows included; an unknown id
is said in one line."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from tests.commands.running import telref


def test_remove_deletes_a_document_and_reports_unknown_ids(imported, tmp_path: Path) -> None:
    db = tmp_path / "copy.sqlite"
    shutil.copy(imported[0], db)
    before = json.loads(telref("export", "--json", db=db, home=tmp_path).stdout)
    target = before["documents"][0]["id"]
    removed = telref("remove", str(target), db=db, home=tmp_path)
    assert (removed.returncode, removed.stdout.strip()) == (0, f"removed #{target}")
    after = json.loads(telref("export", "--json", db=db, home=tmp_path).stdout)
    assert [d["id"] for d in after["documents"]] == [d["id"] for d in before["documents"][1:]]
    assert all(s["document_id"] != target for s in after["sections"])
    unknown = telref("remove", "9999", db=db, home=tmp_path)
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == "telref remove: no document #9999"


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

    result = telref("--db", str(db), "remove", str(report_id), home=tmp_path)
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

    again = telref("--db", str(db), "remove", str(report_id), home=tmp_path)
    assert again.returncode == 1
    assert again.stderr.strip() == f"telref remove: no document #{report_id}"
