"""Filter tags: the postings keys a section carries for its economies, topics, document kind and meetings.

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
