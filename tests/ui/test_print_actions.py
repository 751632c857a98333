"""Print…, Print Preview, Export PDF… and Briefing page… on the real window; every PDF is written and read back."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from desktop_app.core import queries
from desktop_app.briefing.build import build_brief
from desktop_app.briefing.page import page_brief
from desktop_app.ui.brief_dialog import BriefDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.urls import page_url


def _text(path: Path) -> tuple[str, int]:
    reader = PdfReader(path)
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages)), len(reader.pages)


def test_file_menu_holds_the_print_actions_above_quit(window: MainWindow) -> None:
    names = [action.objectName() for action in window.file_menu.actions()]
    wanted = ["printAction", "printPreviewAction", "exportPdfAction", "briefAction"]
    assert all(name in names for name in wanted)
    assert max(names.index(name) for name in wanted) < names.index("quitAction")
    assert window.print_actions.export_pdf.text() == "匯出 PDF…"


def test_export_pdf_of_the_page_shown(window: MainWindow, tmp_path: Path) -> None:
    window.open_url(page_url("economy", "JP"))
    written = window.print_actions.export(choose_path=lambda suggested: tmp_path / "page")
    assert written == tmp_path / "page.pdf"
    text, pages = _text(written)
    title = re.sub(r"\s+", "", window.current_page_title())
    assert f"頁面：{title}" in text and "日本" in text and f"第1頁／共{pages}頁" in text
    assert "資料庫seeded.sqlite" in text


def test_cancelled_export_writes_nothing(window: MainWindow, tmp_path: Path) -> None:
    assert window.print_actions.export(choose_path=lambda suggested: None) is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_print_preview_paints_the_pages(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.open_url(page_url("economy", "JP"))
    dialog = window.print_actions.preview_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1)
    printer = dialog.printer()  # the preview's Print button prints on it, to a file when one is chosen
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "preview.pdf"))
    dialog.paintRequested.emit(printer)
    text, pages = _text(tmp_path / "preview.pdf")
    assert pages == preview.pageCount() and "頁面：日本" in text and f"第{pages}頁／共{pages}頁" in text
    dialog.close()


def test_brief_dialog_offers_the_librarys_meeting_and_exports_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = BriefDialog(window.library, window.strings, window)
    qtbot.addWidget(dialog)
    dialog.choose("meeting", "")
    assert any("TELWG 68" in dialog.subject.itemText(i) for i in range(dialog.subject.count()))
    dialog.choose("economy", "JP")
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    request = dialog.request()
    assert (request.kind, request.name, request.lang) == ("economy", "JP", "zh")
    written = window.print_actions.export(
        build_brief(window.library, request), dialog.paper_size(), lambda suggested: tmp_path / suggested
    )
    text, _pages = _text(written)
    assert "經濟體簡報：日本Japan" in text and "TELWG68" in text
    box = PdfReader(written).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_the_search_shown_prints_as_a_brief_of_its_results(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """The results list's menu prints or exports the search as listed: its hits best first, each section's
    source and text, the filters named under the title."""
    window.filters.economy_combo.setCurrentIndex(window.filters.economy_combo.findData("KR"))
    window.search.box.setText("頻譜")
    window.search.run()
    qtbot.waitUntil(lambda: window.search.model.query == "頻譜", timeout=10000)
    brief = window.print_actions.results_brief()
    headings = [block for block in brief.blocks if getattr(block, "level", None) == 3]
    assert brief.kind == "search" and brief.title == "頻譜" and "韓國" in brief.subtitle
    assert len(headings) == window.search.model.total > 0
    assert headings[0].text.endswith(window.search.model.row(0).heading)
    written = window.print_actions.export(brief, choose_path=lambda suggested: tmp_path / "results.pdf")
    text, _pages = _text(written)
    assert "搜尋結果：頻譜" in text and "篩選：韓國" in text


def test_the_brief_dialog_tells_two_reports_of_one_meeting_apart(qtbot, window: MainWindow, report_seed, tmp_path) -> None:
    from desktop_app.ingest.pipeline import import_paths

    text = report_seed.read_text(encoding="utf-8").split("\n", 1)
    second = tmp_path / "ncc_report.txt"
    second.write_text("國家通訊傳播委員會出席 APEC TELWG 第 68 次會議報告\n" + text[1], encoding="utf-8")
    import_paths(window.library, [second])
    dialog = BriefDialog(window.library, window.strings, window)
    qtbot.addWidget(dialog)
    dialog.choose("meeting", "")
    labels = [dialog.subject.itemText(i) for i in range(dialog.subject.count())]
    assert len(labels) == len(set(labels)) == 2 and all(label.startswith("APEC TELWG 68 · 2024年5月 · ") for label in labels)
    assert any(label.endswith("ncc_report.txt") for label in labels)


def test_the_file_menu_prints_the_results_while_a_search_shows_them(qtbot, window: MainWindow) -> None:
    actions = window.print_actions
    in_menu = window.file_menu.actions()
    assert actions.preview_results in in_menu and actions.export_results in in_menu
    assert not actions.preview_results.isEnabled()
    window.search.box.setText("頻譜")
    window.search.run()
    qtbot.waitUntil(lambda: window.search.model.query == "頻譜", timeout=10000)
    assert actions.preview_results.isEnabled() and actions.export_results.isEnabled()
    window.leave_search()
    assert not actions.export_results.isEnabled()


def test_the_brief_dialog_names_a_meeting_s_trip_report_and_record_by_kind(qtbot, window: MainWindow) -> None:
    from desktop_app.ingest.pipeline import import_paths

    import_paths(window.library, [Path(__file__).parents[1] / "fixtures" / "tel68_summary_report.txt"])
    dialog = BriefDialog(window.library, window.strings, window)
    qtbot.addWidget(dialog)
    dialog.choose("meeting", "")
    labels = [dialog.subject.itemText(i) for i in range(dialog.subject.count())]
    assert labels == ["APEC TELWG 68 · 2024年5月 · 出國報告", "APEC TELWG 68 · 2024年5月 · 會議紀錄"]


def test_the_brief_dialog_opens_on_the_economy_meeting_or_topic_shown(qtbot, window: MainWindow) -> None:
    """A reader on Chinese Taipei's page who asks for a briefing page means Chinese Taipei's."""
    meeting = queries.meetings(window.library)[0]
    shown = {
        "telref://economy/TW": ("economy", "TW"),
        "telref://economy/KR/5g": ("economy", "KR"),
        f"telref://meeting/{meeting.id}": ("meeting", str(meeting.id)),
        "telref://topic/spectrum": ("topic", "spectrum"),
        f"telref://session/{meeting.sessions[0].id}": ("meeting", str(meeting.id)),  # the session's meeting
    }
    for url, (kind, name) in shown.items():
        window.open_url(url)
        dialog = window.print_actions.brief_dialog()
        qtbot.addWidget(dialog)
        assert (dialog.request().kind, dialog.request().name) == (kind, name), url
    window.open_url("telref://welcome")
    dialog = window.print_actions.brief_dialog()
    qtbot.addWidget(dialog)
    assert dialog.request().kind == "economy"  # the first kind, as before any page


def test_an_export_offers_a_file_name_every_system_takes(window: MainWindow, tmp_path: Path) -> None:
    """A search for `"` or a/b titles its results by the text typed; the save dialog is offered a name without
    the characters Windows refuses, and a long Chinese title is cut to whole characters within 255 bytes."""
    offered: list[str] = []

    def choose(suggested: str) -> Path:
        offered.append(suggested)
        return tmp_path / "out.pdf"

    for title in ('搜尋 "a/b: c*?"', "頻" * 300, '"'):
        window.print_actions.export(page_brief(title, "<p>x</p>", "zh"), choose_path=choose)
    assert offered[0] == "搜尋 a b c.pdf" and offered[2] == "TelRef.pdf"
    assert len(offered[1].encode()) <= 255 and set(offered[1][:-4]) == {"頻"}
