"""Print…, Print Preview, Export PDF… and Briefing page… in the File menu and the detail view's context menu, and
the search results printed or exported from the results list's menu.

Every path paints through desktop_app.render, so paper, preview and PDF show the same pages with the same header
and footer as `telref brief`. The page shown is printed as it is; Briefing page… builds an economy, meeting or
topic brief. A machine without a Chinese font gets the plain reason instead of a page of empty boxes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox

from desktop_app.briefing.blocks import Brief
from desktop_app.briefing.page import page_brief
from desktop_app.briefing.search_results import results_brief
from desktop_app.render.fonts import FontMissing, glyph_twins, require_cjk_family
from desktop_app.render.output import write_brief
from desktop_app.render.pages import page_layout
from desktop_app.render.pdf import paint_brief
from desktop_app.render.tounicode import repair_pdf
from desktop_app.ui.brief_dialog import EXPORT, BriefDialog, brief_subject

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

PathChooser = Callable[[str], "Path | None"]  # suggested file name → the path to write, None when cancelled
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')  # what Windows, macOS or Linux refuses
MAX_FILE_NAME = 200  # bytes of UTF-8: file systems take 255, and the dialog adds .pdf


def file_name_for(title: str) -> str:
    """A file name a save dialog can offer on any system for a page or brief titled so (a search for `"` or
    a/b is titled by it): characters file systems refuse become spaces, ends trimmed of spaces and dots."""
    name = " ".join(_NOT_IN_FILE_NAMES.sub(" ", title).split())
    name = name.encode()[:MAX_FILE_NAME].decode(errors="ignore").strip(" .")  # cut whole characters only
    return name or "TelRef"


class PrintActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.print_ = self._action("printAction", QKeySequence.StandardKey.Print, lambda: self.print_brief())
        self.preview = self._action("printPreviewAction", "Ctrl+Shift+P", lambda: self.open_preview())
        self.export_pdf = self._action("exportPdfAction", "Ctrl+E", lambda: self.export())
        self.brief = self._action("briefAction", "Ctrl+B", lambda: self.choose_brief())
        window.add_file_actions([self.print_, self.preview, self.export_pdf, self.brief])
        window.detail.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.detail.customContextMenuRequested.connect(self._context_menu)
        self.preview_results = self._action("printResultsAction", "", lambda: self.open_preview(self.results_brief()))
        self.export_results = self._action("exportResultsAction", "", lambda: self.export(self.results_brief()))
        window.add_file_actions([self.preview_results, self.export_results])
        window.search.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.search.view.customContextMenuRequested.connect(self._results_menu)
        self.results_shown(False)
        self.retranslate()

    def results_shown(self, shown: bool) -> None:
        """Printing the results is offered (in the File menu too) while the window shows a search's results."""
        for action in (self.preview_results, self.export_results):
            action.setEnabled(shown)

    def _action(self, name: str, shortcut: QKeySequence.StandardKey | str, run: Callable[[], object]) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(run)
        return action

    def retranslate(self) -> None:
        strings = self.window.strings
        for action, key in ((self.print_, "action_print"), (self.preview, "action_print_preview"),
                            (self.export_pdf, "action_export_pdf"), (self.brief, "action_brief"),
                            (self.preview_results, "action_print_results"),
                            (self.export_results, "action_export_results")):
            action.setText(strings(key))

    def _context_menu(self, position: QPoint) -> None:
        menu = self.window.detail.createStandardContextMenu(position)
        menu.addSeparator()
        menu.addActions([self.print_, self.preview, self.export_pdf, self.window.copy_reference.action])
        menu.exec(self.window.detail.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _results_menu(self, position: QPoint) -> None:
        """The results list's menu: its results, best first as listed, as a brief to preview and print or export."""
        view = self.window.search.view
        menu = QMenu(view)
        menu.addActions([self.preview_results, self.export_results])
        menu.exec(view.viewport().mapToGlobal(position))
        menu.deleteLater()

    # What to print

    def results_brief(self) -> Brief:
        """The search shown as a brief: its query, with the active filters and order."""
        search, window = self.window.search, self.window
        narrowing = search.narrowing()
        return results_brief(
            window.library,
            search.query,
            narrowing.economy,
            narrowing.topic,
            search.order,
            window.strings.lang,
            search.describe_scope(),
            narrowing.meeting,
            narrowing.kind,
        )

    def current_brief(self) -> Brief:
        """The page shown, with the brief's header and footer around it."""
        window = self.window
        return page_brief(window.current_page_title(), window.current_page_html(), window.strings.lang)

    def _library_name(self) -> str:
        return self.window.library.path.name

    def _stamp(self) -> str:
        return date.today().isoformat()

    # Outputs

    def export(self, brief: Brief | None = None, paper: str = "a4", choose_path: PathChooser | None = None) -> Path | None:
        """Save the brief (the page shown by default) as PDF or HTML; returns the file, None when cancelled."""
        brief = brief or self.current_brief()
        path = (choose_path or self._ask_path)(f"{file_name_for(brief.title)}.pdf")
        if path is None:
            return None
        if path.suffix.lower() not in (".pdf", ".html", ".htm"):
            path = path.with_suffix(".pdf")
        try:
            write_brief(brief, path, self._library_name(), paper)
        except (FontMissing, OSError) as error:
            self._refuse(error)
            return None
        self.window.statusBar().showMessage(self.window.strings("export_done", path=str(path)), 8000)
        return path

    def _ask_path(self, suggested: str) -> Path | None:
        strings = self.window.strings
        name, _ = QFileDialog.getSaveFileName(self.window, strings("export_dialog"), suggested, strings("export_filter"))
        return Path(name) if name else None

    def printer(self, paper: str = "a4") -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(paper))
        return printer

    def paint(self, printer: QPrinter, brief: Brief) -> int:
        """The pages onto a printer (the preview's or a real one); 0 when no Chinese font can draw them."""
        pdf_file = printer.outputFileName() if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else ""
        try:
            pages = paint_brief(printer, brief, self._library_name(), self._stamp())
        except FontMissing as error:
            self._refuse(error)
            return 0
        if pdf_file:  # "Print to file": the same text-layer repair as Export PDF…, so Chinese in it can be searched
            repair_pdf(Path(pdf_file), glyph_twins(require_cjk_family()))
        return pages

    def print_brief(self, brief: Brief | None = None, paper: str = "a4") -> None:
        brief = brief or self.current_brief()
        printer = self.printer(paper)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted.value:
            self.paint(printer, brief)

    def preview_dialog(self, brief: Brief | None = None, paper: str = "a4") -> QPrintPreviewDialog:
        """A print preview whose pages (and its Print button) come from the same painting as the PDF."""
        brief = brief or self.current_brief()
        dialog = QPrintPreviewDialog(self.window)  # its own printer: one made here would be freed by Python first
        dialog.setObjectName("printPreviewDialog")
        dialog.printer().setPageLayout(page_layout(paper))
        dialog.paintRequested.connect(lambda printer: self.paint(printer, brief))
        return dialog

    def open_preview(self, brief: Brief | None = None, paper: str = "a4") -> None:
        dialog = self.preview_dialog(brief, paper)
        dialog.exec()
        dialog.deleteLater()

    def brief_dialog(self) -> BriefDialog:
        """The Briefing page… dialog, open on the economy, meeting or topic of the page shown, if it is one."""
        dialog = BriefDialog(self.window.library, self.window.strings, self.window)
        subject = brief_subject(self.window.library, self.window.page.url)  # the page shown, not history's
        if subject is not None:
            dialog.choose(*subject)
        return dialog

    def choose_brief(self) -> None:
        """Briefing page…: pick an economy, meeting or topic, then preview and print it or export it."""
        dialog = self.brief_dialog()
        result = dialog.exec()
        brief = dialog.brief  # built by the dialog, which refuses a subject the library holds nothing on
        if result not in (QDialog.DialogCode.Accepted.value, EXPORT) or brief is None:
            return
        if result == EXPORT:
            self.export(brief, dialog.paper_size())
        else:
            self.open_preview(brief, dialog.paper_size())

    def _refuse(self, error: Exception) -> None:
        QMessageBox.warning(self.window, self.window.strings("print_failed"), str(error))
