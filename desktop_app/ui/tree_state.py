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


@dataclass(frozen=True)
class RestoredTree:
    marked: QModelIndex  # the row that was marked, in the rebuilt tree (invalid when it is gone)
    hidden: tuple[KeyPath, ...]  # rows open before that the rebuilt tree does not show (a filter hides them)


def capture_tree_state(tree: QTreeView, model: NavModel, hidden: tuple[KeyPath, ...] = ()) -> TreeState:
    """What is open, marked and at the top; hidden: rows open before a filter hid them (RestoredTree.hidden),
    kept open while the branch above them is, so clearing the filter opens them again."""
    expanded: list[KeyPath] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if tree.isExpanded(index):
                expanded.append(model.key_path(index))
                walk(index)

    walk(QModelIndex())
    open_paths = set(expanded)
    for path in sorted(hidden, key=len):  # outermost first: a hidden row under a hidden row is kept with it
        if path not in open_paths and path[:-1] in open_paths:
            expanded.append(path)
            open_paths.add(path)
    current = tree.selectionModel().currentIndex()
    top = tree.indexAt(QPoint(1, 1))
    return TreeState(
        tuple(sorted(expanded, key=len)),
        model.key_path(current) if current.isValid() else None,
        model.key_path(top) if top.isValid() else None,
    )


def restore_tree_state(tree: QTreeView, model: NavModel, state: TreeState) -> RestoredTree:
    """Open again what was open and scroll back to where the view was; returns the row that was marked, found
    in the rebuilt tree, for the window to mark again if it still shows that page, and the open rows the
    rebuilt tree does not show, for the next capture."""
    hidden: list[KeyPath] = []
    for path in state.expanded:  # outermost first
        index = model.find_key_path(path)
        if index.isValid():
            tree.expand(index)
        else:
            hidden.append(path)
    if state.top is not None:
        top = model.find_key_path(state.top)
        if top.isValid():
            tree.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)
    marked = model.find_key_path(state.current) if state.current is not None else QModelIndex()
    return RestoredTree(marked, tuple(hidden))
