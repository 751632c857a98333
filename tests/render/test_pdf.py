"""Briefs printed to real PDF files and read back with pypdf: Chinese text, embedded fonts, page numbers, paper."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPdfWriter

from desktop_app.briefing.blocks import Brief, Heading, Note, Paragraph, Table
from desktop_app.briefing.build import BriefRequest, build_brief
from desktop_app.briefing.html import body_html
from desktop_app.briefing.page import page_brief
from desktop_app.core.library import Library
from desktop_app.render.fonts import require_cjk_family
from desktop_app.render.output import write_brief
from desktop_app.render.pages import page_layout
from desktop_app.render.paginate import page_slices
from desktop_app.render.pdf import layout_document

PRINTED = date(2024, 5, 10)
HEADINGS = 60


def _pdf(qapp, library: Library, kind: str, name: str, tmp_path: Path, **options) -> PdfReader:
    path = tmp_path / f"{kind}.pdf"
    brief = build_brief(library, BriefRequest(kind, name, options.pop("lang", "zh")))
    write_brief(brief, path, "library.sqlite", printed_on=PRINTED, **options)
    return PdfReader(path)


def _squeeze(text: str) -> str:
    """Text without white space: pypdf breaks lines wherever the font changes (Latin and CJK runs)."""
    return re.sub(r"\s+", "", text)


def _text(reader: PdfReader) -> str:
    return _squeeze("".join(page.extract_text() for page in reader.pages))


def _embedded_fonts(reader: PdfReader) -> dict[str, bool]:
    """Every font the pages use, and whether its file is in the PDF (FontFile, FontFile2 or FontFile3)."""
    found: dict[str, bool] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described["/FontDescriptor"].get_object()
            found[str(font["/BaseFont"])] = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


def _assert_pages(reader: PdfReader) -> None:
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        text = _squeeze(page.extract_text())
        assert f"第{number}頁／共{total}頁" in text
        assert "列印日期2024-05-10" in text and "資料庫library.sqlite" in text


def test_topic_brief_pdf(qapp, seeded_library: Library, tmp_path: Path) -> None:
    reader = _pdf(qapp, seeded_library, "topic", "衛星", tmp_path)
    text = _text(reader)
    assert "主題簡報：衛星（Satellite）" in text and "印尼Indonesia" in text and "衛星計畫SATRIA" in text
    raw = "".join(page.extract_text() for page in reader.pages)
    assert "⽇" not in raw and "\t" not in raw  # the text layer reads as written, not as radicals and tabs
    fonts = _embedded_fonts(reader)
    assert any("CJK" in name for name in fonts) and all(fonts.values()), fonts
    _assert_pages(reader)


def test_meeting_brief_pdf(qapp, drafted_library: Library, tmp_path: Path) -> None:
    reader = _pdf(qapp, drafted_library, "meeting", "TELWG 68", tmp_path)
    text = _text(reader)
    for expected in ("會議簡報", "秘魯阿雷基帕", "113年5月4日至9日", "2024-05-04", "沈信雄", "專門委員", "日本Japan"):
        assert expected in text, expected
    assert all(_embedded_fonts(reader).values())
    _assert_pages(reader)


def test_economy_brief_pdf_in_english_on_letter(qapp, drafted_library: Library, tmp_path: Path) -> None:
    reader = _pdf(qapp, drafted_library, "economy", "Japan", tmp_path, lang="en", paper="letter")
    text = _text(reader)
    assert "Economybrief:Japan日本" in text and "Page1of1" in text and "緊急情況下營運商間漫遊" in text
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (612, 792)  # US Letter in points; A4 is 595 × 842


def test_seed_report_pdfs(qapp, seeded_library: Library, tmp_path: Path) -> None:
    """With the seed report parsed: the meeting and Japan's briefs carry its facts across several pages."""
    meeting = _text(_pdf(qapp, seeded_library, "meeting", "TELWG 68", tmp_path))
    for expected in ("秘魯阿雷基帕", "2024-05-04至2024-05-09", "沈信雄", "專門委員", "日本Japan", "第1頁／共"):
        assert expected in meeting, expected
    japan = _text(_pdf(qapp, seeded_library, "economy", "日本", tmp_path))
    assert "TELWG68" in japan and "營運商間漫遊" in japan


def test_current_page_pdf(qapp, tmp_path: Path) -> None:
    path = tmp_path / "page.pdf"
    write_brief(page_brief("中華台北", "<h1>中華台北</h1><p>數位發展部</p>"), path, "library.sqlite", printed_on=PRINTED)
    reader = PdfReader(path)
    assert "頁面：中華台北" in _text(reader) and "數位發展部" in _text(reader)
    _assert_pages(reader)


def test_table_rows_never_split_across_pages(qapp, tmp_path: Path) -> None:
    """Each row's first and last words print on one page, once; continued pages repeat the header row."""
    rows = tuple((str(i), f"R{i:02d}" + "日本代表分享智慧銀髮創新計畫。" * (1 + i % 9) + f"E{i:02d}") for i in range(60))
    brief = Brief(kind="topic", title="分頁", blocks=[Heading("表"), Table(("#", "內容欄"), rows, (8, 92))])
    path = tmp_path / "rows.pdf"
    write_brief(brief, path, "library.sqlite", printed_on=PRINTED)
    pages = [_squeeze(page.extract_text()) for page in PdfReader(path).pages]
    assert len(pages) >= 3
    for row in range(60):
        starts = [number for number, text in enumerate(pages) if f"R{row:02d}" in text]
        ends = [number for number, text in enumerate(pages) if f"E{row:02d}" in text]
        assert len(starts) == 1 and starts == ends, f"row {row} starts on pages {starts}, ends on {ends}"
    assert all(text.count("內容欄") == 1 for text in pages)


def test_a_table_header_is_never_last_on_a_page_and_a_long_row_fills_the_page(qapp, tmp_path: Path) -> None:
    """Paragraphs of every length before a table: its header row always shares a page with its first row.
    Rows of most of a page each break between lines, so pages are not left half blank."""
    for filler in range(0, 40, 3):
        blocks = [Paragraph(f"前言{number:02d}各經濟體分享網路韌性經驗，說明推動情形。") for number in range(filler)]
        rows = (("1", "FIRST" + "日本代表分享智慧銀髮創新計畫。" * 3),)
        brief = Brief(kind="topic", title="表頭", blocks=[*blocks, Table(("#", "表頭欄"), rows, (8, 92))])
        write_brief(brief, tmp_path / "header.pdf", "library.sqlite", printed_on=PRINTED)
        pages = [_squeeze(page.extract_text()) for page in PdfReader(tmp_path / "header.pdf").pages]
        assert [n for n, text in enumerate(pages) if "表頭欄" in text] == [n for n, t in enumerate(pages) if "FIRST" in t]
    long_rows = tuple((str(i), f"R{i}" + "日本代表分享智慧銀髮創新計畫，說明推動情形與成果。" * 40) for i in range(6))
    brief = Brief(kind="topic", title="長列", blocks=[Table(("#", "內容欄"), long_rows, (8, 92))])
    write_brief(brief, tmp_path / "long.pdf", "library.sqlite", printed_on=PRINTED)
    reader = PdfReader(tmp_path / "long.pdf")
    text = "".join(_squeeze(page.extract_text()) for page in reader.pages)
    assert all(text.count(f"R{i}日本") == 1 for i in range(6))
    assert len(reader.pages) == 4, "six rows of about three fifths of a page each fill four pages, not six"


def test_heading_is_never_last_on_a_page(qapp, tmp_path: Path) -> None:
    """Headings at many heights of the page: each one shares its page with the line that follows it."""
    blocks = []
    for number in range(HEADINGS):
        blocks.append(Heading(f"標題H{number:02d}"))
        blocks += [Paragraph(f"P{number:02d}各經濟體分享網路韌性經驗。")] * (number % 3 + 1)
    writer = QPdfWriter(str(tmp_path / "headings.pdf"))
    writer.setPageLayout(page_layout("a4"))
    document, body = layout_document(body_html(Brief(kind="topic", title="標題", blocks=blocks)), writer, require_cjk_family())
    slices = page_slices(document, body.height())
    layout = document.documentLayout()
    block, headings = document.begin(), 0
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            headings += 1
            top = layout.blockBoundingRect(block).top()
            following = layout.blockBoundingRect(block.next())
            first_line_bottom = following.top() + block.next().layout().lineAt(0).rect().bottom()
            assert any(s.body.top <= top and first_line_bottom <= s.body.bottom for s in slices), block.text()
        block = block.next()
    assert headings == HEADINGS and len(slices) >= 3
    writer = None


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="a4, letter"):
        page_layout("a5")


def test_a_heading_and_the_note_under_it_never_end_a_page_without_the_text(qapp, tmp_path: Path) -> None:
    """Topic briefs head each section, then say where it is from, then give its text: at many heights of the
    page, the heading's page also holds the first line of the text."""
    for filler in range(30, 46):
        blocks = [Paragraph(f"前言{number:02d}各經濟體分享網路韌性經驗。") for number in range(filler)]
        blocks += [Heading("標題HEAD", 3), Note("出處：某報告"), Paragraph("BODY" + "內文說明推動情形。" * 20)]
        write_brief(Brief(kind="topic", title="標題", blocks=blocks), tmp_path / "h.pdf", "l.sqlite", printed_on=PRINTED)
        pages = [_squeeze(page.extract_text()) for page in PdfReader(tmp_path / "h.pdf").pages]
        (heading_page,) = [n for n, t in enumerate(pages) if "HEAD" in t]
        assert "BODY" in pages[heading_page], filler


def test_ligatures_and_dashes_copy_as_the_letters_written(qapp, tmp_path: Path) -> None:
    """The font joins fi and fl into one glyph, which the PDF named ﬁ; and draws the en dash with the figure
    dash's glyph, named ‒: a search in the PDF for "Artificial" or "09:00–10:30" found nothing."""
    written = "Artificial intelligence, filtered by flows; 09:00–10:30 — 日本"
    brief = Brief(kind="topic", title="Letters", blocks=[Paragraph(written)])
    path = write_brief(brief, tmp_path / "letters.pdf", "library.sqlite", printed_on=PRINTED)
    text = _squeeze(PdfReader(path).pages[0].extract_text())
    assert _squeeze(written) in text and not {"ﬁ", "ﬂ", "‒"} & set(text)
