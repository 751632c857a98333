"""The window's words in Traditional Chinese (first) and English, read from resources/ui_strings.json.

Qt-free so that page builders and their tests can use it without a widget.
"""

from __future__ import annotations

from desktop_app.core.resources import load_json

LANGUAGES: tuple[str, ...] = ("zh", "en")
DEFAULT_LANGUAGE = "zh"


class Strings:
    """Looks up a key in one language; an unknown key is a programming error, so it raises."""

    def __init__(self, lang: str = DEFAULT_LANGUAGE) -> None:
        self.lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
        self._table: dict[str, dict[str, str]] = load_json("ui_strings.json")["strings"]

    def __call__(self, key: str, **fields: object) -> str:
        text = self._table[key][self.lang]
        return text.format(**fields) if fields else text

    def get(self, key: str, default: str) -> str:
        """A string that may not exist (role and session kinds written by a parser), else the raw value."""
        entry = self._table.get(key)
        return entry[self.lang] if entry else default
