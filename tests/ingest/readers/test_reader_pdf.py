"""PDF: a typeset report imports to the same structure as its text; scans, locked and cut files are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.readers import read_file
from desktop_app.ingest.readers.pdf import fold_lookalikes
from readers_support import STRUCTURE_KEYS, import_alone, structure, write_pdf, write_pdf_with_running_lines

SHORT_REPORT = "出席 APEC TELWG 會議報告\n\n壹、目的\n\n本次會議討論數位經濟與資通安全議題。\n"


def test_pdf_of_the_report_imports_to_the_same_structure_as_its_text(
    report_pdf: Path, report_seed: Path, tmp_path: Path
) -> None:
    from_text = import_alone(report_seed, tmp_path / "txt.sqlite")
    from_pdf = import_alone(report_pdf, tmp_path / "pdf.sqlite")
    assert from_pdf["documents"][0]["kind"] == from_text["documents"][0]["kind"] == "trip_report"
    for key in STRUCTURE_KEYS:
        assert structure(from_pdf)[key] == structure(from_text)[key], key
    assert [s["heading"] for s in from_pdf["sections"]] == [s["heading"] for s in from_text["sections"]]
    assert structure(from_pdf)["sections"] == structure(from_text)["sections"]
    assert [m["name"] for m in from_pdf["meetings"]] == ["APEC電信暨資訊工作小組第 68 次會議（APEC TELWG 68 Meeting）"]
    assert {"沈信雄", "王家宜", "謝志昌"} <= {p["name"] for p in from_pdf["people"]}
    pdf_text = from_pdf["documents"][0]["text"]
    for expected in ("APEC電信暨資訊工作小組第 68 次會議", "113年 5月 4日至 9日", "秘魯阿雷基帕", "沈信雄", "王家宜"):
        assert expected in pdf_text


def test_shared_glyphs_are_folded_back_to_the_characters_meant() -> None:
    assert fold_lookalikes("⼀、會議名稱 ⼯作⼩組 科⻑ ⼈⺠ 2026‒2030") == "一、會議名稱 工作小組 科長 人民 2026–2030"
    assert fold_lookalikes("ﬁnancial ﬂows, eﬀective oﬃce") == "financial flows, effective office"
    assert fold_lookalikes("數位發展部\u2003科長 and\u2003so") == "數位發展部\u3000科長 and\u2003so"


def test_a_scan_without_text_layer_is_refused(qapp, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter, QPdfWriter

    path = tmp_path / "scan.pdf"
    page_image = QImage(800, 1100, QImage.Format.Format_RGB32)
    page_image.fill(Qt.GlobalColor.white)
    ink = QPainter(page_image)
    for y in range(100, 1000, 40):
        ink.fillRect(80, y, 640, 3, Qt.GlobalColor.black)  # lines of "text" that are only pixels
    ink.end()
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawImage(0, 0, page_image)
    painter.end()
    del painter, writer
    with pytest.raises(ImportRefused, match="no text layer; OCR is not supported"):
        read_file(path)


def test_a_pdf_locked_with_a_password_is_refused(qapp, tmp_path: Path) -> None:
    plain = write_pdf(SHORT_REPORT, tmp_path / "plain.pdf")
    locked = tmp_path / "locked.pdf"
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    writer.write(locked)
    with pytest.raises(ImportRefused, match="encrypted PDF"):
        read_file(locked)


def test_a_pdf_locked_only_against_editing_still_reads(qapp, tmp_path: Path) -> None:
    plain = write_pdf(SHORT_REPORT, tmp_path / "plain.pdf")
    restricted = tmp_path / "restricted.pdf"
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    writer.write(restricted)
    assert "本次會議討論數位經濟與資通安全議題。" in read_file(restricted)[1].text


def test_a_truncated_pdf_is_refused(qapp, tmp_path: Path) -> None:
    whole = write_pdf(SHORT_REPORT * 20, tmp_path / "whole.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ImportRefused, match="truncated or damaged PDF"):
        read_file(cut)


def test_a_file_named_pdf_that_is_not_one_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"<html>not a pdf</html>" * 10)
    with pytest.raises(ImportRefused, match="not a PDF file"):
        read_file(fake)


def test_a_pdfs_running_title_and_page_footer_are_left_out(qapp, tmp_path: Path) -> None:
    """The second report laid out with its running title atop every page and 第 N 頁，共 M 頁 below: it extracts
    as its text does, and the title is nowhere in the document's text."""
    report = Path(__file__).parents[2] / "fixtures" / "telwg70_report.txt"
    pdf = write_pdf_with_running_lines(report.read_text(encoding="utf-8"), tmp_path / "report.pdf", "數位發展部出國報告")
    from_pdf = import_alone(pdf, tmp_path / "pdf.sqlite")
    from_text = import_alone(report, tmp_path / "text.sqlite")
    assert structure(from_pdf) == structure(from_text)
    assert "數位發展部出國報告" not in from_pdf["documents"][0]["text"]


def test_a_pdftotext_extract_drops_the_lines_running_between_its_page_breaks(tmp_path: Path) -> None:
    """The same report as pdftotext writes a laid-out PDF: pages apart by form feeds, each with the running
    title and a page footer."""
    report = Path(__file__).parents[2] / "fixtures" / "telwg70_report.txt"
    lines = report.read_text(encoding="utf-8").split("\n")
    pages = [lines[start : start + 40] for start in range(0, len(lines), 40)]
    extract = "\f".join(
        "\n".join(["數位發展部出國報告", "", *page, "", f"第 {number} 頁，共 {len(pages)} 頁"])
        for number, page in enumerate(pages, start=1)
    )
    (tmp_path / "report.txt").write_text(extract, encoding="utf-8")
    from_extract = import_alone(tmp_path / "report.txt", tmp_path / "extract.sqlite")
    assert structure(from_extract) == structure(import_alone(report, tmp_path / "text.sqlite"))
    assert "數位發展部出國報告" not in from_extract["documents"][0]["text"]


@pytest.mark.parametrize("name", ["telwg65_chapters_report.txt", "telwg67_numbered_body_report.txt"])
def test_reports_in_other_layouts_read_from_pdf_as_from_text(qapp, tmp_path: Path, name: str) -> None:
    """A report in chapters and one numbered from 一、, each laid out as a PDF with a running title and page
    footers: the PDF extracts as the text does (the ideographic spaces of a delegation row included)."""
    report = Path(__file__).parents[2] / "fixtures" / name
    pdf = write_pdf_with_running_lines(report.read_text(encoding="utf-8"), tmp_path / "report.pdf", "出國報告", 12)
    from_pdf = import_alone(pdf, tmp_path / "pdf.sqlite")
    from_text = import_alone(report, tmp_path / "text.sqlite")
    assert structure(from_pdf) == structure(from_text)
    assert from_pdf["documents"][0]["kind"] == "trip_report" and from_pdf["meetings"][0]["start_date"]


@pytest.mark.parametrize("name", ["tel67_summary_report.txt", "tel66_record_of_meeting.txt"])
def test_english_meeting_records_read_from_pdf_as_from_text(qapp, tmp_path: Path, name: str) -> None:
    """APEC's English records as PDFs with a running title and page footers: the same meeting record."""
    record = Path(__file__).parents[2] / "fixtures" / name
    pdf = write_pdf_with_running_lines(record.read_text(encoding="utf-8"), tmp_path / "record.pdf", "APEC TEL", 14)
    from_pdf = import_alone(pdf, tmp_path / "pdf.sqlite")
    assert structure(from_pdf) == structure(import_alone(record, tmp_path / "text.sqlite"))
    assert from_pdf["documents"][0]["kind"] == "meeting_record" and from_pdf["meetings"][0]["number"]
