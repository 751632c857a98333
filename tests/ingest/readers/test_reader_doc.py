"""Word 97-2003 (.doc) files: read through their piece table as the same document saved as .docx reads, a
report's cover and delegation tables included; bad files refused with a reason. The fixtures were saved as .doc
by LibreOffice (tests/fixtures/office/make_fixtures.py)."""

from __future__ import annotations

import struct
from pathlib import Path

import olefile
import pytest
from readers_support import damaged_outcomes, import_alone
from word_reports import SECOND_REPORT, extracted

from desktop_app.ingest import readers
from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.readers import read_file
from desktop_app.ingest.readers.doc import _pieces, read_doc

OFFICE = Path(__file__).parents[2] / "fixtures" / "office"


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("name", ["telwg70_cover_table.doc", "telwg70_delegation_table.doc"])
def test_a_doc_report_extracts_as_its_text_does(tmp_path: Path, name: str) -> None:
    from_doc = extracted(import_alone(OFFICE / name, tmp_path / "doc.sqlite"))
    from_text = extracted(import_alone(SECOND_REPORT, tmp_path / "text.sqlite"))
    assert from_doc == from_text
    delegates = {name: organization for name, organization, _economy, roles in from_doc["people"] if "delegate" in roles}
    assert delegates == {"林大明": "數位發展部", "陳小華": "數位發展部", "張志遠": "國家通訊傳播委員會"}


def test_a_doc_reads_as_the_same_document_saved_as_docx() -> None:
    """Headings are labelled by their depth; fields show their result, not their code; tabs stay column gaps;
    a table's empty cell is left out, a merged cell read once, a table inside a cell gives its rows; the page
    header is furniture and left out. (Two tables one after the other are one block in a .doc, which keeps
    nothing between them.)"""
    as_doc = read_file(OFFICE / "features.doc")[1]
    as_docx = read_file(OFFICE / "features.docx")[1]
    assert (as_doc.format, as_doc.structured) == ("doc", True)
    assert _lines(as_doc.text) == _lines(as_docx.text)
    assert _lines(as_doc.text) == [
        "Meeting notes",
        "壹、 Agenda",
        "一、 Opening session",
        "See the APEC website for the agenda.",
        "A line broken by the author.",
        "Ministry  Jane Doe  Director",
        "Economy | Speaker | Topic",
        "Chile | Spectrum",
        "Peru | Ana Ruiz | 5G",
        "Opening session | Day 1",
        "Label | Delegation | Day 2",
        "Ministry | Jane Doe",
        "Regulator | John Roe",
        "貳、 Closing",
        "Closing remarks.",
    ]


def test_word_numbers_a_docs_paragraphs_as_in_the_same_document_saved_as_docx() -> None:
    """Headings numbered by a Word list (壹、 › 一、 › (一)): each gets the label Word shows, counted as Word
    counts, from the document's list tables."""
    as_doc = read_file(OFFICE / "numbered.doc")[1].text
    assert _lines(as_doc) == _lines(read_file(OFFICE / "numbered.docx")[1].text)
    assert _lines(as_doc)[:7] == ["壹、 目的", "目的的內文。", "貳、 過程", "過程的內文。", "一、 大會", "大會的內文。", "二、 指導分組會議"]


def test_a_word_file_with_the_other_ending_is_read_by_its_content(tmp_path: Path) -> None:
    old = tmp_path / "report.docx"
    old.write_bytes((OFFICE / "telwg70_cover_table.doc").read_bytes())
    new = tmp_path / "notes.doc"
    new.write_bytes((OFFICE / "features.docx").read_bytes())
    assert read_file(old)[1].format == "doc"
    assert read_file(new)[1].format == "docx"


def _patched(data: bytes, offset: int, value: bytes) -> bytes:
    """The .doc with bytes of its WordDocument stream replaced (the stream starts on a sector of the file)."""
    with olefile.OleFileIO(data) as ole:
        entry = ole.direntries[ole._find("WordDocument")]
        start = (entry.isectStart + 1) * ole.sectorsize
    return data[: start + offset] + value + data[start + offset + len(value) :]


def _with_fib_flags(data: bytes, flags: int) -> bytes:
    """The .doc with flags set in its FIB's flags word (0x0100: fEncrypted)."""
    with olefile.OleFileIO(data) as ole:
        stored = int.from_bytes(ole.openstream("WordDocument").read()[0x0A:0x0C], "little")
    return _patched(data, 0x0A, (stored | flags).to_bytes(2, "little"))


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda data: _with_fib_flags(data, 0x0100), "encrypted Word document"),
        (lambda data: _patched(data, 0x02, (0x0065).to_bytes(2, "little")), "Word 6 or Word 95 document"),
        (lambda data: data[:4096], "damaged Word .doc document"),
        (lambda data: data[:8] + bytes(600), "damaged Word .doc document"),
        (lambda data: b"Minutes of the meeting " * 20, "not a Word .doc document"),
    ],
    ids=["encrypted", "word95", "truncated", "empty-compound-file", "text"],
)
def test_a_bad_doc_is_refused_with_its_reason(make, reason: str) -> None:
    with pytest.raises(ImportRefused, match=reason):
        read_doc(make((OFFICE / "features.doc").read_bytes()))


def test_a_damaged_doc_is_read_or_refused_never_a_crash() -> None:
    """Bytes changed at random, and the file cut short: every outcome is text or a refusal with a reason."""
    outcomes = damaged_outcomes(read_doc, (OFFICE / "features.doc").read_bytes(), 512, bytes(range(256)))
    assert outcomes["read"] and outcomes["refused"]


def test_every_file_ending_has_a_reader() -> None:
    assert set(readers.SUFFIXES) == set(readers._readers())


def test_a_piece_stored_one_byte_a_character_reads_as_windows_latin() -> None:
    """Word stores a piece of text that fits in cp1252 one byte a character (LibreOffice, which made the
    fixtures, never does): the piece's stored offset counts UTF-16 units, so the bytes start at half of it."""
    stream = bytes(64) + "Café “TELWG” – 5G".encode("cp1252")
    piece = _pieces(_piece_table([(0, 17, 2 * 64, True)]))[0]
    assert piece.text(stream) == "Café “TELWG” – 5G"
    assert piece.byte_at(5) == 64 + 5
    unicode_piece = _pieces(_piece_table([(0, 2, 8, False)]))[0]
    assert unicode_piece.text(bytes(8) + "頻譜".encode("utf-16-le")) == "頻譜"
    assert unicode_piece.byte_at(1) == 10


def _piece_table(pieces: list[tuple[int, int, int, bool]]) -> bytes:
    """A Clx holding one property run, then a piece table of (start, end, stored offset, one byte a char)."""
    positions = [pieces[0][0], *(end for _start, end, _offset, _compressed in pieces)]
    descriptors = b"".join(
        struct.pack("<HIH", 0, offset | (0x40000000 if compressed else 0), 0) for _s, _e, offset, compressed in pieces
    )
    table = struct.pack(f"<{len(positions)}I", *positions) + descriptors
    return b"\x01" + struct.pack("<H", 2) + b"\x00\x00" + b"\x02" + struct.pack("<I", len(table)) + table
