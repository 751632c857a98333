"""The window's filters in the toolbar: turning one on keeps every toolbar button in view."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QToolButton

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.nav_nodes import NavFilter
from desktop_app.ui.style import apply_style


@pytest.fixture
def styled(qapp):
    """The window's stylesheet and font, as the app applies them (paddings and the search box's width count)."""
    font, sheet = qapp.font(), qapp.styleSheet()
    apply_style(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def test_every_toolbar_button_shows_at_800_pixels_with_a_filter_on(qtbot, window: MainWindow, styled) -> None:
    """The ✕ that clears the filters pushed the bookmark button into the toolbar's overflow menu."""
    toolbar = window.actions_.toolbar
    window.actions_.set_icons()
    for lang in ("zh", "en"):
        window.set_language(lang)
        for nav_filter in (NavFilter(), NavFilter("PG"), NavFilter(None, "spectrum"), NavFilter("PG", "spectrum")):
            window.filters.set_current(nav_filter)
            window.resize(800, 600)
            QApplication.processEvents()
            assert window.filters.clear_button.isVisible() == nav_filter.active
            buttons = [toolbar.widgetForAction(action) for action in toolbar.actions() if not action.isSeparator()]
            assert len(buttons) >= 5 and window.actions_.bookmark in toolbar.actions()
            hidden = [button.objectName() or type(button).__name__ for button in buttons if not button.isVisible()]
            assert hidden == [], (lang, nav_filter)
            overflow = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
            assert overflow is None or not overflow.isVisible(), (lang, nav_filter)
