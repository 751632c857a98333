"""What a brief is made of: a title block and a list of simple blocks that any output (HTML, PDF, print) lays out.

Builders (economy.py, meeting.py, topic.py) fill these from the library; html.py turns them into markup. Keeping
content apart from markup lets the window, the command line and the tests share one description of each page.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2  # 2 for a part of the brief, 3 for a group inside it


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Note:
    """A muted remark, e.g. that the library holds nothing for a part yet."""

    text: str


@dataclass(frozen=True)
class Facts:
    """Label/value rows (dates, place, chair) shown as a two-column table."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] = ()  # column widths in percent; empty lets the layout decide

    def without_empty_columns(self) -> Table:
        """The table without the columns no row fills (an agenda's dates and times when the report gives
        none), the others widened to keep the table's width."""
        kept = [i for i in range(len(self.headers)) if any(row[i].strip() for row in self.rows)]
        if len(kept) == len(self.headers) or not kept:
            return self
        widths = ()
        if self.widths:
            total = sum(self.widths[i] for i in kept)
            widths = tuple(round(self.widths[i] * sum(self.widths) / total) for i in kept)
        rows = tuple(tuple(row[i] for i in kept) for row in self.rows)
        return Table(tuple(self.headers[i] for i in kept), rows, widths)


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class RawHtml:
    """Markup made elsewhere (the window's current page), printed as it is."""

    html: str


Block = Heading | Paragraph | Note | Facts | Table | BulletList | RawHtml


@dataclass
class Brief:
    kind: str  # economy | meeting | topic | page
    title: str
    lang: str = "zh"
    subtitle: str = ""
    blocks: list[Block] = field(default_factory=list)
    empty: bool = False  # the library holds nothing on the subject: a page saying so is not worth printing

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)
