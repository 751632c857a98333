"""File › Copy reference: one line citing the shown section, document, meeting, session or update, put on the
clipboard for the reader's own notes and reports (the page builds the line: Page.reference)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from desktop_app.ui.page_action import PageAction

if TYPE_CHECKING:
    from desktop_app.ui.pages import Page


class CopyReferenceAction(PageAction):
    object_name = "copyReferenceAction"
    text_key = "action_copy_reference"
    shortcut = "Ctrl+Shift+C"

    def applies(self, page: Page) -> bool:
        """On pages that cite something (not on the welcome, economy, topic or person pages)."""
        return bool(page.reference)

    def run(self) -> str:
        """Copy the shown page's reference and say so in the status bar; the line copied ("" when none)."""
        line = self.window.page.reference
        if line:
            QGuiApplication.clipboard().setText(line)
            self.window.statusBar().showMessage(self.window.strings("reference_copied", reference=line), 5000)
        return line
