"""The real main window on the seeded library, driven offscreen with pytest-qt."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTextBrowser, QTreeView

from desktop_app.app import create_window
from desktop_app.core import bookmarks, queries
from desktop_app.core.library import Library
from desktop_app.ui import search_client
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.nav_model import KIND_ROLE, URL_ROLE
from tests.ui.driving import search_for, type_text


def _branch(window: MainWindow, kind: str):
    model = window.nav_model
    return next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data(KIND_ROLE) == kind)


def _children(window: MainWindow, index):
    window.tree.expand(index)
    model = window.nav_model
    if model.canFetchMore(index):  # right after a model reset the view defers fetching to its next layout
        model.fetchMore(index)
    return [model.index(r, 0, index) for r in range(model.rowCount(index))]


def test_window_has_named_parts_and_welcome(window: MainWindow) -> None:
    assert isinstance(window.findChild(QTreeView, "navTree"), QTreeView)
    assert isinstance(window.findChild(QTextBrowser, "detailView"), QTextBrowser)
    assert isinstance(window.findChild(QLineEdit, "searchBox"), QLineEdit)
    economy = window.findChild(QComboBox, "economyFilter")
    assert economy.count() == 22 and economy.itemData(0) is None
    assert window.findChild(QComboBox, "topicFilter").count() > 1
    assert window.current_page_title() == "歡迎使用 TelRef"
    assert "2 份文件" in window.library_label.text()
    assert "<style>" in window.current_page_html()


def test_browse_each_branch_opens_pages(qtbot, window: MainWindow) -> None:
    for kind, child_prefix in (
        ("economies", "telref://economy/"),
        ("topics", "telref://topic/"),
        ("documents", "telref://document/"),
    ):
        first = _children(window, _branch(window, kind))[0]
        window.tree.setCurrentIndex(first)
        assert window.current_url().startswith(child_prefix)
        assert first.data() in window.current_page_title() or window.current_page_title()
    document = window.current_url()
    section = _children(window, window.tree.currentIndex())[0]
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert window.tree.currentIndex() == section
    assert window.current_url() == section.data(URL_ROLE) != document


def test_the_tree_marks_the_page_shown_and_a_click_on_the_marked_row_opens_it(qtbot, window: MainWindow) -> None:
    """Open Australia from the tree, then Chinese Taipei by a link: the tree marks Chinese Taipei, and after
    going to a page it does not list (a topic's section), a click on Australia's row opens Australia."""
    economies = _children(window, _branch(window, "economies"))
    australia = next(index for index in economies if index.data(URL_ROLE) == "telref://economy/AU")
    taipei = next(index for index in economies if index.data(URL_ROLE) == "telref://economy/TW")
    window.tree.setCurrentIndex(australia)
    assert window.current_url() == "telref://economy/AU"
    window.open_url("telref://economy/TW")
    assert window.tree.currentIndex() == taipei and window.tree.selectionModel().isSelected(taipei)
    window.go_back()
    assert window.tree.currentIndex() == australia
    window.open_url(f"telref://section/{queries.sections_for_topic(window.library, 'spectrum')[0].id}")
    assert not window.tree.selectionModel().hasSelection()
    window.tree.setCurrentIndex(australia)
    window.go_back()
    assert window.current_url().startswith("telref://section/")
    rect = window.tree.visualRect(australia)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_url() == "telref://economy/AU"


def test_meeting_page_for_the_seed_report(window: MainWindow) -> None:
    meetings = _children(window, _branch(window, "meetings"))
    telwg = next(index for index in meetings if "TELWG" in index.data() and "68" in index.data())
    window.tree.setCurrentIndex(telwg)
    html = window.current_page_html()
    assert window.current_url().startswith("telref://meeting/")
    for heading in ("議程", "出席經濟體", "主席"):
        assert heading in html
    assert "秘魯" in html


def test_links_back_and_forward(qtbot, window: MainWindow) -> None:
    window.open_url("telref://topic/spectrum")
    html = window.current_page_html()
    assert 'href="telref://section/' in html
    section_url = html.split('href="telref://section/', 1)[1].split('"', 1)[0]
    window.detail.anchorClicked.emit(QUrl(f"telref://section/{section_url}"))
    assert window.current_url() == f"telref://section/{section_url}"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_url() == "telref://topic/spectrum"
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_url() == f"telref://section/{section_url}"
    assert window.actions_.back.isEnabled() and not window.actions_.forward.isEnabled()


def test_document_markup_is_shown_as_text_and_nothing_is_loaded(window: MainWindow, seeded_library: Library) -> None:
    from desktop_app.core import models as m

    with seeded_library.transaction() as session:
        section = session.get(m.Section, 2)
        section.text = '<img src="http://example.com/x.png"><b>bold</b> <a href="file:///etc/passwd">x</a>'
    window.open_url("telref://section/2")
    assert '<img src="http://example.com/x.png">' in window.detail.toPlainText()
    assert "&lt;b&gt;bold&lt;/b&gt;" in window.current_page_html()
    assert not any("example.com" in url or "passwd" in url for url in window.detail.refused_resources)
    window.detail.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert window.current_url() == "telref://section/2"


def test_filters_narrow_the_tree_and_show_what_is_active(window: MainWindow) -> None:
    combo = window.findChild(QComboBox, "economyFilter")
    combo.setCurrentIndex(combo.findData("PG"))
    economies = _children(window, _branch(window, "economies"))
    assert [index.data(URL_ROLE) for index in economies] == ["telref://economy/PG"]
    assert "巴布亞紐幾內亞" in window.filter_label.text()
    assert combo.property("active") is True
    topics = window.findChild(QComboBox, "topicFilter")
    topics.setCurrentIndex(topics.findData("spectrum"))
    assert [index.data(URL_ROLE) for index in _children(window, _branch(window, "topics"))] == ["telref://topic/spectrum"]
    window.filters.clear()
    assert len(_children(window, _branch(window, "economies"))) == 21
    assert window.filter_label.text() == ""


def test_language_switch_and_persistence(qtbot, seeded_library: Library, settings: QSettings) -> None:
    first = create_window(seeded_library.path, settings)
    qtbot.addWidget(first)
    first.actions_.languages["en"].trigger()
    assert first.nav_model.index(0, 0).data() == "Meetings"
    assert first.current_page_title() == "Welcome to TelRef"
    assert first.actions_.file_menu.title() == "&File"
    first.filters.economy_combo.setCurrentIndex(first.filters.economy_combo.findData("JP"))
    first.open_url("telref://economy/JP")
    first.splitter.setSizes([250, 1000])
    sizes = first.splitter.sizes()
    first.close()
    second = create_window(seeded_library.path, settings)
    qtbot.addWidget(second)
    assert second.strings.lang == "en"
    assert second.current_url() == "telref://economy/JP" and second.current_page_title() == "Japan"
    assert second.filters.current().economy == "JP"
    assert second.splitter.sizes() == sizes


def test_bookmark_with_ctrl_d(qtbot, window: MainWindow) -> None:
    window.open_url("telref://topic/5g")
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    marks = _children(window, _branch(window, "bookmarks"))
    assert [(index.data(), index.data(URL_ROLE)) for index in marks] == [("5G", "telref://topic/5g")]
    assert window.actions_.bookmark.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert _children(window, _branch(window, "bookmarks")) == []


def test_find_in_page(qtbot, window: MainWindow) -> None:
    window.open_url("telref://document/2")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    type_text(window.find_bar.edit, "經濟體國情報告")
    assert window.detail.textCursor().selectedText() == "經濟體國情報告"
    type_text(window.find_bar.edit, "不存在的字")
    assert window.find_bar.status.text() == "找不到"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_import_on_worker_thread_appears_in_tree(qtbot, window: MainWindow, tmp_path: Path) -> None:
    good = tmp_path / "note.txt"
    good.write_text("頻譜政策筆記\n\n一、低軌衛星\n\n各經濟體討論低軌衛星頻譜的分配與韌性。\n", encoding="utf-8")
    bad = tmp_path / "empty.txt"
    bad.write_text("   \n", encoding="utf-8")
    assert window.import_paths([good, bad])
    assert window.import_panel.isVisible() and window.import_panel.running
    qtbot.waitUntil(lambda: not window.import_panel.running, timeout=30000)
    documents = _children(window, _branch(window, "documents"))
    assert len(documents) == 3
    assert "3 份文件" in window.library_label.text()
    html = window.current_page_html()
    assert "empty.txt" in html and "note.txt" in html
    assert window.current_page_title() == "匯入結果" and window.windowTitle().startswith("匯入結果")
    assert not window.actions_.bookmark.isEnabled(), "the summary is no page a bookmark can come back to"
    economy_url = _children(window, _branch(window, "economies"))[0].data(URL_ROLE)
    window.open_url(economy_url)  # a row whose page history holds, under the summary
    window._import_finished([], False)
    economy = _children(window, _branch(window, "economies"))[0]  # the tree was built again
    assert economy.data(URL_ROLE) == economy_url
    window._tree_current_changed(economy)
    assert window.current_page_title() != "匯入結果", "the row's page opens over the summary"
    window.toggle_bookmark()
    assert "匯入結果" not in [mark.title for mark in bookmarks.list_bookmarks(window.library)]


def test_files_an_import_skipped_are_read_again_from_its_summary(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """Importing a file already in the library skips it; the summary's link reads it again with this importer:
    the same document, its page at the same address."""
    note = tmp_path / "note.txt"
    note.write_text("頻譜政策筆記\n\n一、低軌衛星\n\n各經濟體討論低軌衛星頻譜的分配與韌性。\n", encoding="utf-8")
    for expected in ("新增 1", "略過 1"):
        assert window.import_paths([note])
        qtbot.waitUntil(lambda: not window.import_panel.running, timeout=30000)
        assert expected in window.current_page_html()
    assert "telref://read-again" in window.current_page_html() and window.skipped_paths == [note]
    document_id = next(d.id for d in queries.documents(window.library) if d.title == "頻譜政策筆記")
    window.detail.anchorClicked.emit(QUrl("telref://read-again"))
    assert window.import_panel.running
    qtbot.waitUntil(lambda: not window.import_panel.running, timeout=30000)
    html = window.current_page_html()
    assert "重新讀取 1" in html and f'href="telref://document/{document_id}"' in html
    assert [d.id for d in queries.documents(window.library) if d.title == "頻譜政策筆記"] == [document_id]


def test_search_chinese_simplified_and_english_alias(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.box.hasFocus()
    traditional = search_for(qtbot, window, "頻譜")
    assert traditional and window.search.model.row(0).marks
    assert sorted(search_for(qtbot, window, "频谱")) == sorted(traditional)
    korea = search_for(qtbot, window, "Korea")
    assert "韓國" in " ".join(korea)
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    first = window.search.model.row(0)
    assert window.current_url() == first.url
    assert window.detail.extraSelections(), "the match is highlighted in the page"
    qtbot.keyClick(window.search.box, Qt.Key.Key_Escape)
    assert window.left.currentWidget() is window.tree and window.search.box.text() == ""


def test_filters_narrow_search_results(qtbot, window: MainWindow) -> None:
    everything = search_for(qtbot, window, "頻譜")
    window.filters.economy_combo.setCurrentIndex(window.filters.economy_combo.findData("PG"))
    narrowed = [window.search.model.row(r) for r in range(window.search.model.rowCount())]
    assert 0 < len(narrowed) < len(everything)
    assert all("PG" in row.economies for row in narrowed)


def test_a_search_that_finds_nothing_says_why_and_offers_what_to_try(qtbot, window: MainWindow) -> None:
    """Koera finds nothing: the list says so and offers Korea, which runs when clicked; 華為 filtered to Papua New
    Guinea finds nothing: the list names the filter and clearing it from there finds 華為 everywhere."""
    empty = window.search.empty
    assert search_for(qtbot, window, "Koera") == []
    assert empty.isVisible() and "Koera" in empty.text() and 'href="suggest:Korea"' in empty.text()
    empty.linkActivated.emit("suggest:Korea")
    qtbot.waitUntil(lambda: window.search.model.query == "Korea", timeout=10000)
    assert window.search.box.text() == "Korea" and window.search.model.rowCount() and not empty.isVisible()

    window.filters.economy_combo.setCurrentIndex(window.filters.economy_combo.findData("PG"))
    assert search_for(qtbot, window, "華為") == []
    assert "巴布亞紐幾內亞" in empty.text() and "clear-filters:" in empty.text()
    empty.linkActivated.emit("clear-filters:")
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=10000)
    assert window.filters.current().economy is None and not empty.isVisible()


def test_result_opens_on_double_click(qtbot, window: MainWindow) -> None:
    search_for(qtbot, window, "海底電纜")
    view = window.search.view
    rect = view.visualRect(window.search.model.index(0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_url() == window.search.model.row(0).url


def test_pages_with_tables_fit_the_window_without_a_sideways_scroll_bar(qtbot, window: MainWindow) -> None:
    pages = ["telref://meeting/1", "telref://economy/KR", "telref://topic/spectrum", "telref://person/1"]
    for width in range(1100, 1500, 40):
        window.resize(width, 800)
        for url in pages:
            window.open_url(url)
            QApplication.processEvents()
            assert window.detail.horizontalScrollBar().maximum() == 0, (url, width)


def test_the_go_menu_reads_on_to_the_next_section_and_back(qtbot, window: MainWindow, seeded_library: Library) -> None:
    document = queries.document(seeded_library, 2)
    first, second = document.sections[0], document.sections[1]
    window.open_url(f"telref://section/{first.id}")
    assert not window.actions_.previous_section.isEnabled() and window.actions_.next_section.isEnabled()
    qtbot.keyClick(window.detail, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.current_url() == f"telref://section/{second.id}"
    assert second.heading in window.current_page_title()
    window.actions_.previous_section.trigger()
    assert window.current_url() == f"telref://section/{first.id}"
    window.open_url("telref://welcome")
    assert not window.actions_.previous_section.isEnabled() and not window.actions_.next_section.isEnabled()


def test_the_status_bar_keeps_the_results_count_until_search_is_left(qtbot, window: MainWindow) -> None:
    everything = len(search_for(qtbot, window, "頻譜"))
    assert window.statusBar().currentMessage() == f"{everything} 筆結果"
    window.set_language("en")
    assert window.statusBar().currentMessage() == f"{everything} results"
    window.set_language("zh")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Escape)
    assert window.statusBar().currentMessage() == ""


def test_the_results_list_every_match_a_page_at_a_time_as_it_scrolls(qtbot, window: MainWindow, monkeypatch) -> None:
    model, view = window.search.model, window.search.view
    everything = [row.url for row in window.search.client.search("會議", limit=1000).rows]
    assert len(everything) > 12
    monkeypatch.setattr(search_client, "PAGE_SIZE", 3)
    search_for(qtbot, window, "会议")
    assert model.total == len(everything) and model.rowCount() < len(everything)  # what fills the view, no more
    assert window.statusBar().currentMessage() == f"{len(everything)} 筆結果"
    for _page in range(len(everything)):
        view.scrollToBottom()
        qtbot.wait(20)
        if model.rowCount() == len(everything):
            break
    assert [model.row(r).url for r in range(model.rowCount())] == everything


def test_newest_first_reorders_the_results_and_is_remembered(qtbot, seeded_library: Library, settings: QSettings) -> None:
    window = create_window(seeded_library.path, settings)
    qtbot.addWidget(window)
    window.show()
    best = [window.search.model.row(r).url for r in range(len(search_for(qtbot, window, "5G")))]
    window.actions_.newest_first.trigger()
    newest = [window.search.model.row(r) for r in range(window.search.model.rowCount())]
    assert sorted(row.url for row in newest) == sorted(best) and [row.url for row in newest] != best
    assert (newest[0].path or (newest[0].heading,))[0].startswith("出席 APEC TELWG")  # 2024 report before 2020 article
    window.close()
    again = create_window(seeded_library.path, settings)
    qtbot.addWidget(again)
    assert again.actions_.newest_first.isChecked() and again.search.order == "newest"


def test_a_document_is_removed_from_the_window_after_the_reader_confirms(
    qtbot, window: MainWindow, seeded_library: Library, monkeypatch
) -> None:
    asked: list[tuple[str, int]] = []
    answers = iter([False, True])
    monkeypatch.setattr(window.remove_action, "confirm", lambda title, sections: asked.append((title, sections)) or next(answers))
    assert not window.remove_action.action.isEnabled()  # the welcome page shows no document
    article = next(d for d in queries.documents(seeded_library) if d.kind == "news_article")
    section = queries.document(seeded_library, article.id).sections[1]
    window.open_url("telref://economy/KR")
    window.toggle_bookmark()  # a page the removal leaves in place
    window.open_url(f"telref://section/{section.id}")
    window.toggle_bookmark()  # a page it takes away
    assert window.remove_action.action.isEnabled()
    assert not window.remove_action.run() and queries.document(seeded_library, article.id) is not None
    assert window.remove_action.run()
    assert asked[0][0] == article.title and asked[0][1] > 1
    assert queries.document(seeded_library, article.id) is None
    assert window.current_url() == "telref://welcome" and "1 份文件" in window.library_label.text()
    assert article.title in window.statusBar().currentMessage()
    assert window.search.client.search("華為").total == 0
    assert [mark.target for mark in bookmarks.list_bookmarks(seeded_library)] == ["telref://economy/KR"]


def test_qt_dialog_buttons_and_every_menu_entry_follow_the_window_language(window: MainWindow) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    window.set_language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    entries = [action.text() for action in window.actions_.file_menu.actions() if action.text()]
    assert "Remove document from library…" in entries
    assert not [text for text in entries if re.search(r"[\u4e00-\u9fff]", text)], entries
    window.set_language("zh")
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "是(&Y)"


def test_a_page_read_again_keeps_its_bookmark_and_history(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """Reading a file again gave its sections new ids: their bookmarks, Back and Forward opened "this page no
    longer exists"."""
    note = tmp_path / "note.txt"
    note.write_text("頻譜政策筆記\n\n一、低軌衛星\n\n各經濟體討論低軌衛星頻譜的分配與韌性。\n", encoding="utf-8")
    for _ in range(2):
        assert window.import_paths([note])
        qtbot.waitUntil(lambda: not window.import_panel.running, timeout=30000)
    document_id = next(d.id for d in queries.documents(window.library) if d.title == "頻譜政策筆記")
    section_url = f"telref://section/{queries.document(window.library, document_id).sections[-1].id}"
    window.open_url(section_url)
    window.toggle_bookmark()
    window.open_url("telref://economy/KR")
    window.read_skipped_again()
    qtbot.waitUntil(lambda: not window.import_panel.running, timeout=30000)
    assert section_url in [mark.target for mark in bookmarks.list_bookmarks(window.library)]
    window.go_back()
    assert window.current_url() == section_url and window.page.found


def test_pages_gone_leave_bookmarks_history_and_the_next_start(qtbot, window: MainWindow, settings: QSettings) -> None:
    """A document removed outside the window (the command line, another window): its bookmarks and the page
    the next start opens were kept, and opened "this page no longer exists"."""
    article = next(d for d in queries.documents(window.library) if d.kind == "news_article")
    section_url = f"telref://section/{queries.document(window.library, article.id).sections[-1].id}"
    window.open_url(section_url)
    window.toggle_bookmark()
    assert window.library.remove_document(article.id)
    window._import_finished([], False)  # the library changed
    assert section_url not in [mark.target for mark in bookmarks.list_bookmarks(window.library)]
    assert window.settings.last_url != section_url
    assert not window.actions_.back.isEnabled() or window.history.back() != section_url
    settings.setValue("last_url", section_url)
    again = create_window(window.library.path, settings)
    qtbot.addWidget(again)
    assert again.page.found and again.current_url() == "telref://welcome"
