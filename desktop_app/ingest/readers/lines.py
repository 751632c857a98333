"""The lines every reader writes and the parsers read: a table row's cells, a paragraph's columns.

A PDF's text keeps a table's columns apart by wide gaps. Readers that see the table itself (Word documents, web
pages) write a row as one line of its cells joined by TABLE_CELL_SEPARATOR, and a tab, by which a Word paragraph
lines up columns (a delegation's organization, name and title), as COLUMN_GAP; the parsers that read rows (a
report's cover and delegation) take either.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.ingest.line_kinds import TABLE_CELL_SEPARATOR
from desktop_app.ingest.readers.heading_labels import HeadingLabels
from desktop_app.ingest.reflow import join_wrapped

COLUMN_GAP = "  "  # the wide gap by which a PDF's text keeps columns apart


def paragraph_line(raw: str) -> str:
    """A Word paragraph as one line: whitespace runs collapsed but a tab kept as COLUMN_GAP, soft line breaks
    ("\\n") joined as a wrapped line is (no space in CJK)."""
    text = ""
    for piece in raw.split("\n"):
        text = join_wrapped(text, COLUMN_GAP.join(" ".join(part.split()) for part in piece.split("\t") if part.strip()))
    return text.strip()


def row_lines(cells: Sequence[Sequence[str]]) -> list[str]:
    """A table row, given each cell's lines: the cells' first lines joined on one line, then the further lines
    of cells that have several (a cover table's value cell), cell by cell. Empty cells are left out."""
    cells = [lines for lines in cells if lines]
    if not cells:
        return []
    return [TABLE_CELL_SEPARATOR.join(lines[0] for lines in cells), *(line for lines in cells for line in lines[1:])]


class BlockWriter:
    """Blocks from a stream of paragraphs, as formats that mark tables inline hand them over (Word 97's, RTF):
    a paragraph a block, labelled when it is a heading (heading_labels.py); a table's rows (row_lines) one
    block; a table inside a cell a line of its cells."""

    def __init__(self) -> None:
        self.headings = HeadingLabels()
        self.blocks: list[str] = []
        self.rows: list[str] = []  # the table being read
        self.cells: list[list[str]] = []  # the row being read
        self.cell: list[str] = []  # the cell being read
        self.inner_cells: list[str] = []  # the row of a table inside the cell

    def paragraph(self, line: str, in_table: bool = False, heading: int | None = None) -> None:
        """A paragraph outside any table (which ends the table before it), or one of a cell's paragraphs."""
        if in_table:
            if line:
                self.cell.append(line)
            return
        self._end_table()
        if line:
            self.blocks.append(self.headings.labelled(line, heading))

    def cell_end(self, line: str) -> None:
        """The cell's last paragraph, and the cell ends."""
        self.cells.append([*self.cell, line] if line else self.cell)
        self.cell = []

    def row_end(self) -> None:
        self.rows += row_lines(self.cells)
        self.cells = []

    def inner_cell_end(self, line: str) -> None:
        """A cell of a table inside the cell being read ends with this paragraph."""
        if line:
            self.inner_cells.append(line)

    def inner_row_end(self) -> None:
        if self.inner_cells:
            self.cell.append(TABLE_CELL_SEPARATOR.join(self.inner_cells))
        self.inner_cells = []

    def finish(self) -> list[str]:
        self._end_table()
        return self.blocks

    def _end_table(self) -> None:
        if self.cells or self.cell:
            self.rows += row_lines([*self.cells, self.cell])
            self.cells, self.cell = [], []
        if self.rows:
            self.blocks.append("\n".join(self.rows))
            self.rows = []
