"""`telref` as a user runs it: `python -m desktop_app` in a real subprocess, on real library files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__

EXPORT_LISTS = ("documents", "sections", "meetings", "sessions", "updates", "people", "figures", "recommendations")


def telref(*args: str, db: Path | None = None, home: Path) -> subprocess.CompletedProcess[str]:
    """Run the command line; TELREF_DB (when given) and the data folder point into the test's own folder."""
    env = {**os.environ, "XDG_DATA_HOME": str(home / "data"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("TELREF_DB", None)
    if db is not None:
        env["TELREF_DB"] = str(db)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=120
    )


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
    """A library filled by `import --samples` twice: (file, first run, second run)."""
    home = tmp_path_factory.mktemp("cli")
    db = home / "library.sqlite"
    first = telref("import", "--samples", db=db, home=home)
    second = telref("import", "--samples", db=db, home=home)
    return db, first, second


def test_import_samples_adds_then_skips(imported) -> None:
    _db, first, second = imported
    assert first.returncode == 0, first.stderr
    assert [line.split()[0] for line in first.stdout.splitlines()] == ["added", "added", "2"]
    assert first.stdout.splitlines()[-1] == "2 added, 0 skipped, 0 refused"
    assert "(trip report: APEC TELWG 68; 12 sessions, 28 updates, 57 people)" in first.stdout  # what it was read as
    assert "(news article, 2020-08-27)" in first.stdout
    assert second.returncode == 0, second.stderr
    assert [line.split()[0] for line in second.stdout.splitlines()] == ["skipped", "skipped", "0"]
    assert second.stdout.splitlines()[-1] == "0 added, 2 skipped, 0 refused"


def test_refresh_reads_a_file_already_there_again_under_its_own_id(imported, tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite"
    shutil.copy(imported[0], db)
    assert "--refresh reads them again" in imported[2].stderr
    again = telref("import", "--samples", "--refresh", db=db, home=tmp_path)
    assert again.returncode == 0, again.stderr
    assert [line.split()[0] for line in again.stdout.splitlines()] == ["refreshed", "refreshed", "0"]
    assert again.stdout.splitlines()[-1] == "0 added, 2 refreshed, 0 skipped, 0 refused"
    before = {line.split(":")[1].split()[0] for line in imported[1].stdout.splitlines()[:2]}
    after = {line.split(":")[1].split()[0] for line in again.stdout.splitlines()[:2]}
    assert before == after  # #1, #2: the documents keep their ids
    assert "(trip report: APEC TELWG 68; 12 sessions, 28 updates, 57 people)" in again.stdout


def test_refused_input_exits_1_with_a_one_line_reason(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "no such file.txt"
    result = telref("import", str(empty), str(missing), db=tmp_path / "lib.sqlite", home=tmp_path)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 3 and lines[-1] == "0 added, 0 skipped, 2 refused"
    assert lines[0].startswith(f"refused  {empty}: ") and len(lines[0]) > len(f"refused  {empty}: ")
    assert lines[1] == f"refused  {missing}: no such file or folder"
    assert "Traceback" not in result.stderr


def test_import_without_paths_is_a_usage_error(tmp_path: Path) -> None:
    result = telref("import", db=tmp_path / "lib.sqlite", home=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().startswith("telref import:")


def test_export_json_is_telref_export_1(imported) -> None:
    db, _first, _second = imported
    result = telref("export", "--json", db=db, home=db.parent)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["schema", *EXPORT_LISTS]
    assert data["schema"] == "telref-export/1"
    assert sorted(d["kind"] for d in data["documents"]) == ["news_article", "trip_report"]
    assert all(isinstance(row["id"], int) for name in EXPORT_LISTS for row in data[name])
    news = next(d for d in data["documents"] if d["kind"] == "news_article")
    assert (news["published"], news["category"], news["tags"]) == ("2020-08-27", "5G通訊", ["華為", "5G"])


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


def test_db_option_chooses_the_file_over_the_default(tmp_path: Path) -> None:
    chosen = tmp_path / "chosen.sqlite"
    result = telref("--db", str(chosen), "export", "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["documents"] == []
    assert chosen.exists()
    assert not (tmp_path / "data" / "TelRef" / "library.sqlite").exists()


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
