"""Whether text holds a word of one of the resources' word lists, as both report parsers look them up."""

from __future__ import annotations


def contains_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether text holds any of the words, case aside (Workshop in WORKSHOP ON …; Chinese has no case)."""
    folded = text.casefold()
    return any(word.casefold() in folded for word in words)
