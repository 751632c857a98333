"""The window's words in Traditional Chinese (first) and English, read from resources/ui_strings.json; the words
for session kinds, roles, attendance and document kinds from resources/vocabulary.json, which briefs print too.

Qt-free so that page builders and their tests can use it without a widget.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from desktop_app.core.plural import for_count
from desktop_app.core.resources import load_json
from desktop_app.core.vocabulary import term

LANGUAGES: tuple[str, ...] = ("zh", "en")
DEFAULT_LANGUAGE = "zh"


class Strings:
    """Looks up a key in one language; an unknown key is a programming error, so it raises."""

    def __init__(self, lang: str = DEFAULT_LANGUAGE) -> None:
        self.lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
        self._table: dict[str, dict[str, str]] = load_json("ui_strings.json")["strings"]

    def __call__(self, key: str, **fields: object) -> str:
        """The key's text with fields filled in; where the entry has a singular form ("en_one") and the count
        field is 1, that form: 1 meeting, not 1 meetings."""
        text = for_count(self._table[key], self.lang, fields.get("count"))
        return text.format(**fields) if fields else text

    def join(self, items: Iterable[str]) -> str:
        """Items as a list in running text: 代表、團長 / Delegate, Head of delegation."""
        return self("list_separator").join(items)

    def term(self, vocabulary: str, code: str) -> str:
        """The word for a stored code (a role, a session's kind…), as briefs print it; the code where the
        vocabulary has none (a kind a newer parser wrote)."""
        return term(vocabulary, code, self.lang)


# What the status bar and the welcome page count, in queries.library_stats' names, and the words for each.
_LIBRARY_COUNTS = {
    "documents": "count_documents",
    "sections": "count_library_sections",
    "meetings": "count_meetings",
    "updates": "count_updates",
    "people": "count_people",
}


def library_summary(strings: Strings, stats: Mapping[str, int]) -> str:
    """The library's size in one line: 3 documents · 162 sections · 1 meeting · …"""
    return " · ".join(strings(key, count=stats[name]) for name, key in _LIBRARY_COUNTS.items())
