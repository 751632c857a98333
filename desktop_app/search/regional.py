"""Mainland and Taiwan wording: a query in mainland words also finds the Taiwan words for the same thing.

Folding (folding.py) makes 华为 find 華為, character for character; it cannot make 网络 find 網路 or 人工智能
find 人工智慧, which are different words. The reports TelRef holds are written in Taiwan wording, and readers
copy terms from mainland sources, so a query term gets the Taiwan wording as further spellings (query.py),
ranked as another name is (plan.ALIAS_WEIGHT). The table is data: resources/search_regional_terms.txt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from desktop_app.core.resources import resource_lines
from desktop_app.search.folding import fold
from desktop_app.search.grams import HAN

REGIONAL_TERMS_FILE = "search_regional_terms.txt"
_HAN_CHARACTERS = re.compile(f"[{HAN}]")


@dataclass(frozen=True)
class Wording:
    """One mainland word (folded) and its Taiwan words as the table writes them (the mainland word left out)."""

    mainland: str
    taiwan: tuple[str, ...]
    shared: bool  # the mainland word is everyday Taiwan usage too: applies only to text not in Traditional


@cache
def _table() -> dict[str, Wording]:
    """Every entry by its folded mainland word."""
    table: dict[str, Wording] = {}
    for line in resource_lines(REGIONAL_TERMS_FILE):
        mainland, _, taiwan = line.partition("\t")
        source = fold(mainland.strip())
        targets = {fold(word): word for word in taiwan.split()}
        shared = source in targets
        table[source] = Wording(source, tuple(word for folded, word in targets.items() if folded != source), shared)
    return table


@cache
def _longest() -> int:
    return max((len(word) for word in _table()), default=0)


def written_in_traditional(text: str) -> bool:
    """Whether text holds a Chinese character folding changes (a Traditional-only one, such as 數 or 網)."""
    return any(fold(character) != character for character in _HAN_CHARACTERS.findall(text))


def taiwan_spellings(text: str) -> tuple[str, ...]:
    """Text with its mainland words put in Taiwan wording as the table writes it (网络安全 → 網路安全), one
    spelling per choice of Taiwan word (the first spelling takes every word's first choice, the next its second
    where it has one …); the rest of the text as typed. Empty when text has no mainland word."""
    table, folded = _table(), fold(text)  # folding keeps offsets: folded[i] is text[i]'s folded form
    shared_ok = not written_in_traditional(text)
    pieces: list[tuple[str, ...]] = []  # each stretch of the text: as typed, or its Taiwan choices
    at = 0
    while at < len(folded):
        wording = _wording_at(table, folded, at, shared_ok)
        if wording is None:
            pieces.append((text[at],))
            at += 1
        else:
            pieces.append(wording.taiwan)
            at += len(wording.mainland)
    if len(pieces) == len(folded):  # every stretch one character: no mainland word in the text
        return ()
    choices = max(len(piece) for piece in pieces)
    seen, result = {folded}, []
    for choice in range(choices):
        spelling = "".join(piece[min(choice, len(piece) - 1)] for piece in pieces)
        key = fold(spelling)
        if key not in seen:
            seen.add(key)
            result.append(spelling)
    return tuple(result)


def _wording_at(table: dict[str, Wording], folded: str, at: int, shared_ok: bool) -> Wording | None:
    """The longest applicable entry whose mainland word starts at this offset."""
    for length in range(min(_longest(), len(folded) - at), 1, -1):
        wording = table.get(folded[at : at + length])
        if wording is not None and wording.taiwan and (shared_ok or not wording.shared):
            return wording
    return None
