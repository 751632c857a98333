"""jieba word segmentation for ranking, loaded on first use (or in the background) so start-up never waits.

jieba ships only its Simplified-leaning dict.txt (no dict.txt.big), so TelRef segments folded text (see
folding.py): Traditional input becomes Simplified and the default dictionary fits it. The field's own terms
(resources/search_terms.txt) are added on top. jieba's prefix-dictionary cache goes to the user's cache
folder, not the system temp folder.
"""

from __future__ import annotations

import logging
import re
import threading
from functools import cache
from typing import Any

from desktop_app.core.resources import resource_lines
from desktop_app.search.folding import fold
from desktop_app.search.grams import HAN

USER_TERMS_FILE = "search_terms.txt"
_SPACE_INSIDE_HAN = re.compile(rf"(?<=[{HAN}]) (?=[{HAN}])")  # grams.HAN_GAP: one space, in folded text
_WORD_PIECES = re.compile(r"[^\W_]+")
_lock = threading.Lock()


def cache_folder() -> str:
    """Where jieba keeps its cache: TelRef's folder in the user's cache directory."""
    from platformdirs import user_cache_path

    folder = user_cache_path("TelRef", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder)


def user_terms() -> list[tuple[str, int | None]]:
    """(folded word, frequency or None) for each line of the user dictionary."""
    terms: list[tuple[str, int | None]] = []
    for line in resource_lines(USER_TERMS_FILE):
        fields = line.split()
        frequency = int(fields[1]) if len(fields) > 1 and fields[1].isdigit() else None
        terms.append((fold(fields[0]), frequency))
    return terms


@cache
def _tokenizer() -> Any:
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = cache_folder()
    tokenizer.initialize()
    for word, frequency in user_terms():
        tokenizer.add_word(word, frequency)
    return tokenizer


def tokenizer() -> Any:
    """The loaded jieba Tokenizer (the first call loads the dictionary, about a second)."""
    with _lock:
        return _tokenizer()


def is_loaded() -> bool:
    return _tokenizer.cache_info().currsize > 0


def _joined(folded: str) -> str:
    """Line wraps inside Chinese text (common in PDF text) would otherwise cut words in two."""
    return _SPACE_INSIDE_HAN.sub("", folded)


def index_words(folded: str) -> list[str]:
    """The words a section is re-ranked by: jieba's search-mode words (words and their parts)."""
    words = tokenizer().cut_for_search(_joined(folded), HMM=False)
    return [piece for word in words for piece in _WORD_PIECES.findall(word)]


def query_words(folded: str) -> list[str]:
    """The words of a query in jieba's accurate mode; each also stands in the index's search-mode words."""
    words = tokenizer().lcut(_joined(folded), HMM=False)
    return [piece for word in words for piece in _WORD_PIECES.findall(word)]
