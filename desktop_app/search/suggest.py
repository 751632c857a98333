"""What to offer when a search finds nothing: the economy or topic name a mistyped word was likely meant to be.

Readers type economy and topic names in English from memory (Koera, Phillipines, spectum); a search for a word
that stands nowhere finds nothing and says nothing about why. Only Latin words are looked at: a Chinese term that
finds nothing is rarely a typo of a name, and the substring index already finds every part of a Chinese name.
"""

from __future__ import annotations

import difflib
import re
from functools import cache

from desktop_app.search.query import alias_names, parse

MIN_WORD = 3  # shorter words are too often a near miss of some name (US, AI)
CUTOFF = 0.75  # difflib similarity a name needs to be offered
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")


def suggestions(text: str, limit: int = 3) -> list[str]:
    """Queries like text with one Latin word that names no economy or topic replaced by the closest name that
    does (Koera 5G → Korea 5G), closest first, at most limit; none when no word is near a name."""
    names = _latin_names()
    offered: list[str] = []
    for term in parse(text).positive_terms():
        word = term.typed
        if not _LATIN_WORD.fullmatch(word) or len(word) < MIN_WORD or word.casefold() in names:
            continue
        for close in difflib.get_close_matches(word.casefold(), list(names), n=limit, cutoff=CUTOFF):
            replaced = re.sub(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", names[close], text, count=1)
            if replaced not in offered:
                offered.append(replaced)
    return offered[:limit]


@cache
def _latin_names() -> dict[str, str]:
    """Every economy's and topic's Latin name, by its case-folded form."""
    return {name.casefold(): name for name in alias_names() if name.isascii() and _LATIN_WORD.search(name)}
