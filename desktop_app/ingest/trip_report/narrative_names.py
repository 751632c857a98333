"""Chinese names in running text, known by the title written right after them (陳清福簡任視察, 黃彥男部長), or
right before them when a word of speaking follows (主委陳耀祥表示).

Nothing else marks where a Chinese name ends, so a name is taken only in that shape: one of the common surnames
(the template's narrative_names) and one or two more characters, then a title, standing after an organization
(…資通安全署, …電信技術中心) or an economy (我國, 我國籍): at the start of a clause, a word that opens with a
surname's character (陳述部長…) could pass for one. A run that is an economy's name, or opens with a word such as
高級 or 簡任, is no name.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from desktop_app.core.economies import registry
from desktop_app.core.scripts import HAN
from desktop_app.ingest.trip_report.template import template

_BEFORE_NAME = re.compile(r"(?:[部會處司局署院所室組館國籍]|中心|公司|大學)$")


class ChineseName(NamedTuple):
    start: int
    end: int
    name: str
    title: str


@cache
def _pattern() -> re.Pattern[str]:
    words = template().narrative_names
    surnames = "".join(sorted(words.surnames))
    titles = "|".join(re.escape(title) for title in words.titles)
    return re.compile(rf"(?P<name>[{re.escape(surnames)}][{HAN}]{{1,2}}?)(?P<title>{titles})")


@cache
def _title_first_pattern() -> re.Pattern[str]:
    words = template().narrative_names
    surnames = "".join(sorted(words.surnames))
    titles = "|".join(re.escape(title) for title in words.titles)
    said = "|".join(re.escape(word) for word in words.said_after_title_first)
    return re.compile(rf"(?P<title>{titles})(?P<name>[{re.escape(surnames)}][{HAN}]{{1,2}}?)(?={said}|$)")


def chinese_names(clause: str) -> list[ChineseName]:
    """The names a clause writes with their titles, in order: after an organization or economy with the title
    after them (陳清福簡任視察), or with the title first and a word of speaking after them (主委陳耀祥表示)."""
    found = []
    for match in _pattern().finditer(clause):
        name = match["name"]
        if not _BEFORE_NAME.search(clause[: match.start()]) or not _may_be_name(name):
            continue
        found.append(ChineseName(match.start(), match.start("title"), name, match["title"]))
    for match in _title_first_pattern().finditer(clause):
        name = match["name"]
        if _may_be_name(name) and not any(other.start <= match.start("name") < other.end for other in found):
            found.append(ChineseName(match.start("name"), match.end("name"), name, match["title"]))
    return sorted(found)


def _may_be_name(run: str) -> bool:
    """Whether a run that has a name's shape is not a word known to open such runs (高級) or an economy."""
    return not run.startswith(template().narrative_names.not_names) and registry().resolve(run) is None and not (
        registry().mentions(run)
    )
