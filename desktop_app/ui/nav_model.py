"""The navigation tree's Qt model: a thin QAbstractItemModel over NavNode rows, children fetched on expansion.

Column 0 is the label (with its qtawesome icon), column 1 the count beside it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon

from desktop_app.core.library import Library
from desktop_app.ui.i18n import Strings
from desktop_app.ui.nav_nodes import NavBuilder, NavFilter, NavNode

Index = QModelIndex | QPersistentModelIndex

URL_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3

COUNT_COLOR = QColor("#829ab1")
ICON_COLOR = "#486581"


class NavModel(QAbstractItemModel):
    """Meetings, economies, topics, people, documents and bookmarks of one library."""

    def __init__(self, library: Library, strings: Strings, nav_filter: NavFilter | None = None, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.strings = strings
        self.nav_filter = nav_filter or NavFilter()
        self._root = NavNode("root", "")
        self._icons: dict[str, QIcon] = {}
        self._build()

    def _build(self) -> None:
        self._root = NavNode("root", "", loader=NavBuilder(self.library, self.strings, self.nav_filter).roots)
        self._root.load()

    def reload(self, strings: Strings | None = None, nav_filter: NavFilter | None = None) -> None:
        """Rebuild from the library (after an import, a language switch or a new filter)."""
        self.beginResetModel()
        if strings is not None:
            self.strings = strings
        if nav_filter is not None:
            self.nav_filter = nav_filter
        self._build()
        self.endResetModel()

    def node(self, index: Index) -> NavNode:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= self.columnCount(parent) or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self.node(parent).children or []
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        grandparent = parent.parent or self._root
        return self.createIndex((grandparent.children or []).index(parent), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children or [])

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 2

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        return self.node(parent).may_have_children()

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self.node(parent)
        return node.children is None and node.loader is not None

    def fetchMore(self, parent: Index) -> None:
        node = self.node(parent)
        if node.children is not None:
            return
        children = node.loader() if node.loader else []
        if not children:
            node.children = []
            return
        self.beginInsertRows(parent, 0, len(children) - 1)
        node.children = children
        for child in children:
            child.parent = node
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if index.column() == 1:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(node.count) if node.count is not None else ""
            if role == Qt.ItemDataRole.ForegroundRole:
                return COUNT_COLOR
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label if index.column() == 0 else None
        if role == Qt.ItemDataRole.ToolTipRole:
            label = "\n".join(part for part in (node.label, node.detail) if part) if index.column() == 0 else ""
            return "\n".join(part for part in (label, self.count_hint(node)) if part)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return self._icon(node.icon)
        if role == URL_ROLE:
            return node.url
        if role == KIND_ROLE:
            return node.kind
        if role == COUNT_ROLE:
            return node.count
        return None

    def count_hint(self, node: NavNode) -> str:
        """What the number beside a row counts, in words ("12 agenda sessions"): an economy's number is the
        sections that mention it, a person's their meeting roles, which the bare number does not say."""
        if node.count is None or not node.counts:
            return ""
        return self.strings(f"count_{node.counts}", count=node.count)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _icon(self, name: str) -> QIcon:
        """qtawesome icons are drawn once per name (qtawesome is imported on first use, after start-up)."""
        icon = self._icons.get(name)
        if icon is None:
            import qtawesome

            icon = qtawesome.icon(name, color=ICON_COLOR)
            self._icons[name] = icon
        return icon

    def find_url(self, url: str, parent: QModelIndex = QModelIndex(), depth: int = 3) -> QModelIndex:
        """The first loaded row showing url, searching loaded rows only (never loads a branch to look)."""
        for row in range(self.rowCount(parent)):
            index = self.index(row, 0, parent)
            if self.node(index).url == url:
                return index
            if depth > 0:
                found = self.find_url(url, index, depth - 1)
                if found.isValid():
                    return found
        return QModelIndex()
