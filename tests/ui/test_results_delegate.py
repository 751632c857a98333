"""The results list's rows on the real window: one height for every row, snippets cut to their lines."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.results_delegate import SNIPPET_LINES, ResultDelegate, laid_out
from desktop_app.ui.search_client import PAGE_SIZE
from tests.ui.driving import search_for


class CountingDelegate(ResultDelegate):
    """The real delegate, counting how often the list asks a row's size."""

    asked = 0

    def sizeHint(self, option, index):
        CountingDelegate.asked += 1
        return super().sizeHint(option, index)


def test_every_result_row_has_the_same_height(qtbot, window: MainWindow) -> None:
    """A row's height does not depend on its heading, badges or snippet (short and long ones alike)."""
    search_for(qtbot, window, "頻譜")
    view, model = window.search.view, window.search.model
    window.resize(900, 700)
    QApplication.processEvents()
    rows = [model.row(row) for row in range(model.rowCount())]
    assert len({len(row.snippet) for row in rows}) > 1 and len({bool(row.economies) for row in rows}) == 2
    option = QStyleOptionViewItem()
    option.initFrom(view)
    heights = {view.itemDelegate().sizeHint(option, model.index(row)).height() for row in range(model.rowCount())}
    shown = {view.visualRect(model.index(row)).height() for row in range(model.rowCount())}
    assert len(heights) == 1 and len(shown) == 1 and view.uniformItemSizes()


def test_fetching_a_page_does_not_measure_every_row_again(qtbot, window: MainWindow) -> None:
    """Each page fetched at the end of the list laid out every row above it again, asking each one's size."""
    view, model = window.search.view, window.search.model
    view.setItemDelegate(CountingDelegate(view))
    search_for(qtbot, window, "會議")
    assert model.total > PAGE_SIZE
    while model.canFetchMore():
        CountingDelegate.asked = 0
        before = model.rowCount()
        view.scrollToBottom()  # at the end of the list, the view fetches the next page
        qtbot.waitUntil(lambda: model.rowCount() > before, timeout=5000)
        view.doItemsLayout()
        QApplication.processEvents()
        visible = view.viewport().height() // view.visualRect(model.index(0)).height() + 2
        assert CountingDelegate.asked <= 2 * visible < model.rowCount(), (CountingDelegate.asked, model.rowCount())


def test_a_snippet_is_cut_to_its_lines_with_an_ellipsis() -> None:
    font = QFont()
    long_text = "頻譜管理與數位資安，" * 40
    layout, cut = laid_out(long_text, [(0, 2), (400, 402)], font, 300, SNIPPET_LINES)
    assert cut and layout.lineCount() == SNIPPET_LINES
    last = layout.lineAt(layout.lineCount() - 1)
    assert last.textStart() + last.textLength() < len(long_text)
    layout, cut = laid_out("頻譜\n管理", [(0, 2)], font, 300, SNIPPET_LINES)
    assert not cut and layout.lineCount() == 1  # a line break in the text is a space, not a line
    assert [(span.start, span.length) for span in layout.formats()] == [(0, 2)]
