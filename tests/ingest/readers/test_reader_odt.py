"""OpenDocument text (.odt): read as the same document saved as .docx reads, a report's cover table included,
lists and headings numbered as the office suite shows them; bad files refused with a reason. The fixtures were
saved by LibreOffice (tests/fixtures/office/make_fixtures.py)."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from readers_support import damaged_outcomes, import_alone
from word_reports import SECOND_REPORT, extracted

from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.readers import read_file
from desktop_app.ingest.readers.odt import read_odt

OFFICE = Path(__file__).parents[2] / "fixtures" / "office"
_CONTENT = (
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"><office:body><office:text>{}'
    "</office:text></office:body></office:document-content>"
)


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def _odt(body: str, prolog: str = "", styles: str = "", meta: str | None = None) -> bytes:
    """A minimal OpenDocument text: content.xml holding the body, its automatic styles, and what comes before
    its root element; meta.xml when given."""
    content = prolog + _CONTENT.format(body).replace("<office:body>", styles + "<office:body>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        if meta is not None:
            archive.writestr("meta.xml", meta)
    return buffer.getvalue()


def _with_damaged_content() -> bytes:
    """features.odt with bytes in the middle of its compressed content.xml inverted."""
    data = bytearray((OFFICE / "features.odt").read_bytes())
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("content.xml")
    middle = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    data[middle : middle + 16] = bytes(byte ^ 0xFF for byte in data[middle : middle + 16])
    return bytes(data)


def test_an_odt_report_extracts_as_its_text_does(tmp_path: Path) -> None:
    from_odt = extracted(import_alone(OFFICE / "telwg70_cover_table.odt", tmp_path / "odt.sqlite"))
    from_text = extracted(import_alone(SECOND_REPORT, tmp_path / "text.sqlite"))
    assert from_odt == from_text
    delegates = {name: organization for name, organization, _economy, roles in from_odt["people"] if "delegate" in roles}
    assert delegates == {"林大明": "數位發展部", "陳小華": "數位發展部", "張志遠": "國家通訊傳播委員會"}


@pytest.mark.parametrize("name", ["features", "numbered"])
def test_an_odt_reads_as_the_same_document_saved_as_docx(name: str) -> None:
    """Headings, links, tabs, line breaks, empty and merged cells, a table in a cell (features); headings
    numbered by a list 壹、 › 一、 › (一) and one in a heading style (numbered): as the .docx reader reads them."""
    as_odt = read_file(OFFICE / f"{name}.odt")[1]
    assert (as_odt.format, as_odt.structured) == ("odt", True)
    assert _lines(as_odt.text) == _lines(read_file(OFFICE / f"{name}.docx")[1].text)


def test_list_numbering_follows_the_list_style() -> None:
    """Labels by the level's format, prefix and suffix; deeper levels start again; a list that does not
    continue the one before starts again; an item can set its own number; bullets."""
    styles = (
        '<office:automatic-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0">'
        '<text:list-style style:name="L1">'
        '<text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>'
        '<text:list-level-style-number text:level="2" style:num-prefix="(" style:num-suffix=")" style:num-format="1"/>'
        '</text:list-style><text:list-style style:name="B">'
        '<text:list-level-style-bullet text:level="1" text:bullet-char="◆"/></text:list-style></office:automatic-styles>'
    )
    body = (
        '<text:list text:style-name="L1"><text:list-item><text:p>目的</text:p></text:list-item>'
        "<text:list-item><text:p>過程</text:p><text:list>"
        "<text:list-item><text:p>大會</text:p></text:list-item><text:list-item><text:p>分組</text:p></text:list-item>"
        "</text:list></text:list-item>"
        "<text:list-item><text:p>心得</text:p><text:list><text:list-item><text:p>建議</text:p></text:list-item>"
        "</text:list></text:list-item></text:list>"
        '<text:p>段落</text:p><text:list text:style-name="L1" text:continue-numbering="true">'
        "<text:list-item><text:p>附件</text:p></text:list-item></text:list>"
        '<text:list text:style-name="L1"><text:list-item text:start-value="5"><text:p>另一清單</text:p></text:list-item>'
        "<text:list-item><text:p>下一項</text:p></text:list-item></text:list>"
        '<text:list text:style-name="B"><text:list-item><text:p>要點</text:p></text:list-item></text:list>'
    )
    assert _lines(read_odt(_odt(body, styles=styles)).text) == [
        "一、 目的", "二、 過程", "(1) 大會", "(2) 分組", "三、 心得", "(1) 建議", "段落", "四、 附件",
        "五、 另一清單", "六、 下一項", "• 要點",
    ]


def test_notes_comments_and_spacing() -> None:
    body = (
        '<text:p>會議<text:note><text:note-body><text:p>註腳</text:p></text:note-body></text:note>結論'
        '<office:annotation><text:p>審閱意見</text:p></office:annotation></text:p>'
        '<text:p>數位發展部<text:tab/>林大明<text:s text:c="3"/>科長</text:p>'
    )
    assert _lines(read_odt(_odt(body)).text) == ["會議結論", "數位發展部  林大明 科長"]


def test_the_title_of_the_document_properties_is_read() -> None:
    meta = (
        '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta><dc:title> 頻譜政策說明 </dc:title>'
        "</office:meta></office:document-meta>"
    )
    assert read_odt(_odt("<text:p>壹、 目的</text:p>", meta=meta)).title == "頻譜政策說明"
    assert read_odt(_odt("<text:p>壹、 目的</text:p>", meta="<broken")).title is None
    assert read_odt(_odt("<text:p>壹、 目的</text:p>")).title is None


def test_text_boxes_are_read_after_their_paragraph() -> None:
    """A template's title or cover fields may sit in frames: a frame's text box is read after the paragraph it is
    anchored in (a box in a box with it), a page-anchored frame where it stands, an image's frame not at all."""
    inner = '<draw:frame><draw:text-box><text:p>會議日期：114年3月30日至4月2日</text:p></draw:text-box></draw:frame>'
    body = (
        '<draw:frame><draw:text-box><text:p>出國報告</text:p></draw:text-box></draw:frame>'
        '<text:p>出席 APEC TELWG 第 70 次會議報告<text:span><draw:frame><draw:text-box>'
        f'<text:p>會議名稱：APEC TELWG 70{inner}</text:p></draw:text-box></draw:frame></text:span></text:p>'
        '<text:p><draw:frame><draw:image/></draw:frame>壹、 目的</text:p>'
    )
    assert _lines(read_odt(_odt(body)).text) == [
        "出國報告", "出席 APEC TELWG 第 70 次會議報告", "會議名稱：APEC TELWG 70", "會議日期：114年3月30日至4月2日", "壹、 目的"
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (lambda: b"not a zip archive at all " * 20, "not an OpenDocument .odt document"),
        (lambda: (OFFICE / "sheet.ods").read_bytes(), "not an OpenDocument text"),
        (lambda: _odt("<text:p>未完"), "damaged OpenDocument file"),
        (lambda: (OFFICE / "features.docx").read_bytes(), "not an OpenDocument document"),
        (lambda: _with_damaged_content(), "damaged OpenDocument file \\(content.xml cannot be unpacked"),
    ],
    ids=["not-a-zip", "spreadsheet", "broken-xml", "a-docx", "damaged-entry"],
)
def test_a_bad_odt_is_refused_with_its_reason(data, reason: str) -> None:
    with pytest.raises(ImportRefused, match=reason):
        read_odt(data())


def test_entities_are_neither_expanded_without_bound_nor_fetched(tmp_path: Path) -> None:
    """A billion laughs is refused, not expanded; an external entity naming a local file is not read."""
    laughs = '<!DOCTYPE d [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">' + "".join(
        f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">' for n in range(8)
    ) + "]>"
    started = time.perf_counter()
    with pytest.raises(ImportRefused, match="damaged OpenDocument file"):
        read_odt(_odt("<text:p>&i;</text:p>", prolog=laughs))
    assert time.perf_counter() - started < 5
    secret = tmp_path / "secret.txt"
    secret.write_text("機密內容", encoding="utf-8")
    external = f'<!DOCTYPE d [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
    try:
        text = read_odt(_odt("<text:p>前&x;後</text:p>", prolog=external)).text
    except ImportRefused as refused:
        assert "damaged OpenDocument file" in str(refused)
    else:
        assert "機密內容" not in text


def test_a_damaged_odt_is_read_or_refused_never_a_crash() -> None:
    outcomes = damaged_outcomes(read_odt, (OFFICE / "features.odt").read_bytes(), 512, bytes(range(256)))
    assert outcomes["refused"]


def test_headings_numbered_by_the_suites_chapter_numbering() -> None:
    """Chapter numbering (the outline style: 壹、 › 一、 › (一)) gives each heading its label, counted as the
    suite counts: a level starts again when a shallower one moves on."""
    assert _lines(read_file(OFFICE / "chapters.odt")[1].text) == [
        "出席 APEC TELWG 第 70 次會議出國報告", "壹、 目的", "本次出席會議係為掌握各經濟體數位政策發展。", "貳、 過程",
        "一、 大會", "(一) 開幕式", "(二) 經濟體國情報告", "二、 指導分組會議", "參、 心得與建議",
    ]
