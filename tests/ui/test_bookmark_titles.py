"""Bookmarks are titled from their address, in the reader's language, where they are shown."""

from __future__ import annotations

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
