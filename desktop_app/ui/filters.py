"""The economy and topic filters: combo boxes with 'all' first, each entry in Chinese and English."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QToolButton, QWidget

from desktop_app.core.economies import APEC_CODES, registry
from desktop_app.core.topics import taxonomy
from desktop_app.ui.choice_bar import ChoiceBar
from desktop_app.ui.i18n import Strings
from desktop_app.ui.nav_nodes import NavFilter


MINIMUM_CHARACTERS = 6  # each list's narrowest, so that every toolbar button shows at 800 pixels wide


class FilterBar(ChoiceBar):
    """Emits `changed` with the new NavFilter; the clear button shows while a filter is active."""

    def __init__(self, strings: Strings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.economy_combo = QComboBox(self)
        self.economy_combo.setObjectName("economyFilter")
        self.topic_combo = QComboBox(self)
        self.topic_combo.setObjectName("topicFilter")
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setText("✕")
        # the clear button keeps its room while hidden, so turning a filter on moves nothing in the toolbar (it
        # pushed the bookmark button into the overflow menu at 800 pixels); the lists give that room up instead
        retained = self.clear_button.sizePolicy()
        retained.setRetainSizeWhenHidden(True)
        self.clear_button.setSizePolicy(retained)
        for combo in (self.economy_combo, self.topic_combo):
            combo.setMinimumContentsLength(MINIMUM_CHARACTERS)
            combo.setMaxVisibleItems(22)
        self._watch(self.economy_combo, self.topic_combo)
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.economy_combo, 1)
        layout.addWidget(self.topic_combo, 1)
        layout.addWidget(self.clear_button)
        self.retranslate(strings)

    def _fill(self) -> None:
        strings = self.strings
        self.economy_combo.clear()
        self.economy_combo.addItem(strings("filter_all_economies"), None)
        for code in APEC_CODES:
            economy = registry().get(code)
            first, second = (economy.en, economy.zh) if strings.lang == "en" else (economy.zh, economy.en)
            self.economy_combo.addItem(f"{first}  {second}", code)
        self.topic_combo.clear()
        self.topic_combo.addItem(strings("filter_all_topics"), None)
        for topic in taxonomy().topics:
            first, second = (topic.en, topic.zh) if strings.lang == "en" else (topic.zh, topic.en)
            self.topic_combo.addItem(first if first == second else f"{first}  {second}", topic.id)
        self.clear_button.setToolTip(strings("action_clear_filters"))

    def current(self) -> NavFilter:
        return NavFilter(self.economy_combo.currentData(), self.topic_combo.currentData())

    def _choose(self, value: object) -> None:
        assert isinstance(value, NavFilter)
        self._select(self.economy_combo, value.economy)
        self._select(self.topic_combo, value.topic)

    def clear(self) -> None:
        self.set_current(NavFilter())

    def describe(self) -> str:
        """The active filters in words (each name once, in the window's language), empty when none."""
        parts = []
        if self.economy_combo.currentIndex() > 0:
            parts.append(registry().name(self.economy_combo.currentData(), self.strings.lang))
        if self.topic_combo.currentIndex() > 0:
            parts.append(taxonomy().get(self.topic_combo.currentData()).label(self.strings.lang))
        return " · ".join(parts)

    def _mark_active(self) -> None:
        super()._mark_active()
        self.clear_button.setVisible(self.current().active)
