"""Word (.docx) documents: body paragraphs and tables in reading order, headings as outline paragraphs.

A paragraph Word numbers automatically gets the label Word shows (docx_numbering.py: 壹、, (一), 1., • for a
bullet). A heading styled "Heading N" whose text still carries no numbering gets the numbering Taiwanese reports
use at that depth (heading_labels.py), so the outline builder nests it as Word did. A tab, which
Word documents use to line up columns (a delegation's organization, name and title), stays a wide gap, as in a
PDF's text. Table rows become text rows with cells separated by " | "; a cell of several paragraphs (a cover
table's value cell) keeps them as lines, after its row's first line, and a table inside a cell gives rows of its
own. Text boxes are read after the paragraph they are anchored in. Headers, footers and comments are page
furniture and are left out.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.readers import ReadText
from desktop_app.ingest.readers.archives import check_archive
from desktop_app.ingest.readers.doc import is_word97, read_doc
from desktop_app.ingest.readers.docx_numbering import W, ListNumbering
from desktop_app.ingest.readers.heading_labels import HeadingLabels, heading_style_level
from desktop_app.ingest.readers.lines import paragraph_line, row_lines
from desktop_app.ingest.readers.text import clean_text

_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _heading_level(paragraph) -> int | None:
    style = paragraph.style.name if paragraph.style is not None else None
    level = heading_style_level(style or "")
    if level is not None:
        return level
    outline = paragraph._p.find(f"{W}pPr/{W}outlineLvl")
    if outline is not None and outline.get(f"{W}val", "9").isdigit() and int(outline.get(f"{W}val")) < 9:
        return int(outline.get(f"{W}val")) + 1
    return None


def _table_rows(table) -> list[str]:
    return [line for row in table.rows for line in row_lines([_cell_lines(cell) for cell in _distinct_cells(row)])]


def _distinct_cells(row) -> list:
    """The row's cells, a cell merged across columns once (python-docx gives it once per column)."""
    cells: dict[int, object] = {}
    for cell in row.cells:
        cells.setdefault(id(cell._tc), cell)
    return list(cells.values())


def _cell_lines(cell) -> list[str]:
    """A cell's paragraphs as lines and the rows of any table inside it, in order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for block in _blocks(cell._tc):
        if block.tag == f"{W}tbl":
            lines += _table_rows(Table(block, cell))
        elif text := paragraph_line(Paragraph(block, cell).text):
            lines.append(text)
    return lines


def _blocks(parent) -> Iterator:
    """The paragraphs (w:p) and tables (w:tbl) of a body, a cell or a text box in reading order, those inside
    content controls (w:sdt: a template's fields, a cover page) too, and after a paragraph those of the text
    boxes anchored in it (a template's title or cover fields in a box); a table of contents, which Word
    generates from the headings that follow, is left out."""
    for child in parent.iterchildren():
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
            if child.tag == f"{W}p":
                for box in _text_boxes(child):
                    yield from _blocks(box)
        elif child.tag == f"{W}sdt" and not _is_table_of_contents(child):
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _blocks(content)


def _text_boxes(paragraph) -> Iterator:
    """The contents (w:txbxContent) of the text boxes anchored in a paragraph, each once: a box in a box is
    read with its outer box, and a shape's fallback for older Word (mc:Fallback, the same box again as VML)
    is skipped."""
    for box in paragraph.iter(f"{W}txbxContent"):
        ancestor = box.getparent()
        while ancestor is not None and ancestor is not paragraph:
            if ancestor.tag in (f"{W}txbxContent", _FALLBACK):
                break
            ancestor = ancestor.getparent()
        else:
            yield box


def _is_table_of_contents(control) -> bool:
    gallery = control.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
    return gallery is not None and gallery.get(f"{W}val", "").lower().startswith("table of contents")


def read_docx(data: bytes) -> ReadText:
    if is_word97(data):
        return read_doc(data)  # a Word 97-2003 document saved with the new name
    check_archive(data, "word/document.xml", "Word", ".docx")
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # noqa: BLE001 - python-docx raises many kinds for a malformed package
        raise ImportRefused(f"damaged Word document ({type(error).__name__})") from None
    headings = HeadingLabels()
    lists = ListNumbering.of(document)
    blocks: list[str] = []
    for child in _blocks(document.element.body):
        if child.tag == f"{W}p":
            paragraph = Paragraph(child, document)
            label = lists.label(paragraph)  # counted even when empty, as Word counts it
            text = paragraph_line(paragraph.text)
            if not text:
                continue
            if label:
                text = f"{label} {text}"
            blocks.append(headings.labelled(text, _heading_level(paragraph)))
        elif child.tag == f"{W}tbl":
            blocks.append("\n".join(_table_rows(Table(child, document))))
    title = (document.core_properties.title or "").strip() or None
    return ReadText(clean_text("\n\n".join(block for block in blocks if block)), "docx", structured=True, title=title)
