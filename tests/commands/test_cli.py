"""`telref` itself: which library file it opens, refusing a file that is not TelRef's, is damaged or is newer (one
line, non-zero exit, file untouched), upgrading an older one, its version and help."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.core.library import Library
from tests.commands.running import telref


def test_db_option_chooses_the_file_over_the_default(tmp_path: Path) -> None:
    chosen = tmp_path / "chosen.sqlite"
    assert telref("--db", str(chosen), "import", home=tmp_path).returncode == 2  # names nothing, creates nothing
    assert not chosen.exists()
    assert telref("--db", str(chosen), "import", "--samples", home=tmp_path).returncode == 0
    result = telref("--db", str(chosen), "export", "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["documents"]) == 2
    assert not (tmp_path / "data" / "TelRef" / "library.sqlite").exists()


@pytest.mark.parametrize(
    "command",
    [("brief", "--economy", "JP", "--out", "ne.pdf"), ("search", "5G"), ("search", "-"), ("export", "--json"), ("remove", "1")],
)
def test_only_import_creates_a_library(command: tuple[str, ...], tmp_path: Path) -> None:
    """A mistyped --db made brief, search, export and remove create the folder and an empty library and answer
    from it (exit 0); they say there is none, in one line, and create nothing."""
    missing = tmp_path / "nowhere" / "x.sqlite"
    result = telref("--db", str(missing), *command, home=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"telref: no library at {missing}\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == [], "no folder, no library, no brief"


def test_a_file_that_is_not_a_library_is_refused_in_one_line(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database", encoding="utf-8")
    result = telref("--db", str(notes), "export", "--json", home=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == "telref: notes.sqlite is not a TelRef library (not an SQLite database)"
    assert notes.read_text(encoding="utf-8") == "not a database"


def test_version_and_help(tmp_path: Path) -> None:
    version = telref("--version", home=tmp_path)
    assert (version.returncode, version.stdout.strip()) == (0, f"TelRef {__version__}")
    help_text = telref("--help", home=tmp_path)
    assert help_text.returncode == 0
    for command in ("import", "export", "remove"):
        assert f"\n    {command} " in help_text.stdout, command


def test_a_library_from_an_older_version_is_upgraded_with_a_word_first(library_written_at, tmp_path: Path) -> None:
    db = library_written_at("0003")
    result = telref("search", "藍牙", "--json", db=db, home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"telref: updating {db.name} for this version (search index, once)"
    assert json.loads(result.stdout)["total"] > 0

    again = telref("search", "藍牙", "--json", db=db, home=tmp_path)
    assert again.returncode == 0 and again.stderr == ""


def test_an_upgrade_that_fails_is_said_in_one_line_and_leaves_the_file(
    library_written_at, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.cli import main
    from desktop_app.core.schema import inspect_file
    from desktop_app.search import indexer

    def full_disk(connection, progress=None) -> int:
        raise OSError("No space left on device")

    monkeypatch.setattr(indexer, "rebuild", full_disk)
    db = library_written_at("0003")
    assert main(["--db", str(db), "search", "藍牙"]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[-1] == (
        f"telref: could not update {db.name}, left as it was (OSError: No space left on device)"
    )
    assert inspect_file(db) == "0003"


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
    result = telref("--db", str(path), *command, home=tmp_path)
    assert result.returncode != 0
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("telref: ") and "Traceback" not in result.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["bad.sqlite"]
