"""The search's scope above the results list: one meeting (every document that reports it), one kind of document.

Economy and topic narrow the whole window (tree and search, filters.py); a meeting and a kind of document narrow
the search only, which is where a reader asks "what did Korea say on spectrum at TELWG 68", or wants news rather
than reports. So they sit with the results, not in the toolbar, and the tree stays whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from desktop_app.core.document_kinds import DOCUMENT_KINDS
from desktop_app.core.library import Library
from desktop_app.ui.choice_bar import ChoiceBar
from desktop_app.ui.i18n import Strings
from desktop_app.ui.meeting_choices import meeting_choices, reported_meetings


@dataclass(frozen=True)
class SearchScope:
    """The meeting id and document kind a search is narrowed to (None: any)."""

    meeting: int | None = None
    kind: str | None = None

    @property
    def active(self) -> bool:
        return self.meeting is not None or self.kind is not None


class ScopeBar(ChoiceBar):
    """Two lists, 'all' first; emits `changed` with the new SearchScope. The meetings are read again when the
    library changes (`reload`); a chosen meeting that is gone falls back to all."""

    def __init__(self, library: Library, strings: Strings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchScope")
        self.library = library
        self._listed_as: dict[int, int] = {}
        # the meetings are listed once the bar is first shown (or a meeting is chosen for it): reading them on a
        # large library took 65 ms of the window's start, for a list only a search shows
        self._meetings_wanted = False
        self.meeting_combo = QComboBox(self)
        self.meeting_combo.setObjectName("meetingScope")
        self.meeting_combo.setMaxVisibleItems(20)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindScope")
        self.meeting_combo.setMinimumContentsLength(6)
        self._watch(self.meeting_combo, self.kind_combo)
        # the kind takes what its words need and the meeting the rest: a meeting's label ends with its month,
        # which tells two meetings apart and was cut off when the two shared the pane's width 3 to 2
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.meeting_combo.currentTextChanged.connect(self.meeting_combo.setToolTip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.meeting_combo, 1)
        layout.addWidget(self.kind_combo, 0)
        self.retranslate(strings)

    def reload(self) -> None:
        """The library changed: list its meetings again, quietly (the search runs again anyway). A scope whose
        meeting was removed is widened to all meetings."""
        self._refill()

    def set_current(self, value: object, emit: bool = True) -> None:
        if isinstance(value, SearchScope) and value.meeting is not None and not self._meetings_wanted:
            self._meetings_wanted = True
            with self._quietly():
                self._fill()
        super().set_current(value, emit)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._meetings_wanted:
            self._meetings_wanted = True
            self._refill()
        super().showEvent(event)

    def _fill(self) -> None:
        """Each meeting once, however many documents report it: its search finds them all."""
        strings = self.strings
        self.kind_combo.clear()
        self.kind_combo.addItem(strings("scope_all_kinds"), None)
        for kind in DOCUMENT_KINDS:
            self.kind_combo.addItem(strings.term("document_kinds", kind), kind)
        self.kind_combo.setToolTip(strings("scope_kind_tip"))
        self.meeting_combo.setToolTip(strings("scope_meeting_tip"))
        self.meeting_combo.clear()
        self.meeting_combo.addItem(strings("scope_all_meetings"), None)
        if not self._meetings_wanted:
            return
        groups = reported_meetings(self.library)
        self._listed_as = {mt.id: group[0].id for group in groups for mt in group}  # as meeting_choices lists
        for label, meeting_id in meeting_choices(self.library, strings, reports=False, groups=groups):
            self.meeting_combo.addItem(label, meeting_id)

    def current(self) -> SearchScope:
        return SearchScope(self.meeting_combo.currentData(), self.kind_combo.currentData())

    def _choose(self, value: object) -> None:
        assert isinstance(value, SearchScope)
        self._select(self.meeting_combo, self._listed_as.get(value.meeting) if value.meeting is not None else None)
        self._select(self.kind_combo, value.kind)

    def clear(self, emit: bool = True) -> None:
        self.set_current(SearchScope(), emit)
