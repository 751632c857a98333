"""What one spelling of a query term becomes, worked out once per spelling: its substring-index phrase, its
jieba words and its snippet pattern.

A name with many spellings costs a plan a pass over each: Korea's twelve (韓國, 南韓, Republic of Korea …) took
0.3 ms to cut into phrases three times over and 0.3 ms to segment, on every new query that named Korea
(Korea 5G, Korea 頻譜 …), a quarter of its first search. Spellings repeat across queries far more than whole
texts do, so they are memoized apart from the plans; the warm-up works out every name the alias tables hold
(prepare_names), so a query that names an economy or a topic meets them ready.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from desktop_app.search import segmenter, snippets
from desktop_app.search.folding import fold
from desktop_app.search.grams import Phrase, query_phrase

SPELLING_CACHE = 4096  # every alias name (about 160) and a session's typed terms, a few hundred bytes each


@lru_cache(maxsize=SPELLING_CACHE)
def phrase_of(spelling: str) -> Phrase | None:
    """The substring-index phrase that finds the spelling; None when it has no searchable character."""
    return query_phrase(fold(spelling))


@lru_cache(maxsize=SPELLING_CACHE)
def words_of(spelling: str) -> tuple[str, ...]:
    """The spelling's words in jieba's accurate mode (loads the dictionary on first use)."""
    return tuple(segmenter.query_words(fold(spelling)))


def pattern_of(spelling: str) -> snippets.TermPattern | None:
    """The spelling's snippet pattern (memoized in snippets.term_pattern)."""
    return snippets.term_pattern(spelling)


def prepare_names(names: Iterable[str]) -> None:
    """Work out each name's phrase, words and pattern ahead of the searches that will need them."""
    for name in names:
        phrase_of(name)
        words_of(name)
        pattern_of(name)


def forget_spellings() -> None:
    phrase_of.cache_clear()
    words_of.cache_clear()
    snippets.term_pattern.cache_clear()
