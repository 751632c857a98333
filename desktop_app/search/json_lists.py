"""Reading the library's JSON list columns (path, economies, topics) from raw sqlite3 rows."""

from __future__ import annotations

import json
from functools import lru_cache


def json_list(value: object) -> tuple:
    """The items of the list a JSON column holds, as a tuple; () for NULL, damaged text or anything that is
    not a list.

    A search's hits repeat the same few values (["KR"], a document's path): parsing is remembered per text,
    and the tuple is shared, which is why it is one.
    """
    if isinstance(value, (list, tuple)):
        return tuple(value)
    if not value or not isinstance(value, str) or value == "[]":
        return ()
    return _parsed(value)


@lru_cache(maxsize=4096)
def _parsed(value: str) -> tuple:
    try:
        loaded = json.loads(value)
    except ValueError:
        return ()
    return tuple(loaded) if isinstance(loaded, list) else ()
