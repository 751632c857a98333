"""Why an import refused a file, in the reader's language (resources/refusal_reasons.json).

The readers give a one-line reason in English, which the command line prints as it is; the window, in Chinese,
shows the table's Chinese for it, or the English where the table has none.
"""

from __future__ import annotations

import re
from functools import cache

from desktop_app.core.resources import load_json


def localized_reason(reason: str, lang: str) -> str:
    if lang != "zh":
        return reason
    for pattern, template in _table():
        match = pattern.fullmatch(reason)
        if match:
            return template.format(**match.groupdict())
    return reason


@cache
def _table() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(row["en"]), row["zh"]) for row in load_json("refusal_reasons.json")["zh"])
