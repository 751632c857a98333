"""The search's scope in the real window: one meeting's report, one kind of document, above the results."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from desktop_app.core import queries
from desktop_app.core.document_kinds import DOCUMENT_KINDS
from desktop_app.core.library import Library
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.search_scope import SearchScope
from desktop_app.ui.urls import parse_url
from tests.ui.driving import search_for


def _kinds_found(window: MainWindow, library: Library) -> set[str]:
    """The kind of document of every result the list holds."""
    model = window.search.model
    sections = [parse_url(model.row(r).url).number for r in range(model.rowCount())]
    return {queries.section(library, section_id).document.kind for section_id in sections}


def test_a_kind_narrows_the_results_and_all_kinds_widens_them_again(
    qtbot, window: MainWindow, seeded_library: Library
) -> None:
    everything = search_for(qtbot, window, "5G")
    assert _kinds_found(window, seeded_library) == {"trip_report", "news_article"}
    scope = window.search.scope_bar
    assert scope.isVisible() and scope.kind_combo.count() == len(DOCUMENT_KINDS) + 1
    scope.kind_combo.setCurrentIndex(scope.kind_combo.findData("news_article"))
    assert window.search.model.rowCount() and _kinds_found(window, seeded_library) == {"news_article"}
    assert window.search.model.total < len(everything)
    assert scope.kind_combo.property("active") is True
    scope.kind_combo.setCurrentIndex(0)
    assert window.search.model.total == len(everything)


def test_a_meeting_page_link_scopes_the_search_to_its_report(
    qtbot, window: MainWindow, seeded_library: Library
) -> None:
    meeting = queries.meetings(seeded_library)[0]
    window.open_url(f"telref://meeting/{meeting.id}")
    window.detail.anchorClicked.emit(QUrl(f"telref://search-in-meeting/{meeting.id}"))
    scope = window.search.scope_bar
    assert window.search.scope == SearchScope(meeting.id, None)
    assert window.search.box.hasFocus()
    assert scope.meeting_combo.currentText() in window.search.box.placeholderText()
    assert "APEC TELWG 68" in scope.meeting_combo.currentText()
    search_for(qtbot, window, "5G")
    assert _kinds_found(window, seeded_library) == {"trip_report"}
    assert window.search.page.isVisible() and scope.isVisible()
    combo = scope.meeting_combo  # the whole label shows, its month too, at the window's first size
    assert combo.fontMetrics().horizontalAdvance(combo.currentText()) + 40 <= combo.width()
    assert combo.toolTip() == combo.currentText()


def test_a_scope_that_finds_nothing_is_named_and_cleared_from_the_message(qtbot, window: MainWindow) -> None:
    scope = window.search.scope_bar
    scope.kind_combo.setCurrentIndex(scope.kind_combo.findData("news_article"))
    assert "新聞" in window.search.box.placeholderText()
    assert search_for(qtbot, window, "漫遊") == []
    empty = window.search.empty
    assert empty.isVisible() and "新聞" in empty.text() and "clear-filters:" in empty.text()
    empty.linkActivated.emit("clear-filters:")
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=10000)
    assert window.search.scope == SearchScope() and scope.kind_combo.currentIndex() == 0
    assert not empty.isVisible() and "新聞" not in window.search.box.placeholderText()


def test_the_scope_follows_the_library_and_the_language(
    qtbot, window: MainWindow, seeded_library: Library, monkeypatch
) -> None:
    scope = window.search.scope_bar
    meetings = queries.meetings(seeded_library)
    assert scope.meeting_combo.count() == 1, "the meetings are not read while the window starts"
    search_for(qtbot, window, "頻譜")
    assert scope.meeting_combo.count() == len(meetings) + 1
    scope.meeting_combo.setCurrentIndex(scope.meeting_combo.findData(meetings[0].id))
    window.set_language("en")
    assert scope.meeting_combo.itemText(0) == "All meetings" and scope.kind_combo.itemText(1) == "Trip report"
    assert scope.current() == SearchScope(meetings[0].id, None)
    assert "May 2024" in scope.meeting_combo.currentText()
    search_for(qtbot, window, "5G")
    monkeypatch.setattr(window.remove_action, "confirm", lambda title, sections: True)
    window.open_url(f"telref://document/{meetings[0].document_id}")
    assert window.remove_action.run()
    assert scope.meeting_combo.count() == 1 and window.search.scope == SearchScope()
    assert window.search.model.rowCount() and "Search meetings" in window.search.box.placeholderText()


def test_printed_results_hold_only_the_scope_and_name_it(qtbot, window: MainWindow) -> None:
    scope = window.search.scope_bar
    scope.kind_combo.setCurrentIndex(scope.kind_combo.findData("news_article"))
    everywhere = window.search.client.search("5G").total
    search_for(qtbot, window, "5G")
    brief = window.print_actions.results_brief()
    headings = [block for block in brief.blocks if getattr(block, "level", None) == 3]
    assert "新聞" in brief.subtitle
    assert len(headings) == window.search.model.total < everywhere


def test_a_meeting_two_documents_report_is_one_scope_that_finds_both(
    qtbot, window: MainWindow, seeded_library: Library
) -> None:
    from pathlib import Path

    from desktop_app.ingest.pipeline import import_paths

    import_paths(seeded_library, [Path(__file__).parents[1] / "fixtures" / "tel68_summary_report.txt"])
    window._library_changed()
    scope = window.search.scope_bar
    search_for(qtbot, window, "頻譜")
    assert scope.meeting_combo.count() == 2  # all meetings, and TELWG 68 once
    record = next(mt for mt in queries.meetings(seeded_library) if mt.number == 68 and "68th" in mt.name)
    window.open_url(f"telref://meeting/{record.id}")
    window.detail.anchorClicked.emit(QUrl(f"telref://search-in-meeting/{record.id}"))
    assert scope.meeting_combo.currentIndex() == 1
    search_for(qtbot, window, "Korea")
    assert _kinds_found(window, seeded_library) == {"trip_report", "meeting_record"}
