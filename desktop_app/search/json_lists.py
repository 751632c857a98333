"""Reading the library's JSON list columns (path, economies, topics) from raw sqlite3 rows."""

from __future__ import annotations

import json
from functools import lru_cache


def json_list(value: object) -> list:
    """The list a JSON column holds; [] for NULL, damaged text or anything that is not a list.

    A search's hits repeat the same few values (["KR"], a document's path): parsing is remembered per text,
    and every caller gets its own list.
    """
    if isinstance(value, list):
        return value
    if value == "[]" or not isinstance(value, str) or not value:
        return []
    return list(_parsed(value))


@lru_cache(maxsize=4096)
def _parsed(value: str) -> tuple:
    try:
        loaded = json.loads(value)
    except ValueError:
        return ()
    return tuple(loaded) if isinstance(loaded, list) else ()
