"""An import asked for while another runs waits its turn and then runs."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core import queries
from desktop_app.ui.main_window import MainWindow


def _note(folder: Path, name: str, title: str) -> Path:
    path = folder / name
    path.write_text(f"{title}\n\n一、低軌衛星\n\n各經濟體討論低軌衛星頻譜的分配與韌性。\n", encoding="utf-8")
    return path


def test_a_second_import_waits_for_the_first_and_then_runs(qtbot, window: MainWindow, tmp_path: Path) -> None:
    first = [_note(tmp_path, f"first-{n}.txt", f"第一批筆記{n}") for n in range(3)]
    second = _note(tmp_path, "second.txt", "第二批筆記")
    assert window.import_paths(first)
    assert window.import_paths([second])
    assert "1 批待匯入" in window.import_panel.label.text()
    assert window.statusBar().currentMessage() == window.strings("status_import_queued")
    qtbot.waitUntil(lambda: not window.import_panel.running and not window.import_panel.waiting, timeout=60000)
    titles = {d.title for d in queries.documents(window.library)}
    assert {"第一批筆記0", "第一批筆記2", "第二批筆記"} <= titles
    assert "second.txt" in window.current_page_html(), "the summary shown is the last import's"


def test_cancel_drops_the_imports_waiting(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert window.import_paths([_note(tmp_path, f"first-{n}.txt", f"第一批筆記{n}") for n in range(3)])
    assert window.import_paths([_note(tmp_path, "second.txt", "第二批筆記")])
    window.import_panel.cancel()
    qtbot.waitUntil(lambda: not window.import_panel.running, timeout=60000)
    qtbot.wait(100)
    assert not window.import_panel.running
    assert "第二批筆記" not in {d.title for d in queries.documents(window.library)}
