"""The window's look: one Qt stylesheet and the CJK-first font, applied to the application."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

UI_FONT_FAMILIES = ["Noto Sans CJK TC", "Noto Sans TC", "Microsoft JhengHei UI", "PingFang TC", "Noto Sans"]

STYLESHEET = """
QMainWindow, QWidget#centralPane { background: #f5f7fa; }
QToolBar { background: #ffffff; border: none; border-bottom: 1px solid #d9e2ec; padding: 4px 6px; spacing: 6px; }
QToolBar QToolButton { padding: 4px 6px; border-radius: 4px; }
QToolBar QToolButton:hover { background: #e6f0fa; }
QToolBar QToolButton:checked { background: #fff3c4; }
QLineEdit#searchBox { padding: 5px 10px; border: 1px solid #bcccdc; border-radius: 14px; background: #ffffff;
                      min-width: 240px; }
QLineEdit#searchBox:focus { border: 1px solid #0b5cad; }
QComboBox { padding: 3px 8px; border: 1px solid #bcccdc; border-radius: 4px; background: #ffffff; }
QComboBox[active="true"] { border: 1px solid #0b5cad; background: #e6f0fa; color: #0b4f8a; font-weight: 600; }
QComboBox QAbstractItemView { background: #ffffff; color: #102a43; selection-background-color: #d6e6f7;
                              selection-color: #102a43; outline: none; }
QTreeView#navTree, QListView#resultsView { background: #ffffff; border: none; border-right: 1px solid #d9e2ec; }
QTreeView#navTree::item { padding: 3px 2px; }
QTreeView#navTree::item:selected, QListView#resultsView::item:selected { background: #d6e6f7; color: #102a43; }
QTextBrowser#detailView { background: #ffffff; border: none; }
QWidget#findBar { background: #f0f4f8; border-top: 1px solid #d9e2ec; }
QLabel#findStatus { color: #9f3a38; }
QStatusBar { background: #ffffff; border-top: 1px solid #d9e2ec; color: #486581; }
QSplitter::handle { background: #d9e2ec; }
QProgressBar { border: 1px solid #bcccdc; border-radius: 3px; background: #ffffff; text-align: center; max-height: 14px; }
QProgressBar::chunk { background: #0b5cad; }
QToolButton#clearFilters { border: none; color: #9f3a38; }
"""


def apply_style(app: QApplication) -> None:
    font = QFont()
    font.setFamilies(UI_FONT_FAMILIES)
    font.setPointSize(10)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
