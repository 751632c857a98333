"""Chinese names in running text, known by the title written right after them (陳清福簡任視察, 黃彥男部長).

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
    return re.compile(rf"(?P<name>[{re.escape(surnames)}][\u4e00-\u9fff]{{1,2}}?)(?P<title>{titles})")


def chinese_names(clause: str) -> list[ChineseName]:
    """The names a clause writes with their titles, in order."""
    words = template().narrative_names
    found = []
    for match in _pattern().finditer(clause):
        name = match["name"]
        if not _BEFORE_NAME.search(clause[: match.start()]) or name.startswith(words.not_names):
            continue
        if registry().resolve(name) is not None or registry().mentions(name):
            continue
        found.append(ChineseName(match.start(), match.start("title"), name, match["title"]))
    return found
