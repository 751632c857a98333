"""The one rule for singular wording, shared by the window's strings and the briefs' labels."""

from __future__ import annotations

from collections.abc import Mapping

SINGULAR_SUFFIX = "_one"  # a table's key + this is the form for a count of one: "1 meeting", not "1 meetings"


def for_count(table: Mapping[str, str], key: str, count: object) -> str:
    """table[key], or its singular form (key + SINGULAR_SUFFIX) where the table has one and count is 1."""
    if count == 1:
        return table.get(key + SINGULAR_SUFFIX, table[key])
    return table[key]
