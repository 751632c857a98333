"""OpenDocument text (.odt), the format Taiwan's government agencies exchange documents in: headings, paragraphs,
lists and tables of content.xml in reading order, written as the Word readers write them (lines.py).

Headings (text:h) carry their outline level; one whose text holds no 壹、/一、 label gets the label the
document's outline numbering shows, or else the one Taiwanese reports use at its depth (heading_labels.py).
A list item gets the label its list style shows (壹、, (一), 1.1, • …), counted as the application counts it: a
list starts again unless it continues the one before, and a level starts again when a shallower one moves on.
Text boxes are read after the paragraph they are anchored in (or where a page's frame stands); notes, comments
and the generated table of contents are left out, as page furniture. XML is parsed without resolving entities
or fetching anything.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator

from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.readers import ReadText
from desktop_app.ingest.readers.archives import check_archive, read_member
from desktop_app.ingest.readers.docx_numbering import Level, counted_label
from desktop_app.ingest.readers.heading_labels import HeadingLabels
from desktop_app.ingest.readers.lines import paragraph_line, row_lines
from desktop_app.ingest.readers.text import clean_text

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_LOEXT = "{urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0}"
# ODF's number formats (style:num-format) by the names of Word's (docx_numbering.format_number): lists are
# counted and labelled as a .docx's are (docx_numbering.counted_label)
_NUMBER_FORMATS = {
    "1": "decimal",
    "a": "lowerLetter",
    "A": "upperLetter",
    "i": "lowerRoman",
    "I": "upperRoman",
    "": "none",
    "一, 二, 三, ...": "taiwaneseCounting",
    "壹, 貳, 參, ...": "ideographLegalTraditional",
    "壹, 贰, 叁, ...": "chineseLegalSimplified",
    "甲, 乙, 丙, ...": "ideographTraditional",
    "子, 丑, 寅, ...": "ideographZodiac",
    "①, ②, ③, ...": "decimalEnclosedCircle",
    "１, ２, ３, ...": "decimalFullWidth",
}
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_FRAME = f"{_DRAW}frame"
# furniture inside the text: notes, comments, the generated contents; and frames (text boxes, images) within a
# paragraph's own text, whose text boxes are read after it (_Writer._boxes)
_SKIPPED = {
    f"{_TEXT}note", f"{_OFFICE}annotation", f"{_TEXT}table-of-content", f"{_TEXT}sequence-decls",
    f"{_TEXT}tracked-changes", _FRAME,
}


def read_odt(data: bytes) -> ReadText:
    check_archive(data, "content.xml", "OpenDocument", ".odt")
    content_xml = read_member(data, "content.xml", "OpenDocument")
    styles_xml = read_member(data, "styles.xml", "OpenDocument")
    try:
        content = ElementTree.fromstring(content_xml or b"")
        styles = ElementTree.fromstring(styles_xml) if styles_xml else None
    except ElementTree.ParseError as error:
        raise ImportRefused(f"damaged OpenDocument file (its XML cannot be read: {error})") from None
    body = content.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise ImportRefused("not an OpenDocument text (a spreadsheet, presentation or drawing)")
    writer = _Writer(_list_styles([content, styles]), _outline_style(styles))
    writer.add_all(body)
    return ReadText(clean_text("\n\n".join(writer.blocks)), "odt", structured=True, title=_meta_title(data))


def _meta_title(data: bytes) -> str | None:
    """The title in the document's properties (meta.xml's dc:title); None when it has none or it cannot be read,
    which leaves the text as readable as before."""
    try:
        meta = ElementTree.fromstring(read_member(data, "meta.xml", "OpenDocument") or b"<none/>")
    except (ElementTree.ParseError, ImportRefused):
        return None
    title = meta.find(f"{_OFFICE}meta/{{http://purl.org/dc/elements/1.1/}}title")
    if title is None:
        return None
    return (title.text or "").strip() or None


def _list_styles(roots: list[ElementTree.Element | None]) -> dict[str, dict[int, Level]]:
    """Every list style of the document (named ones in styles.xml, automatic ones in content.xml)."""
    found: dict[str, dict[int, Level]] = {}
    for root in roots:
        for style in root.iter(f"{_TEXT}list-style") if root is not None else ():
            found[style.get(f"{_STYLE}name", "")] = _levels(style)
    return found


def _outline_style(styles: ElementTree.Element | None) -> dict[int, Level]:
    """The numbering of headings by outline level (empty formats when headings are not numbered)."""
    outline = styles.find(f".//{_TEXT}outline-style") if styles is not None else None
    return _levels(outline) if outline is not None else {}


def _levels(style: ElementTree.Element) -> dict[int, Level]:
    """A list style's (or the outline's) levels, numbered from 0 as Word's are, each with the template its
    label follows: LibreOffice's own (loext:num-list-format, "%1%.%4%"), else the prefix, the numbers of as many
    levels as it shows (text:display-levels: 1.1 shows two) and the suffix; none for a level without numbers."""
    levels = {}
    for level in style:
        depth = _int(level.get(f"{_TEXT}level"), 1)
        if level.tag == f"{_TEXT}list-level-style-bullet":
            levels[depth - 1] = Level(start=1, number_format="bullet", template="", style_id=None, legal=False)
        elif level.tag in (f"{_TEXT}list-level-style-number", f"{_TEXT}outline-level-style"):
            written = level.get(f"{_STYLE}num-format", "")
            template = level.get(f"{_LOEXT}num-list-format")
            if not written:
                template = ""
            elif template:
                template = re.sub(r"%(\d+)%", r"%\1", template)
            else:
                shown = range(max(1, depth - _int(level.get(f"{_TEXT}display-levels"), 1) + 1), depth + 1)
                numbers = ".".join(f"%{shown_depth}" for shown_depth in shown)
                template = f"{level.get(f'{_STYLE}num-prefix', '')}{numbers}{level.get(f'{_STYLE}num-suffix', '')}"
            levels[depth - 1] = Level(
                start=_int(level.get(f"{_TEXT}start-value"), 1),
                number_format=_NUMBER_FORMATS.get(written, "decimal"),
                template=template,
                style_id=None,
                legal=False,
            )
    return levels


def _int(text: str | None, default: int) -> int:
    return int(text) if text is not None and text.isdigit() else default


class _Writer:
    """Walks the body in reading order and writes its blocks: a paragraph a block, a table's rows one block."""

    def __init__(self, list_styles: dict[str, dict[int, Level]], outline: dict[int, Level]) -> None:
        self.list_styles = list_styles
        self.outline = outline
        self.outline_counts: dict[int, int] = {}  # the headings' current numbers by level
        self.headings = HeadingLabels()
        self.counts: dict[str, dict[int, int]] = {}  # list style → its current numbers by level
        self.blocks: list[str] = []

    def add_all(self, parent: ElementTree.Element) -> None:
        for child in parent:
            self.blocks += self._lines(child, list_style=None, depth=0)

    def _lines(self, element: ElementTree.Element, list_style: str | None, depth: int) -> list[str]:
        """The lines an element of the body gives (a table's rows joined into one block by the caller)."""
        if element.tag == _FRAME:
            return self._frame(element)
        if element.tag in _SKIPPED:
            return []
        if element.tag == f"{_TEXT}h":
            return self._heading(element) + self._boxes(element)
        if element.tag == f"{_TEXT}p":
            line = paragraph_line(_inline_text(element))
            return ([line] if line else []) + self._boxes(element)
        if element.tag == f"{_TEXT}list":
            return self._list(element, list_style, depth)
        if element.tag == f"{_TABLE}table":
            rows = self._rows(element)
            return ["\n".join(rows)] if rows else []
        return [line for child in element for line in self._lines(child, list_style, depth)]  # sections and such

    def _boxes(self, paragraph: ElementTree.Element) -> list[str]:
        """The lines of the text boxes anchored in a paragraph (a template's title or cover fields), after its
        own: each box once, a box in a box with it."""
        return [line for frame in _frames_in(paragraph) for line in self._frame(frame)]

    def _frame(self, frame: ElementTree.Element) -> list[str]:
        """A frame's text box read as body text; an image's frame gives nothing."""
        box = frame.find(f"{_DRAW}text-box")
        return [line for child in box for line in self._lines(child, None, 0)] if box is not None else []

    def _heading(self, element: ElementTree.Element) -> list[str]:
        text = paragraph_line(_inline_text(element))
        if not text:
            return []
        level = _int(element.get(f"{_TEXT}outline-level"), 1)
        numbered = self.outline.get(level - 1)
        if numbered is not None and numbered.number_format != "none":
            label = counted_label(self.outline, self.outline_counts, level - 1, {})
            return [f"{label} {text}" if label else text]
        return [self.headings.labelled(text, level)]

    def _list(self, element: ElementTree.Element, outer_style: str | None, depth: int) -> list[str]:
        style = element.get(f"{_TEXT}style-name") or outer_style
        if depth == 0 and style is not None and element.get(f"{_TEXT}continue-numbering") != "true":
            self.counts.pop(style, None)  # a list starts its numbering again unless it continues the one before
        lines: list[str] = []
        for item in element:
            if item.tag not in (f"{_TEXT}list-item", f"{_TEXT}list-header"):
                continue
            label = self._item_label(item, style, depth + 1) if item.tag == f"{_TEXT}list-item" else ""
            for child in item:
                child_lines = self._lines(child, style, depth + 1)
                if label and child_lines and child.tag in (f"{_TEXT}p", f"{_TEXT}h"):
                    child_lines[0] = f"{label} {child_lines[0]}"
                    label = ""
                lines += child_lines
        return lines

    def _item_label(self, item: ElementTree.Element, style: str | None, level: int) -> str:
        """The label of a list item whose own paragraph (not a nested list) comes first; "" for an item that
        only holds a deeper list, which takes no number at this level."""
        first = next(iter(item), None)
        if first is None or first.tag == f"{_TEXT}list" or style is None:
            return ""
        counts = self.counts.setdefault(style, {})
        starts = {}
        if item.get(f"{_TEXT}start-value") is not None:  # the item sets its own number: the count starts anew
            counts.pop(level - 1, None)
            starts[level - 1] = _int(item.get(f"{_TEXT}start-value"), 1)
        return counted_label(self.list_styles.get(style, {}), counts, level - 1, starts) or ""

    def _rows(self, table: ElementTree.Element) -> list[str]:
        rows: list[str] = []
        for row in _own_rows(table):
            rows += row_lines([self._cell_lines(cell) for cell in row if cell.tag == f"{_TABLE}table-cell"])
        return rows

    def _cell_lines(self, cell: ElementTree.Element) -> list[str]:
        lines: list[str] = []
        for child in cell:
            for block in self._lines(child, None, 0):
                lines += block.split("\n")  # a table inside the cell: each of its rows a line of the cell
        return lines


def _own_rows(table: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The table's rows, those inside its row groupings (header rows, row groups) too, but not the rows of a
    table inside one of its cells."""
    for child in table:
        if child.tag == f"{_TABLE}table-row":
            yield child
        elif child.tag in (f"{_TABLE}table-header-rows", f"{_TABLE}table-rows", f"{_TABLE}table-row-group"):
            yield from _own_rows(child)


def _frames_in(element: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The frames within a paragraph's text (in its spans and links too), not those inside a frame."""
    for child in element:
        if child.tag == _FRAME:
            yield child
        elif child.tag not in _SKIPPED:
            yield from _frames_in(child)


def _inline_text(element: ElementTree.Element) -> str:
    """A paragraph's text as written: spans and links read through, tabs kept, runs of spaces (text:s) and line
    breaks restored; notes, comments and frames (read after it) left out."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{_TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{_TEXT}s":
            parts.append(" " * _int(child.get(f"{_TEXT}c"), 1))
        elif child.tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif child.tag not in _SKIPPED:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
