"""Topic taxonomy (resources/topics.json): labels and zh/en keywords that tag sections with topic ids."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from desktop_app.core.economies import latin_word_pattern, names_pattern
from desktop_app.core.names import name_key
from desktop_app.core.resources import load_json


@dataclass(frozen=True)
class Topic:
    id: str
    zh: str
    en: str
    keywords_zh: tuple[str, ...]
    keywords_en: tuple[str, ...]
    search_names: tuple[str, ...] = ()  # what a search for its label also looks for (topics.json)

    def label(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh


class TopicTaxonomy:
    """Tags text with topic ids. Chinese keywords match as substrings; Latin ones as whole words."""

    def __init__(self, topics: list[Topic]) -> None:
        self.topics = topics
        self._by_id = {topic.id: topic for topic in topics}
        self._by_name: dict[str, str] = {}  # every id, label and keyword, case-folded → the first topic's id
        for topic in topics:
            for name in (topic.id, topic.zh, topic.en, *topic.keywords_zh, *topic.keywords_en):
                self._by_name.setdefault(name_key(name), topic.id)
        self._keywords: list[tuple[str, tuple[str, ...], tuple[str, ...], re.Pattern[str]]] = []
        for topic in topics:
            keywords = (*topic.keywords_zh, *topic.keywords_en)
            latin = tuple(keyword for keyword in keywords if re.fullmatch(r"[A-Za-z0-9 .\-]+", keyword))
            chinese = tuple(keyword for keyword in keywords if keyword not in latin)
            pattern = names_pattern([], [latin_word_pattern(keyword) for keyword in latin])
            self._keywords.append((topic.id, chinese, tuple(keyword.casefold() for keyword in latin), pattern))

    def get(self, topic_id: str) -> Topic | None:
        return self._by_id.get(topic_id)

    def ids(self) -> list[str]:
        return [topic.id for topic in self.topics]

    def resolve(self, name: str) -> str | None:
        """A topic id from its id, label or a keyword, in either language."""
        return self._by_name.get(name_key(name))

    def tag(self, text: str) -> list[str]:
        """Topic ids whose keywords occur in text, in taxonomy order. A Chinese keyword is a substring test; a
        Latin one's whole-word regex runs only when the text holds it in some case (a substring test first:
        running every topic's regex over every section was a third of parsing a report)."""
        folded = text.casefold()
        return [
            topic_id
            for topic_id, chinese, latin, pattern in self._keywords
            if any(keyword in text for keyword in chinese)
            or (any(keyword in folded for keyword in latin) and pattern.search(text) is not None)
        ]


@cache
def taxonomy() -> TopicTaxonomy:
    """The taxonomy built from resources/topics.json (loaded once)."""
    rows = load_json("topics.json")["topics"]
    return TopicTaxonomy(
        [
            Topic(
                row["id"],
                row["zh"],
                row["en"],
                tuple(row.get("keywords_zh", ())),
                tuple(row.get("keywords_en", ())),
                tuple(row.get("search_names", ())),
            )
            for row in rows
        ]
    )
