"""Word 97-2003 (.doc) documents: the main text through the piece table, paragraphs and tables as lines.

A .doc is an OLE compound file. Its WordDocument stream starts with the FIB, which says where the rest is: the
piece table (Clx) maps the text's characters to where they are stored, UTF-16 or one byte each; the paragraph
properties (PlcBtePapx and its 512-byte FKP pages) say which paragraph marks end a table row, since a cell mark
and a row mark are the same character (0x07). Only the main text is read: footnotes, headers and comments follow
it and are page furniture, as for .docx. Fields keep what Word shows (their result), not their code. Lines are
written as the .docx reader writes them (lines.py), and a paragraph in one of Word's heading styles (whatever
the style is called in the document's language) or given an outline level is labelled by its depth
(heading_labels.py) unless its text is numbered; a paragraph Word numbers by itself gets the label Word shows
(doc_lists.py), unless its numbering comes from its style, which is not read.
A file named .doc that is really a .docx, or RTF (as many systems export "Word" files), is read as what it is.
"""

from __future__ import annotations

import bisect
import io
import struct
from dataclasses import dataclass
from typing import NamedTuple

from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.readers import ReadText
from desktop_app.ingest.readers.doc_lists import DocLists
from desktop_app.ingest.readers.lines import BlockWriter, paragraph_line
from desktop_app.ingest.readers.text import clean_text

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORD_IDENT = 0xA5EC
_FIRST_WORD97_FIB = 0x00C0  # Word 6 and Word 95 files (nFib 101-105) lay the FIB out otherwise
_FKP_SIZE = 512
# paragraph marks and what ends a paragraph like one: cell or row mark, page or section break, column break
_CELL_MARK, _PARAGRAPH_MARK, _BREAKS = "\x07", "\r", "\x0c\x0e"
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
# anchors of pictures, drawings, footnote and comment marks: no text; a non-breaking hyphen, an optional one
_REPLACED = {**{code: None for code in (0x01, 0x02, 0x03, 0x04, 0x05, 0x08)}, 0x1E: "-", 0x1F: None, 0x0B: "\n"}
# paragraph properties (sprm codes) that place a paragraph in a table
_IN_TABLE, _ROW_END, _INNER_CELL, _INNER_ROW_END = 0x2416, 0x2417, 0x244B, 0x244C
_OUTLINE_LEVEL = 0x2640  # 0-8 for a heading's depth, 9 for body text
_LIST_INSTANCE, _LIST_LEVEL = 0x460B, 0x260A  # a numbered paragraph's list instance (1-based) and level
_TABLE_DEFINITION, _TAB_CHANGES = 0xD608, 0xC615  # the two properties whose operand size is not its first byte
_HEADING_STYLES = range(1, 10)  # the built-in style identifiers (sti) of Heading 1 to Heading 9


@dataclass(frozen=True)
class _Piece:
    start: int  # first character position (CP)
    end: int
    offset: int  # byte offset in the WordDocument stream
    compressed: bool  # one byte a character (cp1252) instead of UTF-16

    def text(self, word: bytes) -> str:
        count = self.end - self.start
        if self.compressed:
            return word[self.offset : self.offset + count].decode("cp1252", errors="replace")
        return word[self.offset : self.offset + 2 * count].decode("utf-16-le", errors="replace")

    def byte_at(self, position: int) -> int:
        """The WordDocument offset of the character at a position within the piece."""
        return self.offset + (position - self.start) * (1 if self.compressed else 2)


class _Properties(NamedTuple):
    """What the reader needs of a paragraph's properties."""

    style: int  # istd, an index into the stylesheet
    flags: frozenset[int]  # the table flags set on it (the sprm codes above)
    heading: int | None  # its depth (1 = top) when given an outline level of a heading
    list_instance: int = 0  # numbered by Word: its list instance (doc_lists.py), 0 when not
    list_level: int = 0


_PLAIN = _Properties(0, frozenset(), None)


@dataclass(frozen=True)
class _Paragraphs:
    """Each run of paragraph properties and where it ends (byte offset of the next run)."""

    ends: list[int]
    properties: list[_Properties]

    def at(self, offset: int) -> _Properties:
        found = bisect.bisect_right(self.ends, offset)
        return self.properties[found] if found < len(self.properties) else _PLAIN


def is_word97(data: bytes) -> bool:
    return data.startswith(OLE_SIGNATURE)


def read_doc(data: bytes) -> ReadText:
    if data.startswith(b"PK\x03\x04"):
        from desktop_app.ingest.readers.docx import read_docx

        return read_docx(data)  # a .docx saved with the old name
    if data.lstrip().startswith(b"{\\rtf"):
        from desktop_app.ingest.readers.rtf import read_rtf

        return read_rtf(data)  # Word's "Rich Text Format" saved under the .doc name, as many systems export it
    if not is_word97(data):
        raise ImportRefused("not a Word .doc document (no Word file header)")
    word, table = _streams(data)
    try:
        ccp_text, clx, papx, stylesheet = _fib_locations(word)
        pieces = _pieces(table[clx])
        paragraphs = _paragraph_runs(word, table[papx])
        headings = _heading_styles(table[stylesheet])
    except (struct.error, IndexError, ValueError):
        raise ImportRefused("damaged Word .doc document (its text tables cannot be read)") from None
    blocks = _blocks(word, pieces, ccp_text, paragraphs, headings, DocLists(word, table))
    return ReadText(clean_text("\n\n".join(blocks)), "doc", structured=True)


def _streams(data: bytes) -> tuple[bytes, bytes]:
    """The WordDocument stream and the table stream its FIB names; ImportRefused when they are not there."""
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if not ole.exists("WordDocument"):
                raise ImportRefused("not a Word document (an Office file of another kind)")
            word = ole.openstream("WordDocument").read()
            if len(word) < 0x01AA or struct.unpack_from("<H", word, 0)[0] != _WORD_IDENT:
                raise ImportRefused("damaged Word .doc document (no valid file information block)")
            n_fib, flags = struct.unpack_from("<H", word, 2)[0], struct.unpack_from("<H", word, 0x0A)[0]
            if flags & 0x0100:
                raise ImportRefused("encrypted Word document (it needs a password to open)")
            if n_fib < _FIRST_WORD97_FIB:
                raise ImportRefused("Word 6 or Word 95 document (older than Word 97); save it as .docx")
            name = "1Table" if flags & 0x0200 else "0Table"
            if not ole.exists(name):
                raise ImportRefused(f"damaged Word .doc document (no {name} stream)")
            return word, ole.openstream(name).read()
    except (OSError, ValueError, IndexError, EOFError, struct.error) as error:  # olefile's for a damaged file
        raise ImportRefused(f"damaged Word .doc document ({type(error).__name__})") from None


def _fib_locations(word: bytes) -> tuple[int, slice, slice, slice]:
    """From the FIB: the main text's length in characters, then where the piece table, the paragraph
    properties' page index and the stylesheet are in the table stream."""
    (ccp_text,) = struct.unpack_from("<i", word, 0x004C)
    return ccp_text, *(_located(word, offset) for offset in (0x01A2, 0x0102, 0x00A2))


def _located(word: bytes, offset: int) -> slice:
    start, size = struct.unpack_from("<II", word, offset)
    return slice(start, start + size)


def _pieces(clx: bytes) -> list[_Piece]:
    """The piece table: property runs (0x01) come first and are skipped, then the pieces (0x02)."""
    at = 0
    while clx[at] == 0x01:
        at += 3 + struct.unpack_from("<H", clx, at + 1)[0]  # read unsigned: a damaged size never steps back
    if clx[at] != 0x02:
        raise ValueError("no piece table")
    (size,) = struct.unpack_from("<I", clx, at + 1)
    plc = clx[at + 5 : at + 5 + size]
    count = (size - 4) // 12
    positions = struct.unpack_from(f"<{count + 1}I", plc, 0)
    pieces = []
    for index in range(count):
        (stored,) = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * index + 2)
        compressed = bool(stored & 0x40000000)
        offset = stored & 0x3FFFFFFF
        pieces.append(_Piece(positions[index], positions[index + 1], offset // 2 if compressed else offset, compressed))
    return pieces


def _paragraph_runs(word: bytes, index: bytes) -> _Paragraphs:
    """Every run of paragraph properties, from the FKP pages the index (PlcBtePapx) lists."""
    count = (len(index) - 4) // 8
    pages = struct.unpack_from(f"<{count}I", index, 4 * (count + 1)) if count > 0 else ()
    ends: list[int] = []
    found: list[_Properties] = []
    for page_number in pages:
        page = word[(page_number & 0x3FFFFF) * _FKP_SIZE :][:_FKP_SIZE]
        runs = page[_FKP_SIZE - 1]
        bounds = struct.unpack_from(f"<{runs + 1}I", page, 0)
        for run in range(runs):
            place = 2 * page[4 * (runs + 1) + 13 * run]
            ends.append(bounds[run + 1])
            found.append(_read_properties(page, place) if place else _PLAIN)
    order = sorted(range(len(ends)), key=ends.__getitem__)
    return _Paragraphs([ends[i] for i in order], [found[i] for i in order])


def _read_properties(page: bytes, place: int) -> _Properties:
    """A run's style and the properties it sets, from its place in an FKP page (its style number, then its
    property list)."""
    size = page[place]
    stored = page[place + 2 : place + 2 + 2 * page[place + 1]] if size == 0 else page[place + 1 : place + 2 * size]
    (style,) = struct.unpack_from("<H", stored, 0)
    properties = stored[2:]
    flags = set()
    heading = None
    instance = level = 0
    at = 0
    while at + 2 <= len(properties):
        (code,) = struct.unpack_from("<H", properties, at)
        at += 2
        value = properties[at] if at < len(properties) else 0
        if code in (_IN_TABLE, _ROW_END, _INNER_CELL, _INNER_ROW_END) and value:
            flags.add(code)
        elif code == _OUTLINE_LEVEL and value < 9:
            heading = value + 1
        elif code == _LIST_INSTANCE and at + 2 <= len(properties):
            (instance,) = struct.unpack_from("<H", properties, at)
        elif code == _LIST_LEVEL:
            level = value
        at += _operand_size(code, properties, at)
    return _Properties(style, frozenset(flags), heading, instance, level)


def _heading_styles(stylesheet: bytes) -> dict[int, int]:
    """Style (istd) → depth, for the styles that are Word's Heading 1 to 9 (by their built-in identifier, not
    their name, which is in the document's language)."""
    if len(stylesheet) < 4:
        return {}
    (header_size,) = struct.unpack_from("<H", stylesheet, 0)
    (count,) = struct.unpack_from("<H", stylesheet, 2)
    levels = {}
    at = 2 + header_size
    for style in range(count):
        (size,) = struct.unpack_from("<H", stylesheet, at)
        if size >= 2:
            identifier = struct.unpack_from("<H", stylesheet, at + 2)[0] & 0x0FFF
            if identifier in _HEADING_STYLES:
                levels[style] = identifier
        at += 2 + size
    return levels


def _operand_size(code: int, properties: bytes, at: int) -> int:
    kind = code >> 13
    if kind in (0, 1):
        return 1
    if kind in (2, 4, 5):
        return 2
    if kind == 3:
        return 4
    if kind == 7:
        return 3
    if code == _TABLE_DEFINITION:
        return 2 + struct.unpack_from("<H", properties, at)[0] - 1
    if code == _TAB_CHANGES and properties[at] == 255:
        deleted = properties[at + 1]
        return 2 + 4 * deleted + 1 + 3 * properties[at + 2 + 4 * deleted]
    return 1 + properties[at]


def _blocks(
    word: bytes,
    pieces: list[_Piece],
    ccp_text: int,
    paragraphs: _Paragraphs,
    headings: dict[int, int],
    lists: DocLists,
) -> list[str]:
    """The main text as blocks of lines: a paragraph a block, a table's rows one block."""
    writer = BlockWriter()
    fields: list[bool] = []  # one entry per open field: True while in its code, False once in its result
    paragraph: list[str] = []
    for piece in pieces:
        if piece.start >= ccp_text:
            break
        text = piece.text(word)[: ccp_text - piece.start]
        for offset, char in enumerate(text):
            if char == _FIELD_BEGIN:
                fields.append(True)
            elif char == _FIELD_SEPARATOR and fields:
                fields[-1] = False
            elif char == _FIELD_END and fields:
                fields.pop()
            elif char in _CELL_MARK + _PARAGRAPH_MARK + _BREAKS:
                properties = paragraphs.at(piece.byte_at(piece.start + offset))
                line = paragraph_line("".join(paragraph))
                label = lists.label(properties.list_instance, properties.list_level)  # counted even if empty
                _hand_over(writer, f"{label} {line}" if label and line else line, char, properties, headings)
                paragraph = []
            elif not any(fields) and (written := _REPLACED.get(ord(char), char)):
                paragraph.append(written)
    _hand_over(writer, paragraph_line("".join(paragraph)), _PARAGRAPH_MARK, _PLAIN, headings)
    return writer.finish()


def _hand_over(writer: BlockWriter, line: str, mark: str, properties: _Properties, headings: dict[int, int]) -> None:
    """A paragraph to the writer, by its end mark and table flags: a cell mark ends a cell, or a row when the
    paragraph is the row's end (TTP); a paragraph mark with inner-cell flags belongs to a table in a cell."""
    flags = properties.flags
    if _INNER_ROW_END in flags:
        writer.inner_row_end()
    elif _INNER_CELL in flags:
        writer.inner_cell_end(line)
    elif mark == _CELL_MARK and _ROW_END in flags:
        writer.row_end()
    elif mark == _CELL_MARK:
        writer.cell_end(line)
    else:
        writer.paragraph(line, _IN_TABLE in flags, headings.get(properties.style, properties.heading))
