"""Bookmarks are titled from their address, in the reader's language, where they are shown."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core import bookmarks, queries
from desktop_app.core.library import Library
from desktop_app.ui.bookmark_titles import bookmark_title
from desktop_app.ui.i18n import Strings
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.nav_model import KIND_ROLE, URL_ROLE
from desktop_app.ui.pages import render


def _bookmark_rows(window: MainWindow) -> dict[str, str]:
    model = window.nav_model
    branch = next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data(KIND_ROLE) == "bookmarks")
    window.tree.expand(branch)
    if model.canFetchMore(branch):
        model.fetchMore(branch)
    return {model.index(r, 0, branch).data(URL_ROLE): model.index(r, 0, branch).data() for r in range(model.rowCount(branch))}


def test_a_bookmark_saved_in_chinese_reads_in_english_and_a_section_names_its_document(
    window: MainWindow, seeded_library: Library
) -> None:
    document = next(d for d in queries.documents(seeded_library) if d.kind == "trip_report")
    section = next(s for s in queries.document(seeded_library, document.id).sections if s.level > 0)
    section_url = f"telref://section/{section.id}"
    for url in ("telref://economy/KR", section_url):
        window.open_url(url)
        window.toggle_bookmark()
    window.set_language("en")
    rows = _bookmark_rows(window)
    assert rows["telref://economy/KR"] == "Korea"
    assert rows[section_url].startswith(render(seeded_library, section_url, Strings("en")).title)
    assert document.title in rows[section_url]
    window.open_url("telref://bookmarks")
    assert ">Korea<" in window.current_page_html() and document.title in window.current_page_html()


def test_a_bookmark_whose_page_is_gone_keeps_its_saved_title(seeded_library: Library) -> None:
    bookmarks.add_bookmark(seeded_library, "telref://section/999999", "舊的標題")
    assert bookmark_title(seeded_library, "telref://section/999999", Strings("en"), "舊的標題") == "舊的標題"
    assert bookmark_title(seeded_library, "telref://topic/spectrum", Strings("zh")) == "頻譜"


def test_a_meeting_bookmark_reads_as_the_tree_names_its_meeting(seeded_library: Library) -> None:
    """It showed the meeting's raw name, untranslated and undated, beside sessions titled APEC TELWG 66 · Nov 2022."""
    from desktop_app.ui.meeting_choices import meeting_label

    meeting = queries.meetings(seeded_library)[0]
    english = Strings("en")
    assert bookmark_title(seeded_library, f"telref://meeting/{meeting.id}", english) == meeting_label(meeting, english)


def test_two_reports_titled_alike_are_told_apart_by_their_files(tmp_path) -> None:
    from desktop_app.ingest.pipeline import import_paths
    from desktop_app.services import open_library
    from desktop_app.ui.bookmark_titles import bookmark_titles
    from desktop_app.ui.pages import render

    fixture = Path(__file__).parents[1] / "fixtures" / "telwg67_numbered_body_report.txt"
    text = fixture.read_text(encoding="utf-8")
    first, second = tmp_path / "report.txt", tmp_path / "report-revised.txt"
    first.write_text(text, encoding="utf-8")
    second.write_text(text + "\n修訂版。\n", encoding="utf-8")
    library = open_library(tmp_path / "library.sqlite")
    try:
        import_paths(library, [first, second])
        documents = queries.documents(library)
        meetings = queries.meetings(library)
        assert len(documents) == 2 and documents[0].title == documents[1].title
        for url in [f"telref://document/{d.id}" for d in documents] + [f"telref://meeting/{mt.id}" for mt in meetings]:
            bookmarks.add_bookmark(library, url, "")
        titles = bookmark_titles(library, bookmarks.list_bookmarks(library), Strings("zh"))
        meeting_page = render(library, f"telref://meeting/{meetings[0].id}", Strings("zh")).html
    finally:
        library.close()
    assert len(set(titles)) == 4, titles
    assert {title.rsplit(" · ", 1)[1] for title in titles[:2]} == {"report.txt", "report-revised.txt"}
    assert "report.txt" in meeting_page and "report-revised.txt" in meeting_page, "its other report told apart"
