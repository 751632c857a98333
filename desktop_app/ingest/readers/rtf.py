"""Rich Text Format (.rtf, and RTF saved under a .doc name): the document's text, paragraphs and tables as the
Word readers write them (lines.py).

RTF is plain ASCII: control words (\\par, \\cell, \\u-21488?), groups in braces, and text. Characters beyond
ASCII come as \\uN (followed by \\uc fallback characters, skipped) or as \\'hh bytes in the code page of the
current font's charset (Big5 for \\fcharset136, GBK for 134) or of the document (\\ansicpg950): consecutive
bytes are decoded together, so a Big5 character's two bytes make one. Groups that are not text (font and
colour tables, the stylesheet, document info, pictures, headers, footers, footnotes, comments, a field's
instructions, and every \\* destination) are skipped. A paragraph with an outline level, or in a heading style,
is labelled by its depth (heading_labels.py) unless its text is numbered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.readers import ReadText
from desktop_app.ingest.readers.heading_labels import heading_style_level
from desktop_app.ingest.readers.lines import BlockWriter, paragraph_line
from desktop_app.ingest.readers.text import clean_text

_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+", re.S)
_SKIPPED_DESTINATIONS = {
    b"colortbl", b"info", b"pict", b"object", b"header", b"headerl", b"headerr",
    b"headerf", b"footer", b"footerl", b"footerr", b"footerf", b"footnote", b"annotation", b"fldinst",
    b"listtable", b"listoverridetable", b"revtbl", b"rsidtbl", b"generator", b"xmlnstbl", b"themedata",
    b"colorschememapping", b"latentstyles", b"datastore", b"pgdsctbl", b"shpinst", b"nonshppict", b"bkmkstart",
    b"bkmkend", b"atnid", b"atnauthor", b"atnref", b"atndate",
    b"nonesttables",  # what a reader without nested tables shows instead of them
}
_KNOWN_OPTIONAL = {b"nesttableprops"}  # \* destinations that hold text or table marks this reader reads
_SYMBOLS = {
    b"emdash": "—", b"endash": "–", b"bullet": "•", b"lquote": "‘", b"rquote": "’", b"ldblquote": "“",
    b"rdblquote": "”", b"emspace": " ", b"enspace": " ", b"qmspace": " ", b"tab": "\t", b"line": "\n",
}
_ESCAPED = {b"~": "\u00a0", b"_": "-", b"-": "", b"\\": "\\", b"{": "{", b"}": "}"}
_CHARSET_CODE_PAGES = {
    0: "cp1252", 77: "mac_roman", 128: "cp932", 129: "cp949", 130: "johab", 134: "cp936", 136: "cp950",
    161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251",
    222: "cp874", 238: "cp1250",
}


@dataclass(frozen=True)
class _Group:
    """What a group sets for the text inside it (each group starts with its parent's)."""

    mode: str = "text"  # "text"; "skip" (not text); "optional" (after \*); "fonts", "styles"; "label"
    font: int | None = None
    unicode_skip: int = 1  # \ucN: fallback characters that follow each \uN
    in_table: bool = False  # \intbl: paragraph properties, reset by \pard
    nested: bool = False  # \itap2 and deeper: a table inside a cell
    style: int = 0
    outline: int | None = None


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.code_page = "cp1252"
        self.fonts: dict[int, str] = {}  # font number → code page of its charset
        self.heading_styles: dict[int, int] = {}  # paragraph style number → heading depth
        self.entry: int | None = None  # the font or paragraph style being defined
        self.entry_name = bytearray()  # a stylesheet entry's name so far
        self.writer = BlockWriter()
        self.text: list[str] = []
        self.pending = bytearray()  # \'hh bytes not yet decoded
        self.fallback = 0  # characters still to skip after a \uN

    def read(self) -> list[str]:
        stack = [_Group()]
        destination_start = False
        for match in _TOKEN.finditer(self.data):
            word, number, hex_byte, symbol, brace, text = match.groups()
            group = stack[-1]
            if brace == b"{":
                stack.append(group)
                destination_start = True
                continue
            if brace == b"}":
                self._flush_bytes(group)
                if group.mode == "styles":
                    self._end_style()
                if len(stack) > 1:
                    stack.pop()
                destination_start = False
                continue
            first, destination_start = destination_start, False
            if group.mode == "skip":
                continue
            if group.mode in ("fonts", "styles"):
                stack[-1] = self._table_entry(group, word, number, hex_byte, text)
            elif symbol == b"*" and first:
                stack[-1] = replace(group, mode="optional")
            elif group.mode == "optional":  # kept only when this reader knows the destination
                stack[-1] = replace(group, mode="text" if word in _KNOWN_OPTIONAL else "skip")
            elif word is not None:
                stack[-1] = self._control(word, number, group)
            elif hex_byte is not None:
                if not self._skipping_fallback():
                    self.pending.append(int(hex_byte, 16))
            elif symbol in (b"\n", b"\r"):
                self._end_paragraph(group, "paragraph")  # a backslash before a line break is a \par
            elif symbol is not None:
                self._add(_ESCAPED.get(symbol, ""), group)
            elif text is not None:
                for char in text.decode("latin-1"):
                    if not self._skipping_fallback():
                        self._add(char, group)
        self._end_paragraph(stack[-1], "paragraph")
        return self.writer.finish()

    def _control(self, word: bytes, number: bytes | None, group: _Group) -> _Group:
        value = int(number) if number is not None else None
        if word in _SKIPPED_DESTINATIONS:
            return replace(group, mode="skip")
        if word in (b"fonttbl", b"stylesheet"):
            return replace(group, mode="fonts" if word == b"fonttbl" else "styles")
        if word == b"listtext":
            return replace(group, mode="label")  # a list item's label as the list shows it: 壹、 then a tab
        if word == b"ansicpg" and value:
            self.code_page = f"cp{value}"
        elif word == b"u" and value is not None:
            self._flush_bytes(group)
            code = value + 65536 if value < 0 else value
            if code <= 0xFFFF:  # a character beyond comes as two: a surrogate pair, joined in _end_paragraph
                self.text.append(chr(code))
            self.fallback = group.unicode_skip
            return group
        elif word == b"uc" and value is not None:
            return replace(group, unicode_skip=value)
        elif word == b"f" and value is not None:
            self._flush_bytes(group)
            return replace(group, font=value)
        elif word == b"pard":
            return replace(group, in_table=False, nested=False, style=0, outline=None)
        elif word == b"intbl":
            return replace(group, in_table=True)
        elif word == b"itap":
            return replace(group, in_table=bool(value), nested=(value or 0) > 1)
        elif word == b"s" and value is not None:
            return replace(group, style=value)
        elif word == b"outlinelevel" and value is not None:
            return replace(group, outline=value + 1 if value < 9 else None)
        elif word in (b"par", b"sect", b"page"):
            self._end_paragraph(group, "paragraph")
        elif word in (b"cell", b"nestcell"):
            self._end_paragraph(group, "cell" if word == b"cell" else "inner cell")
        elif word == b"row":
            self.writer.row_end()
        elif word == b"nestrow":
            self.writer.inner_row_end()
        elif word == b"tab" and group.mode == "label":
            self._add(" ", group)
        elif word in _SYMBOLS:
            self._add(_SYMBOLS[word], group)
        return group

    def _table_entry(
        self, group: _Group, word: bytes | None, number: bytes | None, hex_byte: bytes | None, text: bytes | None
    ) -> _Group:
        """A token of the font table (\\fN … \\fcharsetN) or the stylesheet (\\sN … Heading 1;)."""
        value = int(number) if number is not None else None
        if word == b"f" and group.mode == "fonts":
            self.entry = value
        elif word == b"fcharset" and self.entry is not None and value in _CHARSET_CODE_PAGES:
            self.fonts[self.entry] = _CHARSET_CODE_PAGES[value]
        elif word == b"s" and group.mode == "styles":
            self.entry, self.entry_name = value, bytearray()
        elif word in (b"cs", b"ds", b"ts", b"tsrowd"):
            self.entry = None  # a character, section or table style: never a heading
        elif hex_byte is not None and group.mode == "styles":
            self.entry_name.append(int(hex_byte, 16))
        elif text is not None and group.mode == "styles":
            name, semicolon, _rest = text.partition(b";")
            self.entry_name += name
            if semicolon:
                self._end_style()
        return group

    def _end_style(self) -> None:
        if self.entry is not None and self.entry_name:
            heading = heading_style_level(bytes(self.entry_name).decode(self.code_page, errors="replace"))
            if heading is not None:
                self.heading_styles[self.entry] = heading
        self.entry, self.entry_name = None, bytearray()

    def _skipping_fallback(self) -> bool:
        if self.fallback > 0:
            self.fallback -= 1
            return True
        return False

    def _add(self, text: str, group: _Group) -> None:
        self._flush_bytes(group)
        self.text.append(text)

    def _flush_bytes(self, group: _Group) -> None:
        if self.pending:
            code_page = self.fonts.get(group.font, self.code_page) if group.font is not None else self.code_page
            try:
                self.text.append(bytes(self.pending).decode(code_page, errors="replace"))
            except LookupError:
                self.text.append(bytes(self.pending).decode("cp1252", errors="replace"))
            self.pending.clear()

    def _end_paragraph(self, group: _Group, mark: str) -> None:
        self._flush_bytes(group)
        written = "".join(self.text).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        line = paragraph_line(written)
        self.text = []
        if mark == "cell":
            self.writer.cell_end(line)
        elif mark == "inner cell":
            self.writer.inner_cell_end(line)
        elif group.nested:
            self.writer.paragraph(line, in_table=True)
        else:
            heading = self.heading_styles.get(group.style, group.outline)
            self.writer.paragraph(line, group.in_table, None if group.in_table else heading)


def read_rtf(data: bytes) -> ReadText:
    if not data.lstrip().startswith(b"{\\rtf"):
        raise ImportRefused("not an RTF document (no {\\rtf header)")
    blocks = _Reader(data).read()
    if not blocks:
        raise ImportRefused("no text in the RTF document")
    return ReadText(clean_text("\n\n".join(blocks)), "rtf", structured=True)
