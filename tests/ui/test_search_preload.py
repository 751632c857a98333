"""Search loads in the background once the window is up, and the window's own reader is prepared on its thread;
a search typed meanwhile waits for it without holding up the window."""

from __future__ import annotations

import logging
import sqlite3
import threading

from desktop_app.ui.main_window import MainWindow


def test_the_preload_prepares_the_window_reader_for_its_first_search(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.search.preload.prepared, timeout=60000):
        loader = window.search.preload.start()
    loader.join(timeout=10)
    assert window.search.preload.start() is loader  # started once
    statements: list[str] = []
    reader = window.library.reader()
    reader.set_trace_callback(statements.append)
    try:
        answer = window.search.client.search("資通安全")
    finally:
        reader.set_trace_callback(None)
    assert answer.rows
    assert statements and not any("documents" in statement for statement in statements)


def test_a_search_typed_while_search_loads_runs_once_it_has(qtbot, window: MainWindow) -> None:
    panel = window.search
    panel.preload.start()  # its end reaches the window only through the event loop, so it is still loading
    panel.box.setText("華為")
    panel.run()
    assert panel.model.query == "" and panel.model.rowCount() == 0
    assert window.left.currentWidget() is panel.page
    assert window.statusBar().currentMessage() == window.strings("status_search_loading")
    with qtbot.waitSignal(panel.preload.prepared, timeout=60000):
        pass
    assert panel.model.query == "華為" and panel.model.rowCount() > 0
    assert window.statusBar().currentMessage() == window.strings("status_results", count=panel.model.total)


def test_a_search_left_with_esc_while_search_loads_is_not_run(qtbot, window: MainWindow) -> None:
    panel = window.search
    panel.preload.start()
    panel.box.setText("華為")
    panel.run()
    window.leave_search()
    window.statusBar().showMessage("browsing")  # nothing the search would have said may replace it
    with qtbot.waitSignal(panel.preload.prepared, timeout=60000):
        pass
    assert panel.model.rowCount() == 0 and window.left.currentWidget() is window.tree
    assert window.statusBar().currentMessage() == "browsing"


def test_a_search_typed_while_search_loads_still_runs_when_loading_fails(qtbot, window: MainWindow, monkeypatch) -> None:
    """The wait ends with the loading thread however it ended; the search then loads what it needs itself."""
    from desktop_app.search import warm_up

    def unreadable_dictionary() -> None:
        raise OSError("dictionary unreadable")

    monkeypatch.setattr(warm_up, "warm_up", unreadable_dictionary)
    monkeypatch.setattr(threading, "excepthook", lambda _args: None)  # the thread's own report of the failure
    panel = window.search
    panel.preload.start()
    panel.box.setText("華為")
    panel.run()
    assert panel.model.rowCount() == 0
    with qtbot.waitSignal(panel.preload.prepared, timeout=60000):
        pass
    assert panel.model.query == "華為" and panel.model.rowCount() > 0


def test_a_search_typed_before_the_preload_started_starts_it_and_waits(qtbot, window: MainWindow) -> None:
    """The app starts the preload only after the first paint; a search typed sooner must not load on the window's
    thread either."""
    panel = window.search
    panel.box.setText("華為")
    panel.run()
    assert panel.model.rowCount() == 0
    assert window.statusBar().currentMessage() == window.strings("status_search_loading")
    with qtbot.waitSignal(panel.preload.prepared, timeout=60000):
        pass
    assert panel.model.query == "華為" and panel.model.rowCount() > 0


def test_a_failed_prepare_is_logged_and_the_waiting_search_still_runs(
    qtbot, window: MainWindow, monkeypatch, caplog
) -> None:
    def locked() -> None:
        raise sqlite3.OperationalError("database is locked")

    panel = window.search
    monkeypatch.setattr(panel.client, "prepare", locked)
    panel.box.setText("華為")
    panel.run()
    with caplog.at_level(logging.WARNING), qtbot.waitSignal(panel.preload.prepared, timeout=60000):
        pass
    assert "database is locked" in caplog.text
    assert panel.model.query == "華為" and panel.model.rowCount() > 0
