"""How wide text stands on a page or a screen, counted in columns: a wide (CJK) character takes two, anything
else one. Reflowing a report's wrapped lines and cutting a brief's excerpts both measure text this way."""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    """Columns the text takes on a page: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
