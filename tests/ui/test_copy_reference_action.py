"""File › Copy reference in the real window: the shown page's citation line goes to the clipboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.core import queries
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.urls import page_url


def test_copy_reference_puts_the_shown_section_s_reference_on_the_clipboard(qtbot, window: MainWindow) -> None:
    copy = window.copy_reference
    assert not copy.action.isEnabled()  # the welcome page cites nothing
    report = next(document for document in queries.documents(window.library) if document.kind == "trip_report")
    section = queries.document(window.library, report.id).sections[3]
    window.open_url(page_url("section", section.id))
    names = [action.objectName() for action in window.file_menu.actions()]
    assert copy.action.isEnabled() and names.index("briefAction") < names.index("copyReferenceAction") < names.index("quitAction")
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window.detail, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    copied = QGuiApplication.clipboard().text()
    assert copied == window.page.reference and f"《{report.title}》" in copied
    assert window.statusBar().currentMessage() == window.strings("reference_copied", reference=copied)
