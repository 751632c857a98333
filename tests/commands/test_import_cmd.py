"""`telref import`: files and folders added, skipped when already there, read again with --refresh, refused in one line."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.commands.running import telref


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
