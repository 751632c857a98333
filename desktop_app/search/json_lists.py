"""Reading the library's JSON list columns (path, economies, topics) from raw sqlite3 rows."""

from __future__ import annotations

import json


def json_list(value: object) -> list:
    """The list a JSON column holds; [] for NULL, damaged text or anything that is not a list."""
    if isinstance(value, list):
        return value
    if value == "[]" or not isinstance(value, str) or not value:
        return []
    try:
        loaded = json.loads(value)
    except ValueError:
        return []
    return loaded if isinstance(loaded, list) else []
