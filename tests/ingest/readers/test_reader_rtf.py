"""Rich Text Format (.rtf): read as the same document saved as .docx reads, a report's cover table included;
Big5 bytes of a Chinese Word's RTF decoded by the font's charset; what is not text skipped. The fixtures were
saved by LibreOffice (tests/fixtures/office/make_fixtures.py); the Big5 documents are written here as Word 2003
writes them (\\ansicpg950, \\'hh pairs under a font of \\fcharset136)."""

from __future__ import annotations

from pathlib import Path

import pytest
from readers_support import damaged_outcomes, import_alone
from word_reports import SECOND_REPORT, extracted

from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.readers import read_file
from desktop_app.ingest.readers.rtf import read_rtf

OFFICE = Path(__file__).parents[2] / "fixtures" / "office"


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def _big5(text: str) -> str:
    return "".join(f"\\'{byte:02x}" for byte in text.encode("cp950"))


def test_an_rtf_report_extracts_as_its_text_does(tmp_path: Path) -> None:
    from_rtf = extracted(import_alone(OFFICE / "telwg70_cover_table.rtf", tmp_path / "rtf.sqlite"))
    from_text = extracted(import_alone(SECOND_REPORT, tmp_path / "text.sqlite"))
    assert from_rtf == from_text


@pytest.mark.parametrize("name", ["features", "numbered"])
def test_an_rtf_reads_as_the_same_document_saved_as_docx(name: str) -> None:
    """Headings, a field's result, tabs, line breaks, empty and merged cells, a table in a cell (features);
    list labels as the list shows them (numbered)."""
    as_rtf = read_file(OFFICE / f"{name}.rtf")[1]
    assert (as_rtf.format, as_rtf.structured) == ("rtf", True)
    assert _lines(as_rtf.text) == _lines(read_file(OFFICE / f"{name}.docx")[1].text)


def test_big5_bytes_decode_by_the_fonts_charset_and_furniture_is_skipped() -> None:
    """Big5 pairs, \\u characters with their fallbacks skipped (one ?, then two bytes after \\uc2); the font
    table, colours, stylesheet, document info, header, footnote and generator left out; a heading style's
    outline level labelled; a table row."""
    document = (
        "{\\rtf1\\ansi\\ansicpg950\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}"
        f"{{\\f1\\fnil\\fcharset136 {_big5('新細明體')};}}}}"
        "{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}"
        f"{{\\s1\\outlinelevel0 {_big5('標題 1')};}}}}"
        f"{{\\info{{\\title {_big5('會議報告')}}}{{\\author Clerk}}}}"
        f"{{\\header\\pard {_big5('頁首')}\\par}}"
        f"\\pard\\plain\\s1\\f1 {_big5('目的')}\\par"
        f"\\pard\\plain\\f1 {_big5('與會代表')}{{\\super\\chftn}}{{\\footnote\\pard {_big5('註腳')}\\par}}"
        f"{_big5('說明')}\\u-28671?{_big5('的')}\\uc2\\u33775{_big5('華')}{_big5('字')}\\par"
        "{\\*\\generator Microsoft Word 11.0;}"
        f"\\trowd\\cellx2000\\cellx4000\\pard\\intbl\\f1 {_big5('數位發展部')}\\cell {_big5('林大明')}\\cell\\row"
        f"\\pard\\f1 {_big5('結語')}\\par}}"
    )
    assert _lines(read_rtf(document.encode("ascii")).text) == [
        "壹、 目的", "與會代表說明送的華字", "數位發展部 | 林大明", "結語",
    ]


def test_rtf_under_a_doc_name_is_read_and_what_is_not_rtf_refused(tmp_path: Path) -> None:
    exported = tmp_path / "minutes.doc"
    exported.write_bytes((OFFICE / "features.rtf").read_bytes())
    assert read_file(exported)[1].format == "rtf"
    with pytest.raises(ImportRefused, match="not an RTF document"):
        read_rtf(b"Minutes of the meeting " * 20)
    with pytest.raises(ImportRefused, match="no text in the RTF document"):
        read_rtf(b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}}")


def test_characters_beyond_the_basic_plane_come_as_surrogate_pairs() -> None:
    """A pair makes one character; a lone half, or a number beyond Unicode, none that could not be stored."""
    prose = b"The delegation reported on spectrum policy and 5G deployment. " * 2
    document = b"{\\rtf1\\ansi\\uc1 5G \\u-10179?\\u-8704? \\u-10179?\\par \\u99999999? " + prose + b"\\par}"
    assert _lines(read_rtf(document).text) == ["5G \U0001f600 \ufffd", prose.decode().strip()]


def test_a_damaged_rtf_is_read_or_refused_never_a_crash() -> None:
    outcomes = damaged_outcomes(read_rtf, (OFFICE / "features.rtf").read_bytes(), 64, b"{}\\'u0123456789-abcdef \r\n\x00\xff")
    assert outcomes["read"]
