"""Words printed on briefs, in Chinese or English (resources/brief_labels.json) and the page style."""

from __future__ import annotations

from typing import Any

from desktop_app.core.plural import for_count
from desktop_app.core.resources import load_json

LANGUAGES = ("zh", "en")


def labels(lang: str) -> dict[str, Any]:
    """The label table of a language; anything but 'en' prints Chinese, the readers' first language."""
    return load_json("brief_labels.json")["en" if lang == "en" else "zh"]


def counted(words: dict[str, Any], key: str, count: int) -> str:
    """A count in words, "count_<key>" filled in; its "_one" form where there is one and count is 1 (1 meeting)."""
    return for_count(words, f"count_{key}", count).format(count=count)


def style() -> dict[str, Any]:
    """Inline CSS per element, font families to try and the body size (resources/brief_style.json)."""
    return load_json("brief_style.json")
