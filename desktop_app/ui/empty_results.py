"""What the results list says when a search finds nothing: why, and what to try instead.

An empty white list leaves a reader guessing whether search is still loading, the filters hid everything, or a
name was mistyped. The message names the query, offers corrected queries as links (Koera → Korea), offers to
clear active filters, and suggests what usually finds Chinese text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.ui.i18n import Strings
from desktop_app.ui.pages.base import esc

SUGGEST_SCHEME = "suggest:"
CLEAR_FILTERS = "clear-filters:"
_LINK = 'style="color: #0b5cad; text-decoration: none"'  # as the detail pages' links (pages/base.py)
_HINT = 'style="color: #627d98"'


class EmptyResults(QLabel):
    """A message over the results view's empty area; a suggestion link runs that query, the clear link clears
    the filters."""

    def __init__(
        self, viewport: QWidget, on_query: Callable[[str], None], on_clear_filters: Callable[[], None]
    ) -> None:
        super().__init__(viewport)
        self.setObjectName("emptyResults")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        links = Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        self.setTextInteractionFlags(links)
        self.setContentsMargins(12, 12, 12, 12)
        layout = QVBoxLayout(viewport)
        layout.addWidget(self)
        layout.addStretch(1)
        self.linkActivated.connect(self._follow)
        self._on_query = on_query
        self._on_clear_filters = on_clear_filters
        self.hide()

    def show_for(self, query: str, suggestions: list[str], filters: str, strings: Strings) -> None:
        """Say that query found nothing, offering the suggested queries and, when filters are active (described
        in words), to clear them."""
        parts = [esc(strings("no_results", query=query))]
        if suggestions:
            links = strings.join(f'<a href="{SUGGEST_SCHEME}{esc(text)}">{esc(text)}</a>' for text in suggestions)
            parts.append(strings("no_results_suggest", queries=links))
        if filters:
            parts.append(strings("no_results_filtered", filters=esc(filters), link=CLEAR_FILTERS))
        text = "".join(f"<p>{part}</p>" for part in parts) + f'<p {_HINT}>{esc(strings("no_results_hint"))}</p>'
        self.setText(text.replace("<a href=", f"<a {_LINK} href="))  # every link in the pages' colour
        self.show()

    def _follow(self, link: str) -> None:
        if link.startswith(SUGGEST_SCHEME):
            self._on_query(link[len(SUGGEST_SCHEME) :])
        elif link == CLEAR_FILTERS:
            self._on_clear_filters()
