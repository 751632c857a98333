"""The navigation tree's Qt model: a thin QAbstractItemModel over NavNode rows, children fetched on expansion.

Column 0 is the label (with its qtawesome icon), column 1 the count beside it. Rows are named across rebuilds by
key paths (each node's `stable_key` from the top), by which the window opens and marks them again.

An index names its node by the node's serial, looked up among the nodes alive, not by a pointer: a rebuild frees
the nodes it replaces, and an index kept across it (a test's, a queued signal's) read freed memory and crashed
the process. Such an index now names no row.
"""

from __future__ import annotations

import weakref
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon

from desktop_app.core.library import Library
from desktop_app.ui.i18n import Strings
from desktop_app.ui.nav_nodes import FILTERED_BY, NavBuilder, NavFilter, NavNode

Index = QModelIndex | QPersistentModelIndex
KeyPath = tuple[str, ...]

URL_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3

COUNT_COLOR = QColor("#829ab1")
ICON_COLOR = "#486581"


_GONE = NavNode("gone", "")  # what an index of a replaced row names: no url, no children


class NavModel(QAbstractItemModel):
    """Meetings, economies, topics, people, documents and bookmarks of one library."""

    def __init__(self, library: Library, strings: Strings, nav_filter: NavFilter | None = None, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.strings = strings
        self.nav_filter = nav_filter or NavFilter()
        self._root = NavNode("root", "")
        self._alive: weakref.WeakValueDictionary[int, NavNode] = weakref.WeakValueDictionary()
        self._icons: dict[str, QIcon] = {}
        self._build()

    def _build(self) -> None:
        self._root = NavNode("root", "", loader=NavBuilder(self.library, self.strings, self.nav_filter).roots)
        self._root.load()

    def reload(self, strings: Strings | None = None, nav_filter: NavFilter | None = None) -> None:
        """Rebuild everything from the library (after an import, a removal or a language switch)."""
        self.beginResetModel()
        if strings is not None:
            self.strings = strings
        if nav_filter is not None:
            self.nav_filter = nav_filter
        self._build()
        self.endResetModel()

    def set_filter(self, nav_filter: NavFilter) -> None:
        """Narrow the tree: only the branches the changed part of the filter narrows are built again (a topic
        leaves the people, and any filter the bookmarks, as they were)."""
        changed = self.nav_filter.changed_parts(nav_filter)
        self.nav_filter = nav_filter
        self.rebuild_branches({kind for kind, parts in FILTERED_BY.items() if parts & changed})

    def refresh_bookmarks(self) -> None:
        """A bookmark came or went: only the bookmarks branch is read again."""
        self.rebuild_branches({"bookmarks"})

    def rebuild_branches(self, kinds: set[str]) -> None:
        """Build the named top-level branches again in place: their rows stay (so does the view's state of every
        other branch); their children go, and come back at once where they had been loaded."""
        builder = NavBuilder(self.library, self.strings, self.nav_filter)
        for row, branch in enumerate(self._root.children or []):
            if branch.kind not in kinds:
                continue
            index = self.index(row, 0)
            had_children = branch.children is not None
            if branch.children:
                self.beginRemoveRows(index, 0, len(branch.children) - 1)
                branch.children = None
                self.endRemoveRows()
            fresh = builder.branch(branch.kind)
            branch.label, branch.url, branch.count, branch.counts = fresh.label, fresh.url, fresh.count, fresh.counts
            branch.detail, branch.key, branch.loader, branch.children = fresh.detail, fresh.key, fresh.loader, None
            self.dataChanged.emit(index, self.index(row, 1))
            if had_children:
                self.fetchMore(index)

    def node(self, index: Index) -> NavNode:
        """The index's node; the root for no index, and a row of nothing for an index whose node a rebuild
        replaced."""
        if not index.isValid():
            return self._root
        return self._alive.get(index.internalId()) or _GONE

    def _index_of(self, row: int, column: int, node: NavNode) -> QModelIndex:
        self._alive[node.serial] = node
        return self.createIndex(row, column, node.serial)

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        if not index.isValid() or index.internalId() not in self._alive:
            return QModelIndex()
        return self.index(row, column, self.parent(index))

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= self.columnCount(parent) or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self.node(parent).children or []
        if row >= len(children):
            return QModelIndex()
        return self._index_of(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        grandparent = parent.parent or self._root
        return self._index_of((grandparent.children or []).index(parent), 0, parent)

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

    def key_path(self, index: Index) -> KeyPath:
        """The row's name that outlives a rebuild: its and its ancestors' stable keys, outermost first."""
        path: list[str] = []
        node: NavNode | None = self.node(index)
        while node is not None and node is not self._root:
            path.append(node.stable_key)
            node = node.parent
        return tuple(reversed(path))

    def find_key_path(self, path: KeyPath) -> QModelIndex:
        """The row a key path names, loading the branches on the way (they were open when it was taken); invalid
        when the rebuilt tree no longer has it."""
        index = QModelIndex()
        for key in path:
            if self.canFetchMore(index):
                self.fetchMore(index)
            children = self.node(index).children or []
            row = next((row for row, child in enumerate(children) if child.stable_key == key), None)
            if row is None:
                return QModelIndex()
            index = self.index(row, 0, index)
        return index

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
