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


def test_the_summary_of_a_queue_tells_of_every_import_in_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    first = [_note(tmp_path, f"first-{n}.txt", f"第一批筆記{n}") for n in range(3)]
    second = _note(tmp_path, "second.txt", "第二批筆記")
    assert window.import_paths(first)
    assert window.import_paths([second])
    qtbot.waitUntil(lambda: not window.import_panel.running and not window.import_panel.waiting, timeout=60000)
    html = window.current_page_html()
    assert "first-0.txt" in html and "second.txt" in html, "the first import's files stay in the summary"
    assert window.statusBar().currentMessage() == window.strings("status_import_done", added=4, skipped=0, refused=0)
    note = _note(tmp_path, "third.txt", "第三批筆記")
    assert window.import_paths([note])
    qtbot.waitUntil(lambda: not window.import_panel.running, timeout=60000)
    assert "first-0.txt" not in window.current_page_html(), "a new queue starts a new summary"


def test_a_cancel_says_so_and_names_the_imports_it_dropped(qtbot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "waiting"
    folder.mkdir()
    _note(folder, "second.txt", "第二批筆記")
    assert window.import_paths([_note(tmp_path, f"first-{n}.txt", f"第一批筆記{n}") for n in range(20)])
    assert window.import_paths([folder])
    window.import_panel.cancel()
    assert window.import_panel.label.text().startswith("正在取消匯入"), "the strip shows the import stopping"
    qtbot.waitUntil(lambda: not window.import_panel.running, timeout=60000)
    html = window.current_page_html()
    assert window.strings("import_dropped") in html and str(folder) in html
    assert window.statusBar().currentMessage().startswith("匯入已取消")
