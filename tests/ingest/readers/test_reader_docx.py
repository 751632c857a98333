"""Word documents: headings become outline paragraphs, tables become text rows, in reading order."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
import pytest
from readers_support import damaged_outcomes, import_alone
from word_reports import SECOND_REPORT, extracted, write_word_report

from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.readers import read_file
from desktop_app.ingest.readers.docx import read_docx
from desktop_app.ingest.readers.heading_labels import outline_label


def _write_report(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("出席 APEC TELWG 第 68 次會議報告", style="Title")
    document.add_heading("目的", level=1)
    document.add_paragraph("本次出席會議係為掌握各經濟體數位政策發展。")
    document.add_heading("過程", level=1)
    document.add_heading("大會", level=2)
    document.add_paragraph("主席宣布會議開始，\n各經濟體代表依序報告。")
    document.add_heading("(一) 已有編號的標題", level=3)
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("機關", "姓名", "職稱"), ("數位發展部", "沈信雄", "專門委員"), ("國家通訊傳播委員會", "謝志昌", "科長")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.add_heading("心得與建議", level=1)
    document.add_paragraph("建議持續參與。")
    document.save(path)
    return path


def test_headings_are_numbered_and_tables_are_rows(tmp_path: Path) -> None:
    text = read_file(_write_report(tmp_path / "report.docx"))[1].text
    paragraphs = text.split("\n\n")
    assert paragraphs[:5] == ["出席 APEC TELWG 第 68 次會議報告", "壹、 目的", "本次出席會議係為掌握各經濟體數位政策發展。", "貳、 過程", "一、 大會"]
    assert "主席宣布會議開始，各經濟體代表依序報告。" in paragraphs
    assert "(一) 已有編號的標題" in paragraphs
    assert "機關 | 姓名 | 職稱\n數位發展部 | 沈信雄 | 專門委員\n國家通訊傳播委員會 | 謝志昌 | 科長" in paragraphs
    assert paragraphs[-2:] == ["參、 心得與建議", "建議持續參與。"]


def test_imported_docx_nests_sections_as_word_did(tmp_path: Path) -> None:
    export = import_alone(_write_report(tmp_path / "report.docx"), tmp_path / "library.sqlite")
    by_heading = {s["heading"]: s for s in export["sections"]}
    assert by_heading["大會"]["path"][-1] == "過程"
    assert "沈信雄" in export["documents"][0]["text"]


@pytest.mark.parametrize("cover_table", [False, True], ids=["delegation-table", "cover-table"])
def test_a_word_report_extracts_as_its_text_does(tmp_path: Path, cover_table: bool) -> None:
    """A Word file of the second report gives the meeting, people (its delegation table's delegates among them),
    sessions and updates its text gives: the cover read through table cells and tabs."""
    text = SECOND_REPORT.read_text(encoding="utf-8")
    word = write_word_report(text, tmp_path / "report.docx", cover_table)
    from_word = extracted(import_alone(word, tmp_path / "word.sqlite"))
    from_text = extracted(import_alone(SECOND_REPORT, tmp_path / "text.sqlite"))
    assert from_word == from_text
    delegates = {name: organization for name, organization, _economy, roles in from_word["people"] if "delegate" in roles}
    assert delegates == {"林大明": "數位發展部", "陳小華": "數位發展部", "張志遠": "國家通訊傳播委員會"}


def test_outline_labels_follow_report_numbering() -> None:
    assert [outline_label(1, n) for n in (1, 2, 10, 11, 12)] == ["壹、", "貳、", "拾、", "拾壹、", "拾貳、"]
    assert [outline_label(level, 3) for level in range(2, 7)] == ["三、", "(三)", "3.", "(3)", "C."]


def test_a_damaged_or_renamed_file_is_refused(tmp_path: Path) -> None:
    renamed = tmp_path / "notes.docx"
    renamed.write_bytes(b"Minutes of the meeting " * 40)
    with pytest.raises(ImportRefused, match="not a Word .docx document"):
        read_file(renamed)
    damaged = tmp_path / "old.docx"
    damaged.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)  # an old binary .doc's header, then nothing
    with pytest.raises(ImportRefused, match="damaged Word .doc document"):
        read_file(damaged)


def _paragraphs_with(path: Path, title: str | None, *elements: str) -> list[str]:
    """The paragraphs read from a Word file of a title paragraph, the given body elements (WordprocessingML
    written by hand) and the heading 壹、 目的."""
    document = docx.Document()
    if title:
        document.add_paragraph(title)
    body = document.element.body
    for element in elements:
        body.insert(len(body) - 1, parse_xml(element))
    document.add_paragraph("壹、 目的")
    document.save(path)
    return read_file(path)[1].text.split("\n\n")


def test_content_controls_are_read_and_a_table_of_contents_left_out(tmp_path: Path) -> None:
    """A template's fields and a cover page sit in content controls (w:sdt), whose text counts; a table of
    contents, generated from the headings after it, does not."""
    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    contents = (
        f'<w:sdt {namespace}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj>'
        '</w:sdtPr><w:sdtContent><w:p><w:r><w:t>壹、目的 ........ 3</w:t></w:r></w:p></w:sdtContent></w:sdt>'
    )
    fields = (
        f'<w:sdt {namespace}><w:sdtPr><w:alias w:val="會議名稱"/></w:sdtPr><w:sdtContent>'
        "<w:p><w:r><w:t>會議名稱：APEC TELWG 70</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>數位發展部</w:t></w:r></w:p></w:tc>"
        '<w:tc><w:sdt><w:sdtContent><w:p><w:r><w:t>林大明</w:t></w:r></w:p></w:sdtContent></w:sdt></w:tc></w:tr></w:tbl>'
        "</w:sdtContent></w:sdt>"
    )
    assert _paragraphs_with(tmp_path / "controls.docx", "出席 APEC TELWG 第 70 次會議出國報告", contents, fields) == [
        "出席 APEC TELWG 第 70 次會議出國報告",
        "會議名稱：APEC TELWG 70",
        "數位發展部 | 林大明",
        "壹、 目的",
    ]


def test_a_damaged_docx_is_read_or_refused_never_a_crash() -> None:
    office = Path(__file__).parents[2] / "fixtures" / "office"
    outcomes = damaged_outcomes(read_docx, (office / "features.docx").read_bytes(), 512, bytes(range(256)))
    assert outcomes["refused"]


def test_text_boxes_are_read_after_their_paragraph_once(tmp_path: Path) -> None:
    """A template's title or cover fields may sit in text boxes. A box is read after the paragraph it is anchored
    in, a box in a box with it, and the VML copy Word writes for older versions (mc:Fallback) is not read again."""
    namespaces = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"'
    )

    def box(content: str) -> str:
        return f"<w:txbxContent>{content}</w:txbxContent>"

    inner = box("<w:p><w:r><w:t>會議日期：114年3月30日至4月2日</w:t></w:r></w:p>")
    fields = (
        "<w:p><w:r><w:t>會議名稱：APEC TELWG 70</w:t></w:r></w:p>"
        f"<w:p><w:r><w:drawing><wps:txbx>{inner}</wps:txbx></w:drawing></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>數位發展部</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>林大明</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    )
    anchored = (
        f"<w:p {namespaces}><w:r><w:t>出席 APEC TELWG 第 70 次會議出國報告</w:t></w:r><w:r><mc:AlternateContent>"
        f"<mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>{box(fields)}</wps:txbx></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{box(fields)}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    assert _paragraphs_with(tmp_path / "boxes.docx", None, anchored) == [
        "出席 APEC TELWG 第 70 次會議出國報告",
        "會議名稱：APEC TELWG 70",
        "會議日期：114年3月30日至4月2日",
        "數位發展部 | 林大明",
        "壹、 目的",
    ]


def test_a_document_without_a_title_line_takes_the_title_of_its_properties(tmp_path: Path) -> None:
    """Word's title property names a document whose text opens with a numbered heading; a title line in the
    text is kept over it."""
    for first_line, expected in (("壹、 目的", "頻譜政策說明"), ("頻譜政策研究", "頻譜政策研究")):
        document = docx.Document()
        document.core_properties.title = "頻譜政策說明"
        document.add_paragraph(first_line)
        document.add_paragraph("本文說明頻譜釋出規劃。")
        path = tmp_path / f"{first_line[:2]}.docx"
        document.save(path)
        assert read_file(path)[1].title == "頻譜政策說明"
        assert import_alone(path, tmp_path / f"{first_line[:2]}.sqlite")["documents"][0]["title"] == expected


def test_an_english_meeting_record_in_word_extracts_as_its_text_does(tmp_path: Path) -> None:
    """APEC's summary report as Word writes it: agenda items and sub-items as headings, the numbered
    paragraphs a list Word numbers itself; the same meeting, sessions, updates and people as its text."""
    import re

    from readers_support import structure

    record = Path(__file__).parents[2] / "fixtures" / "tel67_summary_report.txt"
    document = docx.Document()
    for line in filter(str.strip, record.read_text(encoding="utf-8").splitlines()):
        if re.match(r"Agenda Item \d", line):
            document.add_paragraph(line, style="Heading 1")
        elif re.match(r"\d\.\d ", line):
            document.add_paragraph(line, style="Heading 2")
        elif numbered := re.match(r"\d{1,2}\. (.*)", line):
            document.add_paragraph(numbered.group(1), style="List Number")
        else:
            document.add_paragraph(line)
    document.save(tmp_path / "record.docx")
    word = import_alone(tmp_path / "record.docx", tmp_path / "word.sqlite")
    from_word, from_text = structure(word), structure(import_alone(record, tmp_path / "text.sqlite"))
    assert from_word["meetings"] == from_text["meetings"] and word["documents"][0]["kind"] == "meeting_record"
    for part in ("sessions", "updates", "people"):
        assert from_word[part] == from_text[part], part


def test_headings_styled_in_simplified_chinese_are_headings(tmp_path: Path) -> None:
    """A Word set to Simplified Chinese names the heading styles 标题 1, 标题 2: those paragraphs are headings, as
    Heading 1 and 標題 1 are, and get the numbering of their depth."""
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    for level in (1, 2):
        document.styles.add_style(f"标题 {level}", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("会议目的", style="标题 1")
    document.add_paragraph("掌握各经济体数字政策。")
    document.add_paragraph("会议过程", style="标题 1")
    document.add_paragraph("大会", style="标题 2")
    document.add_paragraph("主席宣布会议开始。")
    path = tmp_path / "simplified.docx"
    document.save(path)
    assert [paragraph.style.name for paragraph in docx.Document(path).paragraphs][:1] == ["标题 1"]

    paragraphs = read_file(path)[1].text.split("\n\n")
    assert paragraphs == ["壹、 会议目的", "掌握各经济体数字政策。", "貳、 会议过程", "一、 大会", "主席宣布会议开始。"]
