"""The economy and topic filters: combo boxes with 'all' first, each entry in Chinese and English."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QToolButton, QWidget

from desktop_app.core.economies import APEC_CODES, registry
from desktop_app.core.topics import taxonomy
from desktop_app.ui.i18n import Strings
from desktop_app.ui.nav_nodes import NavFilter


def mark_chosen(combos: tuple[QComboBox, ...]) -> None:
    """Mark each list whose choice narrows something (not its 'all' first entry) for the stylesheet."""
    for combo in combos:
        combo.setProperty("active", combo.currentIndex() > 0)
        combo.style().unpolish(combo)
        combo.style().polish(combo)


class FilterBar(QWidget):
    """Emits `changed` with the new NavFilter; an active filter is marked (property `active`) for the stylesheet."""

    changed = Signal(object)

    def __init__(self, strings: Strings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.economy_combo = QComboBox(self)
        self.economy_combo.setObjectName("economyFilter")
        self.topic_combo = QComboBox(self)
        self.topic_combo.setObjectName("topicFilter")
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setText("✕")
        for combo in (self.economy_combo, self.topic_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.setMaxVisibleItems(22)
            combo.currentIndexChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.economy_combo, 1)
        layout.addWidget(self.topic_combo, 1)
        layout.addWidget(self.clear_button)
        self._quiet = False
        self.retranslate(strings)

    def retranslate(self, strings: Strings) -> None:
        """Refill both lists in the new language, keeping the choice."""
        self.strings = strings
        current = self.current()
        self._quiet = True
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
        self.set_current(current, emit=False)
        self._quiet = False

    def current(self) -> NavFilter:
        return NavFilter(self.economy_combo.currentData(), self.topic_combo.currentData())

    def set_current(self, nav_filter: NavFilter, emit: bool = True) -> None:
        quiet = self._quiet
        self._quiet = True
        self.economy_combo.setCurrentIndex(max(self.economy_combo.findData(nav_filter.economy), 0))
        self.topic_combo.setCurrentIndex(max(self.topic_combo.findData(nav_filter.topic), 0))
        self._quiet = quiet
        self._mark_active()
        if emit:
            self.changed.emit(self.current())

    def clear(self) -> None:
        self.set_current(NavFilter())

    def describe(self) -> str:
        """The active filters in words, empty when none."""
        parts = []
        if self.economy_combo.currentIndex() > 0:
            parts.append(registry().name(self.economy_combo.currentData(), self.strings.lang))
        if self.topic_combo.currentIndex() > 0:
            parts.append(taxonomy().get(self.topic_combo.currentData()).label(self.strings.lang))
        return " · ".join(parts)

    def _mark_active(self) -> None:
        mark_chosen((self.economy_combo, self.topic_combo))
        self.clear_button.setVisible(self.current().active)

    def _emit(self) -> None:
        if self._quiet:
            return
        self._mark_active()
        self.changed.emit(self.current())
