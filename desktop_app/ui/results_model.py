"""The search results' Qt model: a thin list model over ResultRow, with one role per field the delegate draws."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.economies import registry
from desktop_app.ui.i18n import Strings
from desktop_app.ui.labels import format_date
from desktop_app.ui.search_client import ResultRow

Index = QModelIndex | QPersistentModelIndex

URL_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2
PATH_ROLE = Qt.ItemDataRole.UserRole + 3
ECONOMIES_ROLE = Qt.ItemDataRole.UserRole + 4
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 5
SCORE_ROLE = Qt.ItemDataRole.UserRole + 6
QUERY_ROLE = Qt.ItemDataRole.UserRole + 7
MARKS_ROLE = Qt.ItemDataRole.UserRole + 8
HEADING_MARKS_ROLE = Qt.ItemDataRole.UserRole + 9
MEETING_ROLE = Qt.ItemDataRole.UserRole + 10  # the meeting's short name (APEC TELWG 66), or ""
TRAIL_ROLE = Qt.ItemDataRole.UserRole + 11  # the document and the section's ancestors, joined
DATE_ROLE = Qt.ItemDataRole.UserRole + 12  # the document's date in the reader's language, or ""


FetchRows = Callable[[int], Sequence[ResultRow]]  # the rows from an offset on, one page of them


class ResultsModel(QAbstractListModel):
    """Every hit of the last search, made a page at a time as the list scrolls to its end (canFetchMore,
    fetchMore), so a query matching thousands of sections lists them all and waits only for its first page.
    The query is kept so the delegate can highlight it in snippets."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []
        self._total = 0
        self._fetch: FetchRows | None = None
        self._fetching = False
        self.query = ""
        self.lang = "zh"
        self._strings = Strings(self.lang)

    def set_results(
        self, query: str, rows: Sequence[ResultRow], total: int | None = None, fetch: FetchRows | None = None
    ) -> None:
        """The first rows of a search; total counts every match, fetch gives the rows from an offset on."""
        self.beginResetModel()
        self.query = query
        self._rows = list(rows)
        self._total = len(self._rows) if total is None or fetch is None else max(total, len(self._rows))
        self._fetch = fetch
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._fetching and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        more = list(self._fetch(len(self._rows)))[: self._total - len(self._rows)]
        if not more:  # the library changed under the search: what is listed is all there is
            self._total = len(self._rows)
            return
        self._fetching = True  # a view asked by the insert signals must not fetch the same rows again
        try:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows += more
            self.endInsertRows()
        finally:
            self._fetching = False

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._strings = Strings(lang)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def row(self, number: int) -> ResultRow:
        return self._rows[number]

    def _when(self, row: ResultRow) -> str:
        """The document's date in the reader's language, never broken across lines ("9 / May 2024")."""
        return format_date(date.fromisoformat(row.date), self._strings).replace(" ", "\u00a0") if row.date else ""

    def _where(self, row: ResultRow) -> str:
        """The hit's document and place in it, then the document's date."""
        return " · ".join(part for part in (" › ".join(row.path), self._when(row)) if part)

    def _tooltip(self, row: ResultRow) -> str:
        """Everything the row's one line of place may leave out: the meeting, the whole path and the date."""
        meeting_and_date = " · ".join(part for part in (row.meeting, self._when(row)) if part)
        return "\n".join(part for part in (" › ".join((*row.path, row.heading)), meeting_and_date) if part)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, HEADING_ROLE):
            return row.heading
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == URL_ROLE:
            return row.url
        if role == PATH_ROLE:
            return self._where(row)
        if role == ECONOMIES_ROLE:
            return [registry().name(code, self.lang) for code in row.economies]
        if role == SNIPPET_ROLE:
            return row.snippet
        if role == SCORE_ROLE:
            return row.score
        if role == QUERY_ROLE:
            return self.query
        if role == MARKS_ROLE:
            return row.marks
        if role == HEADING_MARKS_ROLE:
            return row.heading_marks
        if role == MEETING_ROLE:
            return row.meeting
        if role == TRAIL_ROLE:
            return " › ".join(row.path)
        if role == DATE_ROLE:
            return self._when(row)
        return None
