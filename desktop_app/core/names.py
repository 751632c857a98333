"""Names as they are looked up, however they were typed: an economy's, a topic's, a term's.

Readers type Peru for Perú and KR for ＫＲ (a Chinese input method's full-width letters); the registries
(economies.py, topics.py) and search's folding (search/folding.py) read both as one.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Callable
from functools import cache


@cache
def latin_base_letters() -> dict[int, str]:
    """Latin letters with diacritics → their base letter in lower case (í → i, Ñ → n): one character each, so a
    text's offsets hold when search folds it. Letters with no base letter (ß, ø, ł) are not in it."""
    table: dict[int, str] = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        decomposed = unicodedata.normalize("NFD", chr(code))
        base, marks = decomposed[0], decomposed[1:]
        if marks and base.isascii() and base.isalpha() and all(unicodedata.combining(mark) for mark in marks):
            table[code] = base.lower()
    return table


def name_key(name: str) -> str:
    """A name as looked up: compatibility forms as their plain ones (ＫＲ as KR), accents off Latin letters,
    white space as one space, case folded."""
    plain = unicodedata.normalize("NFKC", name).translate(latin_base_letters())
    return " ".join(plain.split()).casefold()


def spaceless_key(name: str) -> str:
    """A name fragment as looked up: name_key without its spaces (TELWG68 finds APEC TELWG 68)."""
    return "".join(name_key(name).split())


def closest_names(wanted: str, candidates: list[str], limit: int = 5, cutoff: float = 0.3) -> list[str]:
    """Candidates for a 'did you mean' line: those holding what was typed (or held by it) first, then those that
    resemble it most, each compared as spaceless_key, without repeats."""
    by_key = {spaceless_key(candidate): candidate for candidate in candidates}
    key = spaceless_key(wanted)
    holding = [name for folded, name in by_key.items() if key and (key in folded or folded in key)]
    similar = [
        by_key[folded]
        for folded in difflib.get_close_matches(key, list(by_key), n=limit, cutoff=cutoff)
        if _shared_characters(key, folded) >= 2  # 火星 offered 星方 for one character in common
    ]
    return list(dict.fromkeys(holding + similar))[:limit]


def closest_of_each(
    wanted: str, candidates: list[str], named: Callable[[str], object], limit: int = 5, cutoff: float = 0.3
) -> list[str]:
    """closest_names, one name for each thing the candidates name (named tells which): Perú and PE, or Supply
    chain and supply_chain, were offered side by side."""
    offered: dict[object, str] = {}
    for candidate in closest_names(wanted, candidates, limit=len(candidates), cutoff=cutoff):
        offered.setdefault(named(candidate), candidate)
    return list(offered.values())[:limit]


def _shared_characters(first: str, second: str) -> int:
    return sum(block.size for block in difflib.SequenceMatcher(None, first, second).get_matching_blocks())
