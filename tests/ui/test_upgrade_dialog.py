"""Opening a library an older TelRef wrote: the upgrade runs on a worker thread behind a progress dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.core.schema import SCHEMA_HEAD, inspect_file, needs_upgrade
from desktop_app.search.engine import SearchEngine, SearchQuery
from desktop_app.services import open_library
from desktop_app.ui.i18n import Strings
from desktop_app.ui.upgrade_dialog import UpgradeDialog


def test_the_dialog_counts_documents_while_the_index_is_rebuilt(qtbot: QtBot, library_written_at) -> None:
    path = library_written_at("0003")
    assert needs_upgrade(path)
    dialog = UpgradeDialog(path, Strings("en"))
    qtbot.addWidget(dialog)
    shown: list[tuple[int, int]] = []
    dialog.worker.progress.connect(lambda done, total: shown.append((done, total)))

    assert dialog.run() == ""
    assert shown[-1] == (2, 2) and dialog.value() == dialog.maximum() == 2
    assert "search index" in dialog.labelText()
    assert inspect_file(path) == SCHEMA_HEAD and not needs_upgrade(path)
    library = open_library(path)
    try:
        assert SearchEngine(library).search(SearchQuery("藍牙")).total > 0
    finally:
        library.close()


def test_a_failed_upgrade_is_said_and_leaves_the_library_as_it_was(
    qtbot: QtBot, library_written_at, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.search import indexer

    def full_disk(connection, progress=None) -> int:
        raise OSError("No space left on device")

    monkeypatch.setattr(indexer, "rebuild", full_disk)
    path = library_written_at("0003")
    before = _contents(path)
    dialog = UpgradeDialog(path, Strings("en"))
    qtbot.addWidget(dialog)

    reason = dialog.run()
    assert reason == f"could not update {path.name}, left as it was (OSError: No space left on device)"
    assert inspect_file(path) == "0003" and _contents(path) == before  # every table, as it was

    monkeypatch.undo()  # with the disk freed, the same file upgrades
    library = open_library(path)
    try:
        assert SearchEngine(library).search(SearchQuery("藍牙")).total > 0
    finally:
        library.close()


def _contents(path: Path) -> dict[str, int]:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}
    finally:
        connection.close()
