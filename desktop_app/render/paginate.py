"""Where printed pages begin and end: between lines and between table rows, never through them.

Qt's own paged layout breaks a table row across pages line by line and leaves a heading alone at the foot of a
page. So the brief is laid out as one long page and cut here: each cut is the lowest point on the page that falls
in no line, no table row (unless the row is taller than WHOLE_ROW_SHARE of a page), no heading glued to its next
line and no table header parted from its first row. A page that continues a table repeats the table's header rows
above the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFrame, QTextTable


# A table row up to this share of a page never splits; a taller one (an economy's long update) breaks between
# its lines, the header repeated above the rest, rather than moving whole and leaving most of a page blank.
WHOLE_ROW_SHARE = 1 / 3


@dataclass(frozen=True)
class Band:
    """A horizontal strip of the long page, in document coordinates."""

    top: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class Slice:
    """One printed page: a band of the long page, and the header rows of a table it continues (if any)."""

    body: Band
    header: Band | None = None


@dataclass(frozen=True)
class _Table:
    rows: tuple[Band, ...]
    header_rows: int

    @property
    def band(self) -> Band:
        return Band(self.rows[0].top, self.rows[-1].bottom)


def _line_bands(document: QTextDocument, block: QTextBlock) -> list[Band]:
    top = document.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    return [
        Band(top + layout.lineAt(i).y(), top + layout.lineAt(i).y() + layout.lineAt(i).height())
        for i in range(layout.lineCount())
    ]


def _tables(frame: QTextFrame) -> list[QTextTable]:
    found: list[QTextTable] = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found.extend(_tables(child))
    return found


def _row_bands(document: QTextDocument, table: QTextTable) -> list[Band]:
    """Each row from half-way to the row above to half-way to the row below, borders and padding shared."""
    layout = document.documentLayout()
    contents = []
    for row in range(table.rows()):
        cells = [table.cellAt(row, column) for column in range(table.columns())]
        tops = [layout.blockBoundingRect(cell.firstCursorPosition().block()).top() for cell in cells]
        bottoms = [layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom() for cell in cells]
        contents.append(Band(min(tops), max(bottoms)))
    edges = [(above.bottom + below.top) / 2 for above, below in zip(contents, contents[1:])]
    outer = (edges[0] - contents[0].bottom) if edges else table.format().cellPadding() + table.format().border()
    edges = [contents[0].top - outer, *edges, contents[-1].bottom + outer]
    return [Band(top, bottom) for top, bottom in zip(edges, edges[1:])]


def _keep_together(document: QTextDocument, page_height: float) -> tuple[list[Band], list[_Table]]:
    """Bands no cut may pass through, and the tables with their rows."""
    tables = [_Table(tuple(_row_bands(document, t)), t.format().headerRowCount()) for t in _tables(document.rootFrame())]
    tables = [table for table in tables if table.rows]
    whole = page_height * WHOLE_ROW_SHARE
    kept: list[Band] = [row for table in tables for row in table.rows if row.height <= whole]
    for table in tables:
        if 0 < table.header_rows < len(table.rows):  # the header rows stay with the start of the first row
            first = table.rows[table.header_rows]
            kept.append(Band(table.rows[0].top, first.bottom if first.height <= whole else first.top + whole / 2))
    block = document.begin()
    while block.isValid():
        lines = _line_bands(document, block)
        kept.extend(lines)
        following = block.next()
        if lines and block.blockFormat().headingLevel() and following.isValid():
            # A heading keeps the block after it (or its first table row) with it; past a one-line note under it
            # (a section's Source: line), the first line of the text too.
            after = _line_bands(document, following)
            beyond = following.next()
            if len(after) == 1 and beyond.isValid() and not beyond.blockFormat().headingLevel():
                after += _line_bands(document, beyond)[:1]
            if QTextCursor(following).currentTable() is not None:
                after = [row for table in tables for row in table.rows if row.bottom > lines[-1].bottom][:2]
            if after and after[-1].bottom - lines[0].top <= page_height / 2:
                kept.append(Band(lines[0].top, after[-1].bottom))
        block = following
    return kept, tables


def _cut(limit: float, start: float, kept: list[Band]) -> float:
    """The lowest point at or above limit, below start, inside no kept band; limit itself when none is left."""
    cut = limit
    moved = True
    while moved:
        moved = False
        for band in kept:
            if band.top < cut < band.bottom and band.top > start:
                cut, moved = band.top, True
    return cut


def _continued(tables: list[_Table], cut: float) -> Band | None:
    """The header rows to repeat when the page starts at cut inside a table's body."""
    for table in tables:
        if table.header_rows and table.rows[table.header_rows - 1].bottom <= cut < table.band.bottom - 0.5:
            return Band(table.rows[0].top, table.rows[table.header_rows - 1].bottom)
    return None


def page_slices(document: QTextDocument, page_height: float) -> list[Slice]:
    """The document (laid out without pages, see QTextDocument.setTextWidth) cut into pages of page_height."""
    kept, tables = _keep_together(document, page_height)
    end = document.documentLayout().documentSize().height()
    slices: list[Slice] = []
    start, header = 0.0, None
    while start < end - 0.5 or not slices:
        room = page_height - (header.height if header else 0.0)
        cut = min(end, _cut(start + room, start, kept)) if start + room < end else end
        slices.append(Slice(Band(start, cut), header))
        start, header = cut, _continued(tables, cut)
    return slices
