"""Recognising a news site's chrome line by line, from the generic patterns in resources/news_chrome.json.

A web page copied as text brings its site along: log-in prompts, sharing rows, the teaser of the next article,
the footer, credit lines and table debris. The patterns describe those shapes, not any one site's wording, so they
live as data. Patterns and lines are compared in folded script (Traditional as Simplified), so one list serves
sites in both scripts; folding is character for character, so a match's spans stand in the line as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from desktop_app.core.resources import load_json
from desktop_app.core.text_width import display_width
from desktop_app.search.folding import fold_table

_CELL_SEPARATORS = "|｜"
_SHARE_SEPARATORS = r"\s*[|｜/／、,，·]?\s*"
MAX_PROMPT_WIDTH = 80  # columns; a longer line is a sentence of the article, never a prompt to drop


@cache
def _script_table() -> dict[int, str]:
    """The Han part of search's fold table: Traditional to Simplified, leaving case, widths and accents alone,
    which the patterns spell out themselves."""
    return {code: target for code, target in fold_table().items() if unicodedata.name(chr(code), "").startswith("CJK")}


def fold_script(text: str) -> str:
    """Text with Traditional characters as Simplified, the same length as the input."""
    return text.translate(_script_table())


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(fold_script(pattern), flags)


@dataclass(frozen=True)
class NewsChrome:
    dateline_label: str  # a regex, in folded script, for the dateline's own pattern (news_article)
    end_of_article: tuple[re.Pattern[str], ...]
    link_list: tuple[re.Pattern[str], ...]
    drop_line: tuple[re.Pattern[str], ...]
    credit: tuple[re.Pattern[str], ...]
    opening_credit: re.Pattern[str]
    closing_credit: re.Pattern[str]
    tags: re.Pattern[str]
    tag_separators: re.Pattern[str]
    figure_credit: re.Pattern[str]
    figure_credit_inline: re.Pattern[str]
    figure_label: re.Pattern[str]
    table_debris: re.Pattern[str]
    chrome_classes: frozenset[str]  # words of a page element's class or id that mark it as furniture (readers/html)

    def ends_article(self, line: str) -> bool:
        """A line from which on everything is the site's (next-article teaser, related links, footer)."""
        folded = fold_script(line)  # once for both kinds of end
        return any(pattern.search(folded) for pattern in (*self.end_of_article, *self.link_list))

    def opens_link_list(self, line: str) -> bool:
        """The label of a list of links to other articles (延伸閱讀): the end, unless the article resumes after it."""
        folded = fold_script(line)
        return any(pattern.search(folded) for pattern in self.link_list)

    def is_dropped(self, line: str) -> bool:
        """A prompt or link standing inside the article that is not part of it (log in, share, read also)."""
        folded = fold_script(line)
        return display_width(line) <= MAX_PROMPT_WIDTH and any(pattern.search(folded) for pattern in self.drop_line)

    def credit_of(self, line: str) -> tuple[str, str] | None:
        """(role, name) of a credit line such as 責任編輯：某某 or By Jane Doe, else None."""
        folded = fold_script(line)
        for pattern in self.credit:
            if match := pattern.match(folded):
                return line[slice(*match.span("role"))], line[slice(*match.span("name"))].strip()
        return None

    def without_credits(self, line: str) -> str:
        """The line without the bracketed byline opening it (〔記者某某／華盛頓4日報導〕美國…) and the bracketed
        credit closing it (…舉行。（編輯：某某）1131113); either may be all of it."""
        opening = self.opening_credit.match(fold_script(line))
        if opening:
            line = line[opening.end() :]
        match = self.closing_credit.search(fold_script(line))
        return line[: match.start()].rstrip() if match else line

    def tags_of(self, line: str) -> list[str] | None:
        """The tags a keyword line lists (#華為 #5G, 5G、AI, subsea cables, spectrum), else None when the line is no
        keyword line. Spaces separate tags only when nothing else does, as a tag may be words."""
        match = self.tags.match(fold_script(line))
        if not match:
            return None
        listed = line[slice(*match.span("tags"))]
        parts = [part.strip() for part in self.tag_separators.split(listed) if part.strip()]
        if len(parts) == 1 and not self.tag_separators.search(listed):
            parts = listed.split()
        return parts

    def figure_source(self, line: str) -> str | None:
        """The source a picture credit standing on its own line names (圖/ AIT), else None."""
        match = self.figure_credit.match(fold_script(line))
        return line[slice(*match.span("source"))].strip() if match else None

    def split_inline_credit(self, line: str) -> tuple[str, str] | None:
        """(caption, source) of a caption line that closes with its credit, e.g. 某某出席（圖／路透社）; a label
        opening the caption (Photo:) is not part of it."""
        match = self.figure_credit_inline.search(fold_script(line))
        if not match or match.start() == 0:
            return None
        caption = line[: match.start()].strip()
        label = self.figure_label.match(fold_script(caption))
        return caption[label.end() if label else 0 :], line[slice(*match.span("source"))].strip()

    def strip_table_debris(self, line: str) -> str:
        """A line without the empty or placeholder table cells a web-to-text copy left at its end."""
        match = self.table_debris.search(fold_script(line))
        return line[: match.start()].rstrip() if match else line.rstrip()


def _share_row(prompt: str, targets: list[str]) -> re.Pattern[str]:
    """A sharing row: an optional prompt, then only the names of places to share to (Share on X; 分享到：微信 微博)."""
    target = "|".join(re.escape(name) for name in sorted(targets, key=len, reverse=True))
    return _compile(rf"^(?:(?:{prompt})\s*[:：]?\s*)?(?:{target})(?:{_SHARE_SEPARATORS}(?:{target}))*$", re.IGNORECASE)


@cache
def news_chrome() -> NewsChrome:
    """The patterns from resources/news_chrome.json, compiled once."""
    table = load_json("news_chrome.json")
    placeholders = "|".join(re.escape(word) for word in table["table_placeholders"])
    separators = re.escape(_CELL_SEPARATORS)
    drop_line = [_compile(pattern) for pattern in table["drop_line"]]
    drop_line.append(_share_row(table["share_prompt"], table["share_targets"]))
    return NewsChrome(
        dateline_label=fold_script(table["dateline_label"]),
        end_of_article=tuple(_compile(pattern) for pattern in table["end_of_article"]),
        link_list=tuple(_compile(pattern) for pattern in table["link_list"]),
        drop_line=tuple(drop_line),
        credit=tuple(_compile(pattern) for pattern in table["credit"]),
        opening_credit=_compile(table["opening_credit"]),
        closing_credit=_compile(table["closing_credit"]),
        tags=_compile(table["tags"]),
        tag_separators=_compile(table["tag_separators"]),
        figure_credit=_compile(table["figure_credit"]),
        figure_credit_inline=_compile(table["figure_credit_inline"]),
        figure_label=_compile(table["figure_label"]),
        table_debris=_compile(rf"(?:\s*[{separators}]\s*(?:{placeholders})?)+\s*$"),
        chrome_classes=frozenset(word.lower() for word in table["chrome_classes"]),
    )
