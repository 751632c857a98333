"""The main window: assembles the tree, search, filters, detail view and status bar, and routes between them."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHeaderView, QLabel, QMainWindow, QMessageBox, QSplitter, QStackedWidget,
    QTreeView, QVBoxLayout, QWidget,
)

from desktop_app import __version__
from desktop_app.core import bookmarks, queries
from desktop_app.core.library import Library
from desktop_app.ingest.readers import SUFFIXES
from desktop_app.ui.actions import WindowActions
from desktop_app.ui.copy_reference_action import CopyReferenceAction
from desktop_app.ui.detail_view import DetailView
from desktop_app.ui.filters import FilterBar
from desktop_app.ui.find_bar import FindBar
from desktop_app.ui.history import History
from desktop_app.ui.i18n import Strings, library_summary
from desktop_app.ui.import_panel import ImportPanel
from desktop_app.ui.nav_model import URL_ROLE, NavModel
from desktop_app.ui.nav_nodes import NavFilter
from desktop_app.ui.pages import Page, page_exists, render
from desktop_app.ui.pages.import_summary import import_done, render_import_summary, status_counts
from desktop_app.ui.print_actions import PrintActions
from desktop_app.ui.qt_translation import apply_qt_language
from desktop_app.ui.remove_action import RemoveDocumentAction
from desktop_app.ui.search_client import SearchAnswer
from desktop_app.ui.search_panel import SearchPanel
from desktop_app.ui.settings import WindowSettings
from desktop_app.ui.tree_state import capture_tree_state, restore_tree_state
from desktop_app.ui.urls import READ_AGAIN_URL, WELCOME_URL, meeting_to_search_in, parse_url
from desktop_app.ui.window_shortcuts import ActionKeysOverField

class MainWindow(QMainWindow):
    def __init__(self, library: Library, settings: QSettings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.library = library
        self.settings = WindowSettings(settings)
        self.strings = Strings(self.settings.language)
        apply_qt_language(self.strings.lang)
        self.history = History()
        self.page = Page(WELCOME_URL, "", "")
        self.highlight_query = ""
        self._rebuilding_tree = False
        self._hidden_open_rows: tuple[tuple[str, ...], ...] = ()  # open rows a filter hides (tree_state)
        self.setAcceptDrops(True)

        self.actions_ = WindowActions(self)
        self.filters = FilterBar(self.strings, self)
        self.filters.set_current(self.settings.nav_filter, emit=False)
        self.search = SearchPanel(library, self.strings, self)
        self.search.set_filter(self.filters.current())
        self.actions_.newest_first.setChecked(self.settings.newest_first)
        self.search.set_order("newest" if self.settings.newest_first else "relevance")
        toolbar = self.actions_.toolbar
        toolbar.addWidget(self.search.box)
        toolbar.addWidget(self.filters)
        toolbar.addAction(self.actions_.newest_first)
        toolbar.addSeparator()
        toolbar.addAction(self.actions_.bookmark)
        self.addToolBar(toolbar)

        self.nav_model = NavModel(library, self.strings, self.filters.current(), self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("navTree")
        self.tree.setModel(self.nav_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.left = QStackedWidget(self)
        self.left.addWidget(self.tree)
        self.left.addWidget(self.search.page)
        self.search.order_tabs(self.filters.clear_button, self.tree)

        self.detail = DetailView(self)
        self.find_bar = FindBar(self.detail, self.strings, self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.find_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 900])
        self.setCentralWidget(self.splitter)

        self.library_label = QLabel(self)
        self.library_label.setObjectName("librarySize")
        self.filter_label = QLabel(self)
        self.filter_label.setObjectName("filterStatus")
        self.import_panel = ImportPanel(library.path, self.strings, self._import_finished, self)
        self._importing_samples = False
        self.skipped_paths: list[Path] = []  # what the last import skipped, for reading again
        self.statusBar().addWidget(self.library_label)
        self.statusBar().addWidget(self.filter_label)
        self.statusBar().addPermanentWidget(self.import_panel)

        self._connect()
        self.print_actions = PrintActions(self)
        self.copy_reference = CopyReferenceAction(self)
        self.remove_action = RemoveDocumentAction(self)
        self._keys_over_search_box = ActionKeysOverField(self.search.box, self._actions_over_text_fields())
        self._restore_layout()
        self.retranslate()
        last = self.settings.last_url  # a page gone since (removed by the command line) opens the welcome page
        self.open_url(last if last and parse_url(last) and self._page_still_exists(last) else WELCOME_URL)

    def _connect(self) -> None:
        a = self.actions_
        a.import_files.triggered.connect(self.choose_files)
        a.import_folder.triggered.connect(self.choose_folder)
        a.quit.triggered.connect(self.close)
        a.back.triggered.connect(self.go_back)
        a.forward.triggered.connect(self.go_forward)
        a.home.triggered.connect(lambda: self.open_url(WELCOME_URL))
        a.previous_section.triggered.connect(lambda: self._open_neighbour(self.page.previous_url))
        a.next_section.triggered.connect(lambda: self._open_neighbour(self.page.next_url))
        a.find.triggered.connect(self.find_bar.open_bar)
        a.search.triggered.connect(self.search.focus)
        a.bookmark.triggered.connect(self.toggle_bookmark)
        a.clear_filters.triggered.connect(self.filters.clear)
        a.newest_first.toggled.connect(self.set_newest_first)
        a.about.triggered.connect(self.show_about)
        a.language_group.triggered.connect(lambda act: self.set_language(act.data()))
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.tree.activated.connect(self._tree_current_changed)
        self.tree.clicked.connect(self._tree_current_changed)  # the marked row too, after another page was shown
        self.detail.anchorClicked.connect(self._link_clicked)
        self.filters.changed.connect(self.apply_filter)
        self.search.on_results = self._show_results
        self.search.on_waiting = self._show_search_loading
        self.search.on_open = lambda url, query: self.open_url(url, highlight=query)
        self.search.on_clear_filters = self.filters.clear
        self.search.describe_filters = self.filters.describe
        self.search.box.escaped.connect(self.leave_search)
        self.search.view.escaped.connect(self.leave_search)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.detail, context=Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self._escape_in_page)
        self.search.view.activated_row.connect(self.search.open_index)
        self.search.view.doubleClicked.connect(self.search.open_index)

    # Pages and history

    def open_url(self, url: str, record: bool = True, highlight: str = "") -> None:
        """Show the page an address names; links, the tree, results, history and bookmarks all come here."""
        self.page = render(self.library, url, self.strings)
        self.highlight_query = highlight
        self.detail.setHtml(self.page.html)
        self.detail.highlight(highlight)
        if record:
            self.history.visit(url)
        self.settings.last_url = url
        self._update_navigation()
        self._mark_in_tree(url)

    def _mark_in_tree(self, url: str, preferred: QModelIndex = QModelIndex()) -> None:
        """The tree marks the page shown where it lists it (among its loaded rows), and nothing where it does
        not: a mark left on the page before made a click on that row open nothing. A page listed twice (a
        section under its topic and its document) stays marked on the row the reader chose."""
        selection = self.tree.selectionModel()
        for candidate in (preferred, selection.currentIndex()):
            if candidate.isValid() and candidate.siblingAtColumn(0).data(URL_ROLE) == url:
                index = candidate.siblingAtColumn(0)
                break
        else:
            index = self.nav_model.find_url(url)
        if not index.isValid():
            selection.clear()
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        selection.setCurrentIndex(index, flags)  # the page is shown already: _tree_current_changed opens nothing
        self.tree.scrollTo(index)

    def _rebuild_tree(self, rebuild: Callable[[], None]) -> None:
        """Rebuild (part of) the tree, keeping the branches the reader opened, the scroll position and the
        marked row: the rebuilt rows are found again by their stable keys."""
        state = capture_tree_state(self.tree, self.nav_model, self._hidden_open_rows)
        self._rebuilding_tree = True  # rows going move the current row: that opens no page
        try:
            rebuild()
            restored = restore_tree_state(self.tree, self.nav_model, state)
        finally:
            self._rebuilding_tree = False
        self._hidden_open_rows = restored.hidden  # open again when a filter cleared shows them
        self._mark_in_tree(self.page.url, restored.marked)

    def current_page_html(self) -> str:
        """The page as shown (self-contained HTML), for printing and PDF export."""
        return self.page.html

    def current_page_title(self) -> str:
        return self.page.title

    def current_url(self) -> str:
        return self.history.current or WELCOME_URL

    def go_back(self) -> None:
        url = self.history.back()
        if url:
            self.open_url(url, record=False)

    def go_forward(self) -> None:
        url = self.history.forward()
        if url:
            self.open_url(url, record=False)

    def _open_neighbour(self, url: str | None) -> None:
        if url:
            self.open_url(url)

    def _update_navigation(self) -> None:
        self.actions_.back.setEnabled(self.history.can_go_back())
        self.actions_.forward.setEnabled(self.history.can_go_forward())
        self.actions_.previous_section.setEnabled(self.page.previous_url is not None)
        self.actions_.next_section.setEnabled(self.page.next_url is not None)
        self.remove_action.update()
        self.copy_reference.update()
        shown = self._page_is_bookmarkable()
        self.actions_.bookmark.setEnabled(shown)
        self.actions_.bookmark.setChecked(shown and bookmarks.is_bookmarked(self.library, self.page.url))
        self.setWindowTitle(f"{self.page.title} — TelRef" if self.page.title else self.strings("app_title"))

    def _link_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if parse_url(text) is not None:
            self.open_url(text)
        elif (meeting_id := meeting_to_search_in(text)) is not None:
            self.search.search_in_meeting(meeting_id)
        elif text == READ_AGAIN_URL:
            self.read_skipped_again()

    def _tree_current_changed(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        url = index.siblingAtColumn(0).data(URL_ROLE) if index.isValid() else None
        # not the page shown (which the import summary is not, though history's), nor a row moved by a rebuild
        if url and url != self.page.url and not self._rebuilding_tree:
            self.open_url(url)

    # Search and filters

    def _show_results(self, answer: SearchAnswer | None) -> None:
        """Results replace the tree while there is query text; the status bar keeps their count (every match,
        all of them listed as the list scrolls) until the search is left."""
        self.left.setCurrentWidget(self.search.page if answer is not None else self.tree)
        self.print_actions.results_shown(answer is not None)
        if answer is None:
            self.statusBar().clearMessage()
        else:
            self._show_results_count()

    def _show_search_loading(self) -> None:
        """A search typed while search loads: the results list, empty, and a word of why until it runs."""
        self.left.setCurrentWidget(self.search.page)
        self.statusBar().showMessage(self.strings("status_search_loading"))

    def _show_results_count(self) -> None:
        self.statusBar().showMessage(self.strings("status_results", count=self.search.model.total))

    def _escape_in_page(self) -> None:
        """Esc in the page read leaves search too, as it does from the search box and the results."""
        if self.left.currentWidget() is self.search.page:
            self.leave_search()

    def leave_search(self) -> None:
        """Esc: back to browsing the tree."""
        self.search.clear()
        self.left.setCurrentWidget(self.tree)
        self.print_actions.results_shown(False)
        self.statusBar().clearMessage()
        self.tree.setFocus()

    def set_newest_first(self, newest: bool) -> None:
        """Search results newest documents first, or best first; remembered for the next start."""
        self.settings.newest_first = newest
        self.search.set_order("newest" if newest else "relevance")

    def apply_filter(self, nav_filter: NavFilter) -> None:
        self.settings.nav_filter = nav_filter
        self._rebuild_tree(lambda: self.nav_model.set_filter(nav_filter))
        self.search.set_filter(nav_filter)
        self._update_status()

    # Bookmarks

    def _page_is_bookmarkable(self) -> bool:
        """A page of the library is shown: not the import summary, nor a page that names nothing."""
        return self.page.found and parse_url(self.page.url) is not None

    def toggle_bookmark(self) -> None:
        url = self.page.url
        if not self._page_is_bookmarkable():
            return
        if bookmarks.is_bookmarked(self.library, url):
            bookmarks.remove_bookmark(self.library, url)
            message = self.strings("bookmark_removed")
        else:
            bookmarks.add_bookmark(self.library, url, self.page.title)
            message = self.strings("bookmark_added")
        self._rebuild_tree(self.nav_model.refresh_bookmarks)
        self._update_navigation()
        self.statusBar().showMessage(message, 3000)

    # Language

    def set_language(self, lang: str) -> None:
        self.strings = Strings(lang)
        self.settings.language = self.strings.lang
        apply_qt_language(self.strings.lang)
        self.retranslate()
        self._rebuild_tree(lambda: self.nav_model.reload(strings=self.strings))
        self.open_url(self.current_url(), record=False, highlight=self.highlight_query)

    def retranslate(self) -> None:
        self.actions_.retranslate(self.strings)
        self.print_actions.retranslate()
        self.remove_action.retranslate()
        self.copy_reference.retranslate()
        self.filters.retranslate(self.strings)
        self.search.retranslate(self.strings)
        self.find_bar.retranslate(self.strings)
        self.import_panel.retranslate(self.strings)
        self.statusBar().clearMessage()  # a passing message in the old language would linger for seconds
        if self.left.currentWidget() is self.search.page:
            self._show_results_count()
        self._update_status()

    def _update_status(self) -> None:
        self.library_label.setText(library_summary(self.strings, queries.library_stats(self.library)))
        described = self.filters.describe()
        self.filter_label.setText(self.strings("filter_active", filters=described) if described else "")

    def show_about(self) -> None:
        QMessageBox.about(self, self.strings("action_about"), self.strings("about_text", version=__version__))

    # Import

    def add_file_actions(self, actions: list[QAction]) -> None:
        """Slot for Print…, Print Preview and Export PDF…: inserted in the File menu above Quit."""
        self.actions_.file_menu.insertActions(self.actions_.print_slot, actions)

    @property
    def file_menu(self):
        return self.actions_.file_menu

    def choose_files(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in SUFFIXES)
        files, _ = QFileDialog.getOpenFileNames(
            self, self.strings("import_dialog_files"), "", self.strings("import_filter", patterns=patterns)
        )
        self.import_paths([Path(name) for name in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.strings("import_dialog_folder"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> bool:
        """Import now, or after the import running (the status bar says it waits); False for no files."""
        return self._start_import(paths)

    def _start_import(self, paths: list[Path], refresh: bool = False) -> bool:
        waits = self.import_panel.running
        started = self.import_panel.start(paths, refresh)
        if started and waits:
            self.statusBar().showMessage(self.strings("status_import_queued"), 8000)
        return started

    def _actions_over_text_fields(self) -> list[QAction]:
        """The window's shortcuts that must work with the cursor in the search box too."""
        a, p = self.actions_, self.print_actions
        return [p.export_pdf, p.print_, p.preview, p.brief, a.bookmark, a.newest_first, a.import_files, a.import_folder]

    def import_samples(self) -> bool:
        """The first start's import of the bundled seeds; quitting lets it finish (it takes a second or two),
        so a library is never left without the samples its first start promised."""
        from desktop_app.core.resources import seed_files

        waits = self.import_panel.running
        started = self.import_paths(seed_files())
        self._importing_samples = started and not waits
        return started

    def _library_changed(self) -> None:
        """Documents came or went: the tree, the counts and the shown results are read again, and bookmarks,
        Back and Forward and the page the next start opens forget pages that went (a removed document's, a
        section a new reading of its document no longer has), which would open "this page no longer exists"."""
        self._forget_pages_gone()
        self._rebuild_tree(self.nav_model.reload)
        self._update_status()
        self.search.library_changed()
        self._update_navigation()

    def _forget_pages_gone(self) -> None:
        exists = functools.cache(self._page_still_exists)  # the page shown is often bookmarked, in history and last
        for mark in bookmarks.list_bookmarks(self.library):
            if not exists(mark.target):
                bookmarks.remove_bookmark(self.library, mark.target)
        self.history.forget(exists)
        if not exists(self.settings.last_url or WELCOME_URL):
            self.settings.last_url = WELCOME_URL

    def _page_still_exists(self, url: str) -> bool:
        """Whether a visited page is still there: only pages of one document, meeting or person can go (an
        economy's or a topic's page stays, and is slow to build on a large library)."""
        address = parse_url(url)
        return address is None or address.number is None or page_exists(self.library, url)

    def document_removed(self, title: str) -> None:
        """After File › Remove document…: the tree, counts, results, page and bookmarks no longer show it (a
        bookmark of its meeting or a section of it would open "this page no longer exists")."""
        self.open_url(WELCOME_URL)  # first: the removed page, left behind it, is forgotten with the others
        self._library_changed()
        self.statusBar().showMessage(self.strings("status_document_removed", title=title), 8000)

    def _import_finished(self, lines: list, cancelled: bool, dropped: Sequence[Path] = ()) -> None:
        """An import of the queue is over: lines are every file the queue has imported so far (one summary of
        it all), dropped what a cancel kept from starting."""
        self._importing_samples = False  # the samples' import, when it ran, is over; a waiting one is not theirs
        summary = render_import_summary(lines, cancelled, self.strings, dropped)
        self.page = summary
        self.skipped_paths = [line.path for line in lines if line.status == "skipped" and line.path]
        self.detail.setHtml(summary.html)
        self.statusBar().showMessage(import_done(status_counts(lines), self.strings, cancelled), 8000)
        self._library_changed()  # it ends by updating the title, File and the toolbar: the summary's now

    def read_skipped_again(self) -> bool:
        """The import summary's link: the files the last import skipped (already in the library), read again
        with this importer, replacing what was extracted from them."""
        return self._start_import(self.skipped_paths, refresh=True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and self.import_paths(paths):
            event.acceptProposedAction()

    # Layout persistence

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        splitter = self.settings.splitter_state()
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def finish_import(self) -> None:
        """Stop a running import at its next file and wait for it, so no thread outlives the window."""
        self.import_panel.waiting.clear()  # none starts after the window closes
        if not self._importing_samples:
            self.import_panel.cancel()
        self.import_panel.wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.finish_import()
        self.settings.save_layout(self.saveGeometry(), self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
