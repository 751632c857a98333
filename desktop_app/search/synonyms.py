"""Other names of one thing that is neither an economy nor a topic: 華為 and Huawei, NCC and 國家通訊傳播委員會.

Economies and topics carry their own names (economies.json, topics.json). Companies, organisations and TELWG's
steering groups are named in Chinese in one report, by acronym in the next and in English in the forum's own
record, so a query term that is one of their names also looks for the others (query.py), ranked as another
name is (plan.ALIAS_WEIGHT). The table is data: resources/search_synonyms.txt.
"""

from __future__ import annotations

from functools import cache

from desktop_app.core.resources import resource_lines
from desktop_app.search.folding import folded_name

SYNONYMS_FILE = "search_synonyms.txt"


@cache
def _groups() -> dict[str, tuple[str, ...]]:
    """Every name (folded) → its line's names as written."""
    groups: dict[str, tuple[str, ...]] = {}
    for line in resource_lines(SYNONYMS_FILE):
        names = tuple(name.strip() for name in line.split("\t") if name.strip())
        for name in names:
            groups.setdefault(folded_name(name), names)
    return groups


def other_names(text: str) -> tuple[str, ...]:
    """The other names of what text names, as the table writes them; empty when text is none of them."""
    key = folded_name(text)
    return tuple(name for name in _groups().get(key, ()) if folded_name(name) != key)


def all_names() -> tuple[str, ...]:
    """Every name in the table, for the warm-up to work out ahead of the queries that name one."""
    return tuple(name for names in dict.fromkeys(_groups().values()) for name in names)
