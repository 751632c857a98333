"""Postings keys other than substring tokens: a section's filter tags (its economies, topics, document kind
and meetings), its jieba words and its numbers standing beside Latin words (5 g). Every one holds ":", which
no substring token does.

Kept apart from postings.py, which needs NumPy, so opening a library (which attaches the indexer) does not
load NumPy before the first import or search.
"""

from __future__ import annotations


def economy_tag(code: str) -> str:
    return f"economy:{code}"


def topic_tag(topic_id: str) -> str:
    return f"topic:{topic_id}"


def kind_tag(kind: str) -> str:
    return f"kind:{kind}"


def meeting_tag(meeting_id: int) -> str:
    return f"meeting:{int(meeting_id)}"


WORD_PREFIX = "word:"


def word_key(word: str) -> str:
    return WORD_PREFIX + word


PAIR_PREFIX = "pair:"


def pair_key(pair: str) -> str:
    """The key of a number and a Latin word side by side (grams.mixed_pairs): `pair:5 g`."""
    return PAIR_PREFIX + pair
