"""The search's filters as SQL conditions on sections s / documents d (see engine.py for their meaning)."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop_app.core.economies import registry
from desktop_app.core.topics import taxonomy

_PLAIN_CODE = re.compile(r"[\w.-]+", re.ASCII)


def section_filters(
    economy: str | None, topic: str | None, meeting_id: int | None, kind: str | None
) -> tuple[list[str], dict]:
    """SQL conditions on sections s / documents d for the query's filters, and their parameters."""
    conditions: list[str] = []
    params: dict = {}
    if economy:
        params["economy"] = _economy_code(economy)
        conditions.append(_list_holds("economies", "economy", params))
    if topic:
        params["topic"] = _topic_id(topic)
        conditions.append(_list_holds("topics", "topic", params))
    if meeting_id is not None:
        params["meeting"] = int(meeting_id)
        conditions.append("s.document_id IN (SELECT document_id FROM meetings WHERE id = :meeting)")
    if kind:
        params["kind"] = kind
        conditions.append("d.kind = :kind")
    return conditions, params


def _list_holds(column: str, name: str, params: dict) -> str:
    """The condition that a section's JSON list column holds params[name].

    json_each costs about a microsecond per section, so a plain code first needs its quoted form to stand in
    the column's text (a cheap instr that no list holding it can fail, however the JSON was spaced); json_each
    then decides exactly.
    """
    exact = f"EXISTS (SELECT 1 FROM json_each(s.{column}) WHERE json_each.value = :{name})"
    value = params[name]
    if not isinstance(value, str) or not _PLAIN_CODE.fullmatch(value):
        return exact
    params[f"{name}_quoted"] = f'"{value}"'
    return f"instr(s.{column}, :{name}_quoted) AND {exact}"


@lru_cache(maxsize=256)
def _economy_code(text: str) -> str:
    return registry().resolve(text) or text


@lru_cache(maxsize=256)
def _topic_id(text: str) -> str:
    return taxonomy().resolve(text) or text
