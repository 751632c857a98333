"""What the reader had open in the navigation tree, kept across a rebuild of its model.

The tree is built again after a filter change, a language switch, an import or a removal; without this every
branch the reader had opened closed and the list jumped to the top. Rows are remembered by their key paths
(NavModel.key_path), which name the same rows in the rebuilt tree whatever its language or counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from desktop_app.ui.nav_model import KeyPath, NavModel


@dataclass(frozen=True)
class TreeState:
    expanded: tuple[KeyPath, ...]
    current: KeyPath | None  # the marked row
    top: KeyPath | None  # the row at the top of the view: scrolled there again


def capture_tree_state(tree: QTreeView, model: NavModel) -> TreeState:
    expanded: list[KeyPath] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if tree.isExpanded(index):
                expanded.append(model.key_path(index))
                walk(index)

    walk(QModelIndex())
    current = tree.selectionModel().currentIndex()
    top = tree.indexAt(QPoint(1, 1))
    return TreeState(
        tuple(expanded),
        model.key_path(current) if current.isValid() else None,
        model.key_path(top) if top.isValid() else None,
    )


def restore_tree_state(tree: QTreeView, model: NavModel, state: TreeState) -> QModelIndex:
    """Open again what was open and scroll back to where the view was; returns the row that was marked, found
    in the rebuilt tree (invalid when it is gone), for the window to mark again if it still shows that page."""
    for path in state.expanded:  # outermost first, as captured
        index = model.find_key_path(path)
        if index.isValid():
            tree.expand(index)
    if state.top is not None:
        top = model.find_key_path(state.top)
        if top.isValid():
            tree.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)
    return model.find_key_path(state.current) if state.current is not None else QModelIndex()
