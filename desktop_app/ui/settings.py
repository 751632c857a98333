"""What the window remembers between runs, in QSettings (tests hand in a QSettings on a temporary file)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES
from desktop_app.ui.nav_nodes import NavFilter


def default_settings() -> QSettings:
    """The user's settings file (an INI file, the same format on every platform)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "TelRef", "TelRef")


class WindowSettings:
    def __init__(self, settings: QSettings) -> None:
        self.qsettings = settings

    def _text(self, key: str) -> str | None:
        value = self.qsettings.value(key)
        return str(value) if value not in (None, "") else None

    @property
    def language(self) -> str:
        value = self._text("language")
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("language", value)

    @property
    def nav_filter(self) -> NavFilter:
        return NavFilter(self._text("filter/economy"), self._text("filter/topic"))

    @nav_filter.setter
    def nav_filter(self, value: NavFilter) -> None:
        self.qsettings.setValue("filter/economy", value.economy or "")
        self.qsettings.setValue("filter/topic", value.topic or "")

    @property
    def newest_first(self) -> bool:
        """Whether search results come newest documents first rather than best first."""
        return self._text("search/order") == "newest"

    @newest_first.setter
    def newest_first(self, value: bool) -> None:
        self.qsettings.setValue("search/order", "newest" if value else "relevance")

    @property
    def last_url(self) -> str | None:
        return self._text("last_url")

    @last_url.setter
    def last_url(self, url: str) -> None:
        self.qsettings.setValue("last_url", url)

    def geometry(self) -> QByteArray | None:
        value = self.qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def splitter_state(self) -> QByteArray | None:
        value = self.qsettings.value("window/splitter")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_layout(self, geometry: QByteArray, splitter: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/splitter", splitter)

    def sync(self) -> None:
        self.qsettings.sync()
