"""The results list's rows on the real window: one height for every row, snippets cut to their lines, the
first match in view, a heading-only hit with something under it, each row naming its meeting."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.results_delegate import SNIPPET_LINES, ResultDelegate
from desktop_app.ui.results_model import MARKS_ROLE, SNIPPET_ROLE
from desktop_app.ui.row_text import laid_out, shown_up_to
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


def row_option(view, index: QModelIndex) -> QStyleOptionViewItem:
    """The style option the list paints a row with: its font and its rectangle."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.font = view.font()
    return option


def first_mark_shown(layout) -> bool:
    """Whether the layout's first marked span ends within the lines it lays out."""
    spans = sorted((span.start, span.start + span.length) for span in layout.formats())
    return bool(spans) and shown_up_to(layout) >= spans[0][1]


def test_a_rows_snippet_shows_its_first_match_however_far_into_the_text(qtbot, window: MainWindow) -> None:
    """At 800 px a snippet's first match (韌性, 93 characters into the Indonesian delegate's report) fell past
    the two lines shown, counted from the text's start."""
    window.resize(800, 600)
    search_for(qtbot, window, "韌性")
    view, model = window.search.view, window.search.model
    QApplication.processEvents()
    delegate = view.itemDelegate()
    was_cut = 0
    for number in range(model.rowCount()):
        index = model.index(number)
        if not index.data(MARKS_ROLE):
            continue  # matched in its heading only
        option = row_option(view, index)
        layout, _cut = delegate.snippet_layout(option, index)
        assert first_mark_shown(layout), (model.row(number).snippet, layout.text())
        from_start, _ = laid_out(index.data(SNIPPET_ROLE), index.data(MARKS_ROLE), view.font(), option.rect.width() - 16, 2)
        was_cut += not first_mark_shown(from_start)
    assert was_cut, "no row had its match past its lines: the test shows nothing"


def test_a_match_far_into_chinese_or_english_text_is_shown_after_an_ellipsis() -> None:
    from desktop_app.ui.row_text import laid_out_around_first_match

    font = QFont()
    for text, match in (
        ("本次會議由澳洲、中國、印尼、泰國、加拿大、馬來西亞、墨西哥、巴布亞紐幾內亞、秘魯、美國報告，" * 3 + "海纜韌性合作", "海纜韌性"),
        ("The meeting welcomed delegates attending in person and online from every economy " * 3
         + "and heard about submarine cable resilience.", "submarine cable"),
    ):
        start = text.index(match)
        layout, cut = laid_out_around_first_match(text, [(start, start + len(match))], font, 300, SNIPPET_LINES)
        assert layout.text().startswith("…") and first_mark_shown(layout) and layout.lineCount() <= SNIPPET_LINES
        mark = layout.formats()[0]
        assert layout.text()[mark.start: mark.start + mark.length] == match
        if match.isascii():  # English is cut between words, never inside one
            assert layout.text()[1:].split(" ")[0] in text.split(" ")
    heading = "會議主席：澳洲基礎建設、運輸、區域發展、通訊及藝術部 Ms. Sarah Connor"
    at = heading.index("Sarah Connor")
    layout, _cut = laid_out_around_first_match(heading, [(at, at + 12)], font, 260, 1)
    assert first_mark_shown(layout) and layout.text().endswith("Sarah Connor")


def test_a_heading_only_hit_shows_what_stands_under_it(qtbot, window: MainWindow) -> None:
    """團長及執行委員會議 has no text of its own: its row showed two empty lines."""
    search_for(qtbot, window, "團長及執行委員會議")
    model = window.search.model
    row = next(model.row(n) for n in range(model.rowCount()) if model.row(n).heading == "團長及執行委員會議")
    assert row.below and row.snippet.strip() and "：" in row.snippet


def painted_row(view, index: QModelIndex) -> QImage:
    """The row as the delegate paints it, on white."""
    option = row_option(view, index)
    option.rect.moveTopLeft(QPoint(0, 0))
    image = QImage(option.rect.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    view.itemDelegate().paint(painter, option, index)
    painter.end()
    return image


def inked_rows(image: QImage, top: int, bottom: int) -> int:
    """How many pixel rows between top and bottom hold anything but white."""
    white = QColor("white").rgb()
    return sum(
        any(image.pixel(x, y) != white for x in range(8, image.width() - 8)) for y in range(top, min(bottom, image.height() - 2))
    )


def test_a_heading_only_hit_with_nothing_under_it_fills_its_lines_with_where_it_stands(qtbot, window: MainWindow) -> None:
    """A leaf heading with no text (a workshop named in a list) let its place run over the empty snippet lines."""
    window.resize(800, 600)
    search_for(qtbot, window, "MRA研討會")
    view, model = window.search.view, window.search.model
    QApplication.processEvents()
    number = next(n for n in range(model.rowCount()) if not model.row(n).snippet.strip())
    image = painted_row(view, model.index(number))
    lower_half = image.height() // 2
    assert inked_rows(image, lower_half, image.height()) > 4  # the place, wrapped, reaches the snippet's lines


def test_each_row_names_its_meeting_and_date_whole_in_a_narrow_list(qtbot, window: MainWindow) -> None:
    """Cut in its middle at 800 px, the path lost what told reports apart (出席 APEC TELWG 第 6…議簡要報告)."""
    from PySide6.QtGui import QFontMetricsF

    from desktop_app.ui.results_delegate import row_fonts
    from desktop_app.ui.results_model import DATE_ROLE, ECONOMIES_ROLE, MEETING_ROLE, TRAIL_ROLE
    from desktop_app.ui.row_place import fit_place

    search_for(qtbot, window, "頻譜")
    model = window.search.model
    metrics = QFontMetricsF(row_fonts(window.search.view.font())[1])
    from_report = [model.index(n) for n in range(model.rowCount()) if model.index(n).data(MEETING_ROLE)]
    assert from_report and all(index.data(MEETING_ROLE) == "APEC TELWG 68" for index in from_report)
    for index in from_report:
        names = index.data(ECONOMIES_ROLE)
        place = fit_place(metrics, 300, names, index.data(MEETING_ROLE), index.data(TRAIL_ROLE), index.data(DATE_ROLE))
        assert place.meeting == "APEC TELWG 68" and place.when.endswith(index.data(DATE_ROLE))
        assert len(place.badges) + place.more == len(names)
        tooltip = index.data(0x03)  # ToolTipRole: what the line leaves out
        assert "APEC TELWG 68" in tooltip and index.data(TRAIL_ROLE) in tooltip
