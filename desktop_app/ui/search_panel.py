"""Search as you type: the search box, a debounce timer, and the results list it fills."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QVBoxLayout, QWidget

from desktop_app.core.library import Library
from desktop_app.ui.empty_results import EmptyResults
from desktop_app.ui.i18n import Strings
from desktop_app.ui.nav_nodes import NavFilter
from desktop_app.ui.results_delegate import ResultDelegate
from desktop_app.ui.results_model import URL_ROLE, ResultsModel
from desktop_app.ui.search_client import Narrowing, SearchClient
from desktop_app.ui.search_preload import SearchPreload
from desktop_app.ui.search_scope import ScopeBar, SearchScope

DEBOUNCE_MS = 250


class SearchBox(QLineEdit):
    """Esc leaves search; Down moves into the results; Enter opens the first (or current) result."""

    escaped = Signal()
    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class ResultsView(QListView):
    """Enter opens the current hit; Esc goes back to browsing."""

    activated_row = Signal(QModelIndex)
    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class SearchPanel:
    """Owns the search box, the results page (the scope bar over the results view) and model; tells the window
    when to show results or the tree."""

    def __init__(self, library: Library, strings: Strings, parent: QWidget) -> None:
        self.client = SearchClient(library)
        self.preload = SearchPreload(self.client, parent)  # started by the app once the window is shown
        self.preload.prepared.connect(self._run_waiting)
        self._waiting = False  # a search typed while search loaded, run once it has
        self.box = SearchBox(parent)
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.model = ResultsModel(parent)
        self.view = ResultsView(parent)
        self.view.setObjectName("resultsView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ResultDelegate(self.view))
        self.view.setUniformItemSizes(True)  # rows of one height (the delegate's): a page fetched measures no row
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scope_bar = ScopeBar(library, strings, parent)
        self.scope_bar.changed.connect(self._scope_changed)
        self.page = QWidget(parent)
        self.page.setObjectName("resultsPage")
        page_layout = QVBoxLayout(self.page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(self.scope_bar)
        page_layout.addWidget(self.view, 1)
        self._order_page_tabs()
        self.timer = QTimer(parent)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _text: self.timer.start())
        self.box.down.connect(self.focus_results)
        self.box.returnPressed.connect(self.open_current)
        self.nav_filter = NavFilter()
        self.order = "relevance"
        self.on_results = lambda answer: None
        self.on_waiting = lambda: None
        self.on_open = lambda url, query: None
        self.on_clear_filters = lambda: None
        self.describe_filters = lambda: ""  # the active filters in words, for the empty-results message
        self.empty = EmptyResults(self.view.viewport(), self._search_for, self._clear_filters)
        self.retranslate(strings)

    def retranslate(self, strings: Strings) -> None:
        self.strings = strings
        self.scope_bar.retranslate(strings)
        self._show_scope_in_box()
        self.model.set_language(strings.lang)
        if self.empty.isVisible() and self.query:
            self._say_why_empty(self.query)

    @property
    def query(self) -> str:
        return self.box.text().strip()

    def set_filter(self, nav_filter: NavFilter) -> None:
        self.nav_filter = nav_filter
        if self.query:
            self.run()

    @property
    def scope(self) -> SearchScope:
        """The meeting and kind of document the search is narrowed to: the scope bar's choice."""
        return self.scope_bar.current()

    def _scope_changed(self, _scope: SearchScope) -> None:
        """The scope bar's choice changed: the box names it, and a shown search runs again."""
        self._show_scope_in_box()
        if self.query:
            self.run()

    def _show_scope_in_box(self) -> None:
        """The empty box names the scope, which stays while the results (and the bar over them) are hidden."""
        scope = self.scope_bar.describe()
        self.box.setPlaceholderText(
            self.strings("search_placeholder_scoped", scope=scope) if scope else self.strings("search_placeholder")
        )

    def order_tabs(self, before: QWidget, after: QWidget) -> None:
        """Put the results page in the window's Tab order where it is laid out: after `before` (the toolbar's
        last widget), its scope lists and results, then `after` (the tree it takes the place of). Built
        elsewhere and put in the window's stack later, the page was otherwise reached last, after the page shown."""
        QWidget.setTabOrder(before, self.scope_bar.meeting_combo)
        self._order_page_tabs()
        QWidget.setTabOrder(self.view, after)

    def _order_page_tabs(self) -> None:
        """As laid out: the scope lists, then the results they narrow."""
        QWidget.setTabOrder(self.scope_bar.meeting_combo, self.scope_bar.kind_combo)
        QWidget.setTabOrder(self.scope_bar.kind_combo, self.view)

    def search_in_meeting(self, meeting_id: int) -> None:
        """Scope the search to one meeting and put the cursor in the search box (a meeting page's link)."""
        self.scope_bar.set_current(SearchScope(meeting_id, self.scope.kind))
        self.focus()

    def describe_scope(self) -> str:
        """The window's filters and the search's scope, in words: what narrows the results shown."""
        return " · ".join(part for part in (self.describe_filters(), self.scope_bar.describe()) if part)

    def narrowing(self) -> Narrowing:
        """Every filter on the search: the window's economy and topic, the scope's meeting and kind."""
        return Narrowing(self.nav_filter.economy, self.nav_filter.topic, self.scope.meeting, self.scope.kind)

    def _clear_filters(self) -> None:
        self.scope_bar.clear(emit=False)
        self._show_scope_in_box()
        self.on_clear_filters()

    def library_changed(self) -> None:
        """Documents came or went: the scope's meetings are listed again and a shown search runs again."""
        self.scope_bar.reload()
        self._show_scope_in_box()
        if self.query:
            self.run()

    def set_order(self, order: str) -> None:
        """Best first ("relevance") or newest documents first ("newest"); a shown search is run again."""
        self.order = order
        if self.query:
            self.run()

    def run(self) -> None:
        """Search now (the timer calls this once typing pauses), or as soon as search has loaded: a search typed
        before the app started loading it starts it, so search never loads on the window's thread."""
        self.timer.stop()
        query = self.query
        self._waiting = bool(query) and not self.preload.ready
        if self._waiting:
            self.preload.start()
            self.on_waiting()
            return
        narrowing, order = self.narrowing(), self.order
        answer = self.client.search(query, narrowing, order) if query else None
        self.model.set_results(
            query,
            answer.rows if answer else [],
            answer.total if answer else 0,
            lambda offset: self.client.search(query, narrowing, order, offset).rows,
        )
        if answer and answer.rows:
            self.view.setCurrentIndex(self.model.index(0))
        if answer is not None and not answer.total:
            self._say_why_empty(query)
        else:
            self.empty.hide()
        self.on_results(answer)

    def _say_why_empty(self, query: str) -> None:
        self.empty.show_for(query, self.client.suggestions(query), self.describe_scope(), self.strings)

    def _search_for(self, text: str) -> None:
        """A query the empty-results message offered: typed into the box and run at once."""
        self.box.setText(text)
        self.run()

    def _run_waiting(self) -> None:
        if self._waiting:
            self.run()

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def focus_results(self) -> None:
        if self.model.rowCount():
            self.view.setFocus()
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0))

    def open_current(self) -> None:
        if self.timer.isActive():
            self.run()
        index = self.view.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0)
        self.open_index(index)

    def open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.on_open(index.data(URL_ROLE), self.model.query)

    def clear(self) -> None:
        self.timer.stop()
        self._waiting = False
        self.box.clear()
        self.model.set_results("", [])
        self.empty.hide()
