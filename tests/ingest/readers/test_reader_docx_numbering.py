"""Word's automatic numbering: numbered paragraphs get the labels Word shows, so the outline is read as Word drew it."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from readers_support import import_alone

from desktop_app.ingest.readers import read_file
from desktop_app.ingest.readers.docx_numbering import format_number

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# A report's outline as Taiwanese templates define it: 壹、 › 一、 › (一), each level restarting under the one above.
_OUTLINE = f"""<w:abstractNum {_NS} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="ideographLegalTraditional"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="taiwaneseCounting"/><w:lvlText w:val="%2、"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="taiwaneseCounting"/><w:lvlText w:val="(%3)"/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%4"/></w:lvl>
  <w:lvl w:ilvl="4"><w:start w:val="1"/><w:isLgl/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%5"/></w:lvl>
</w:abstractNum>"""


def numbered_document() -> tuple[docx.document.Document, str, str]:
    """A document with the outline list (numId 90) and a second list on it that starts again at 3 (numId 91)."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(_OUTLINE))
    numbering.append(parse_xml(f'<w:num {_NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(
        f'<w:num {_NS} w:numId="91"><w:abstractNumId w:val="90"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>'
    ))
    return document, "90", "91"


def add_numbered(document, text: str, num_id: str | None = None, level: int = 0, style: str | None = None) -> None:
    paragraph = document.add_paragraph(text, style=style)
    if num_id is not None:
        number = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        number.get_or_add_ilvl().val = level
        number.get_or_add_numId().val = int(num_id)


def test_numbered_paragraphs_carry_the_labels_word_shows(tmp_path: Path) -> None:
    document, outline, restarted = numbered_document()
    add_numbered(document, "目的", outline, 0)
    add_numbered(document, "本次出席會議係為掌握各經濟體數位政策發展。")
    add_numbered(document, "過程", outline, 0)
    add_numbered(document, "大會", outline, 1)
    add_numbered(document, "", outline, 1)  # an empty numbered paragraph still takes its number
    add_numbered(document, "指導分組會議", outline, 1)
    add_numbered(document, "DPSG", outline, 2)
    add_numbered(document, "附註", outline, 3)
    add_numbered(document, "法規式編號", outline, 4)
    add_numbered(document, "心得與建議", outline, 0)
    add_numbered(document, "另一份清單從第三項開始", restarted, 0)
    add_numbered(document, "第一點", style="List Number")
    add_numbered(document, "第二點", style="List Number")
    add_numbered(document, "重點", style="List Bullet")
    path = tmp_path / "numbered.docx"
    document.save(path)

    paragraphs = read_file(path)[1].text.split("\n\n")
    assert paragraphs == [
        "壹、 目的", "本次出席會議係為掌握各經濟體數位政策發展。", "貳、 過程", "一、 大會", "三、 指導分組會議",
        "(一) DPSG", "貳.1 附註", "2.1 法規式編號", "參、 心得與建議", "參、 另一份清單從第三項開始", "1. 第一點", "2. 第二點", "• 重點",
    ]


def test_an_auto_numbered_report_nests_as_word_drew_it(tmp_path: Path) -> None:
    document, outline, _restarted = numbered_document()
    document.add_paragraph("出席 APEC TELWG 第 68 次會議報告", style="Title")
    add_numbered(document, "目的", outline, 0)
    add_numbered(document, "本次出席會議係為掌握各經濟體數位政策發展。")
    add_numbered(document, "過程", outline, 0)
    add_numbered(document, "大會", outline, 1)
    add_numbered(document, "主席宣布會議開始，各經濟體代表依序報告。")
    path = tmp_path / "report.docx"
    document.save(path)

    export = import_alone(path, tmp_path / "library.sqlite")
    by_heading = {section["heading"]: section for section in export["sections"]}
    assert by_heading["大會"]["path"][-1] == "過程"
    assert by_heading["過程"]["label"] == "貳、"


@pytest.mark.parametrize(
    ("number", "number_format", "written"),
    [
        (12, "taiwaneseCountingThousand", "十二"),
        (12, "ideographLegalTraditional", "拾貳"),
        (3, "chineseLegalSimplified", "叁"),
        (2, "ideographTraditional", "乙"),
        (11, "ideographTraditional", "甲"),
        (3, "ideographZodiac", "寅"),
        (10, "ideographDigital", "一〇"),
        (4, "decimalEnclosedCircle", "④"),
        (12, "decimalFullWidth", "１２"),
        (7, "decimalZero", "07"),
        (28, "upperLetter", "BB"),
        (14, "lowerRoman", "xiv"),
        (5, "somethingNewer", "5"),
    ],
)
def test_number_formats(number: int, number_format: str, written: str) -> None:
    assert format_number(number, number_format) == written
