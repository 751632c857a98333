"""The search's filters as postings tags (see tags.py; engine.py for their meaning)."""

from __future__ import annotations

from functools import lru_cache

from desktop_app.core.economies import registry
from desktop_app.core.topics import taxonomy
from desktop_app.search import tags as filter_tag


Tag = str | tuple[str, ...]  # one tag, or alternatives of which a section must carry one


def filter_tags(
    economy: str | None, topic: str | None, meeting_ids: tuple[int, ...], kind: str | None
) -> list[Tag]:
    """The tags a section must carry to pass the query's filters; economy and topic by any of their names, a
    meeting by any of the documents that report it."""
    tags: list[Tag] = []
    if economy:
        tags.append(filter_tag.economy_tag(_economy_code(economy)))
    if topic:
        tags.append(filter_tag.topic_tag(_topic_id(topic)))
    if meeting_ids:
        meetings = tuple(filter_tag.meeting_tag(meeting_id) for meeting_id in meeting_ids)
        tags.append(meetings[0] if len(meetings) == 1 else meetings)
    if kind:
        tags.append(filter_tag.kind_tag(kind))
    return tags


@lru_cache(maxsize=256)
def _economy_code(text: str) -> str:
    return registry().resolve(text) or text


@lru_cache(maxsize=256)
def _topic_id(text: str) -> str:
    return taxonomy().resolve(text) or text
