"""The lines every reader writes and the parsers read: a table row's cells, a paragraph's columns.

A PDF's text keeps a table's columns apart by wide gaps. Readers that see the table itself (Word documents, web
pages) write a row as one line of its cells joined by TABLE_CELL_SEPARATOR, and a tab, by which a Word paragraph
lines up columns (a delegation's organization, name and title), as COLUMN_GAP; the parsers that read rows (a
report's cover and delegation) take either.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.ingest.reflow import join_wrapped

TABLE_CELL_SEPARATOR = " | "
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
