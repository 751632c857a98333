"""A row of lists, each with 'all' first, whose choices together narrow something (the window's filters, the
search's scope): refilled in a new language without losing the choice, quiet while refilled, each list that
narrows marked (property `active`) for the stylesheet."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.ui.i18n import Strings


class ChoiceBar(QWidget):
    """Subclasses make their lists, call `_watch`, and give `_fill` (the lists' entries), `current` (the
    choice as a value) and `_choose` (a value shown in the lists); `changed` carries the new value."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self._combos: tuple[QComboBox, ...] = ()

    def _watch(self, *combos: QComboBox) -> None:
        self._combos = combos
        for combo in combos:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(self._emit)

    def retranslate(self, strings: Strings) -> None:
        """Refill the lists in the new language, keeping the choice."""
        self.strings = strings
        self._refill()

    def _refill(self) -> None:
        """Fill the lists again (their entries may have changed), keeping the choice where it still stands."""
        current = self.current()
        with self._quietly():
            self._fill()
        self.set_current(current, emit=False)

    def set_current(self, value: object, emit: bool = True) -> None:
        with self._quietly():
            self._choose(value)
        self._mark_active()
        if emit:
            self.changed.emit(self.current())

    def describe(self) -> str:
        """The choices that narrow, in words; empty when none does."""
        return " · ".join(combo.currentText() for combo in self._combos if combo.currentIndex() > 0)

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        """Show the entry holding data; 'all' when none does."""
        combo.setCurrentIndex(max(combo.findData(data), 0))

    def _fill(self) -> None:
        raise NotImplementedError

    def current(self) -> object:
        raise NotImplementedError

    def _choose(self, value: object) -> None:
        raise NotImplementedError

    def _mark_active(self) -> None:
        for combo in self._combos:
            combo.setProperty("active", combo.currentIndex() > 0)
            combo.style().unpolish(combo)
            combo.style().polish(combo)

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        quiet, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = quiet

    def _emit(self) -> None:
        if self._quiet:
            return
        self._mark_active()
        self.changed.emit(self.current())
