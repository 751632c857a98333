"""Recognising a news site's chrome line by line, from the generic patterns in resources/news_chrome.json.

A web page copied as text brings its site along: log-in prompts, the teaser of the next article, the footer, credit
lines and table debris. The patterns describe those shapes, not any one site's wording, so they live as data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from desktop_app.core.resources import load_json
from desktop_app.ingest.reflow import display_width

_CELL_SEPARATORS = "|｜"
MAX_PROMPT_WIDTH = 80  # columns; a longer line is a sentence of the article, never a prompt to drop


@dataclass(frozen=True)
class NewsChrome:
    end_of_article: tuple[re.Pattern[str], ...]
    drop_line: tuple[re.Pattern[str], ...]
    credit: re.Pattern[str]
    tags: re.Pattern[str]
    tag_separators: re.Pattern[str]
    figure_credit: re.Pattern[str]
    figure_credit_inline: re.Pattern[str]
    table_debris: re.Pattern[str]

    def ends_article(self, line: str) -> bool:
        """A line from which on everything is the site's (next-article teaser, related links, footer)."""
        return any(pattern.search(line) for pattern in self.end_of_article)

    def is_dropped(self, line: str) -> bool:
        """A prompt or link standing inside the article that is not part of it (log in, share, read also)."""
        return display_width(line) <= MAX_PROMPT_WIDTH and any(pattern.search(line) for pattern in self.drop_line)

    def credit_of(self, line: str) -> tuple[str, str] | None:
        """(role, name) of a credit line such as 責任編輯：某某, else None."""
        match = self.credit.match(line)
        return (match["role"], match["name"].strip()) if match else None

    def tags_of(self, line: str) -> list[str] | None:
        """The tags a keyword line lists (#華為 #5G, 5G、AI), else None when the line is no keyword line."""
        match = self.tags.match(line)
        if not match:
            return None
        return [tag for tag in self.tag_separators.split(match["tags"]) if tag.strip()]

    def figure_source(self, line: str) -> str | None:
        """The source a picture credit standing on its own line names (圖/ AIT), else None."""
        match = self.figure_credit.match(line)
        return match["source"].strip() if match else None

    def split_inline_credit(self, line: str) -> tuple[str, str] | None:
        """(caption, source) of a caption line that closes with its credit, e.g. 某某出席（圖／路透社）."""
        match = self.figure_credit_inline.search(line)
        if not match or match.start() == 0:
            return None
        return line[: match.start()].strip(), match["source"].strip()

    def strip_table_debris(self, line: str) -> str:
        """A line without the empty or placeholder table cells a web-to-text copy left at its end."""
        return self.table_debris.sub("", line).rstrip()


@cache
def news_chrome() -> NewsChrome:
    """The patterns from resources/news_chrome.json, compiled once."""
    table = load_json("news_chrome.json")
    placeholders = "|".join(re.escape(word) for word in table["table_placeholders"])
    separators = re.escape(_CELL_SEPARATORS)
    return NewsChrome(
        end_of_article=tuple(re.compile(pattern) for pattern in table["end_of_article"]),
        drop_line=tuple(re.compile(pattern) for pattern in table["drop_line"]),
        credit=re.compile(table["credit"]),
        tags=re.compile(table["tags"]),
        tag_separators=re.compile(table["tag_separators"]),
        figure_credit=re.compile(table["figure_credit"]),
        figure_credit_inline=re.compile(table["figure_credit_inline"]),
        table_debris=re.compile(rf"(?:\s*[{separators}]\s*(?:{placeholders})?)+\s*$"),
    )
