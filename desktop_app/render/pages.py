"""Paper, margins and the header/footer bands of a printed brief."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(18, 12, 18, 12)  # left, top, right, bottom: the bands below sit inside them
HEADER_MM = 11.0
FOOTER_MM = 10.0


def page_layout(paper: str = "a4") -> QPageLayout:
    """Portrait A4 (default) or Letter with TelRef's margins."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    return QPageLayout(
        QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


@dataclass(frozen=True)
class Furniture:
    """The words around every page: the brief's title and the library above, page number and date below."""

    title: str
    library: str
    printed_on: str
    page_of: str  # with {page} and {pages}
