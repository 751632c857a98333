"""Words printed on briefs, in Chinese or English (resources/brief_labels.json, with the words for session kinds,
roles, attendance and document kinds from the vocabulary the window shares) and the page style."""

from __future__ import annotations

from functools import cache
from typing import Any

from desktop_app.core.plural import for_count
from desktop_app.core.resources import load_json
from desktop_app.core.vocabulary import terms

LANGUAGES = ("zh", "en")

# The shared vocabularies under the names brief builders look them up by; attendance is looked up by the
# status itself (words["absent"]).
_VOCABULARY_TABLES = {"session_kinds": "kinds", "roles": "role_names", "document_kinds": "document_kinds"}


@cache
def labels(lang: str) -> dict[str, Any]:
    """The label table of a language; anything but 'en' prints Chinese, the readers' first language."""
    lang = "en" if lang == "en" else "zh"
    words = dict(load_json("brief_labels.json")[lang])
    words.update({key: terms(vocabulary, lang) for vocabulary, key in _VOCABULARY_TABLES.items()})
    words.update(terms("attendance", lang))
    return words


def counted(words: dict[str, Any], key: str, count: int) -> str:
    """A count in words, "count_<key>" filled in; its "_one" form where there is one and count is 1 (1 meeting)."""
    return for_count(words, f"count_{key}", count).format(count=count)


def style() -> dict[str, Any]:
    """Inline CSS per element, font families to try and the body size (resources/brief_style.json)."""
    return load_json("brief_style.json")
