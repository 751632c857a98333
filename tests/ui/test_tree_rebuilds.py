"""The navigation tree keeps what the reader opened, scrolled to and marked when it is built again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPersistentModelIndex, QPoint, Qt

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.nav_model import KIND_ROLE, URL_ROLE
from desktop_app.ui.nav_nodes import NavFilter

KOREA = "telref://economy/KR"


def _branch(window: MainWindow, kind: str):
    model = window.nav_model
    return next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data(KIND_ROLE) == kind)


def _open_branches(window: MainWindow, *kinds: str) -> None:
    for kind in kinds:
        window.tree.expand(_branch(window, kind))
        if window.nav_model.canFetchMore(_branch(window, kind)):
            window.nav_model.fetchMore(_branch(window, kind))


def _marked_url(window: MainWindow) -> str | None:
    current = window.tree.selectionModel().currentIndex()
    selected = window.tree.selectionModel().isSelected(current.siblingAtColumn(0)) if current.isValid() else False
    return current.siblingAtColumn(0).data(URL_ROLE) if selected else None


def _expanded(window: MainWindow) -> set[str]:
    return {kind for kind in ("meetings", "economies", "topics", "people", "documents", "bookmarks")
            if window.tree.isExpanded(_branch(window, kind))}


def _korea_open(qtbot, window: MainWindow) -> None:
    _open_branches(window, "economies", "topics")
    window.open_url(KOREA)
    assert _marked_url(window) == KOREA and _expanded(window) == {"economies", "topics"}


def test_ctrl_d_keeps_the_tree_open_and_marked_and_rebuilds_only_the_bookmarks(qtbot, window: MainWindow) -> None:
    _korea_open(qtbot, window)
    korea_row = QPersistentModelIndex(window.tree.selectionModel().currentIndex())
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert _expanded(window) == {"economies", "topics"}
    assert _marked_url(window) == KOREA
    assert korea_row.isValid() and korea_row.data(URL_ROLE) == KOREA, "the economies branch was left as it was"
    _open_branches(window, "bookmarks")
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.nav_model.rowCount(_branch(window, "bookmarks")) == 0
    assert _marked_url(window) == KOREA and window.current_url() == KOREA, "un-starring opened no other page"


def test_a_filter_change_keeps_open_branches_and_the_mark(qtbot, window: MainWindow) -> None:
    _korea_open(qtbot, window)
    window.filters.set_current(NavFilter(economy="KR"))
    assert _expanded(window) == {"economies", "topics"}
    assert _marked_url(window) == KOREA


def test_a_topic_filter_leaves_the_people_branch_as_it_was(qtbot, window: MainWindow) -> None:
    _open_branches(window, "people")
    person = QPersistentModelIndex(window.nav_model.index(0, 0, _branch(window, "people")))
    topics = QPersistentModelIndex(window.nav_model.index(0, 0, _branch(window, "topics")))
    window.filters.set_current(NavFilter(topic="spectrum"))
    assert person.isValid(), "a topic does not narrow people: their rows were not built again"
    assert window.nav_model.index(_branch(window, "topics").row(), 1).data() == "1"
    assert not topics.isValid() or topics.data(URL_ROLE) == "telref://topic/spectrum"


def test_a_language_switch_keeps_open_branches_and_the_mark(qtbot, window: MainWindow) -> None:
    _korea_open(qtbot, window)
    window.set_language("en")
    assert _expanded(window) == {"economies", "topics"}
    assert _marked_url(window) == KOREA
    assert window.tree.selectionModel().currentIndex().data() == "Korea"


def test_an_import_keeps_open_branches_and_the_scroll_position(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.resize(900, 420)
    _open_branches(window, "economies", "topics", "people")
    qtbot.waitUntil(lambda: window.tree.verticalScrollBar().maximum() > 20)
    window.tree.verticalScrollBar().setValue(window.tree.verticalScrollBar().maximum() // 2)
    top = window.tree.indexAt(QPoint(1, 1))
    shown_at_top = (top.data(), top.parent().data())
    note = tmp_path / "note.txt"
    note.write_text("頻譜政策筆記\n\n一、低軌衛星\n\n各經濟體討論低軌衛星頻譜的分配與韌性。\n", encoding="utf-8")
    assert window.import_paths([note])
    qtbot.waitUntil(lambda: not window.import_panel.running, timeout=30000)
    assert _expanded(window) == {"economies", "topics", "people"}
    qtbot.wait(50)
    now_top = window.tree.indexAt(QPoint(1, 1))
    assert (now_top.data(), now_top.parent().data()) == shown_at_top, "the view shows the rows it showed"


def test_a_document_a_filter_hid_comes_back_open_when_the_filter_is_cleared(qtbot, window: MainWindow) -> None:
    """Clearing the filter marked the document again but left it closed: the rebuild under the filter, which
    did not show it, forgot that it was open."""
    from desktop_app.core import queries

    _open_branches(window, "documents")
    documents = _branch(window, "documents")
    model = window.nav_model
    rows = [model.index(r, 0, documents) for r in range(model.rowCount(documents))]
    hidden_by = {}
    for code in ("KR", "JP", "US", "AU", "CN", "RU"):
        kept = queries.documents_with_sections(window.library, code, None)
        gone = [row for row in rows if int(row.data(URL_ROLE).rsplit("/", 1)[1]) not in kept]
        if gone and len(gone) < len(rows):
            hidden_by[code] = gone[0].data(URL_ROLE)
    code, url = next(iter(hidden_by.items()))
    row = next(row for row in rows if row.data(URL_ROLE) == url)
    window.tree.expand(row)
    window.open_url(url)
    window.filters.set_current(NavFilter(economy=code))
    assert url not in [model.index(r, 0, _branch(window, "documents")).data(URL_ROLE)
                       for r in range(model.rowCount(_branch(window, "documents")))]
    window.filters.clear()
    documents = _branch(window, "documents")
    row = next(model.index(r, 0, documents) for r in range(model.rowCount(documents))
               if model.index(r, 0, documents).data(URL_ROLE) == url)
    assert _marked_url(window) == url
    assert window.tree.isExpanded(row), "the document is open again"
