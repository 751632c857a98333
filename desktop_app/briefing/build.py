"""One entry point for every kind of brief, used by the command line and the window alike."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.briefing.blocks import Brief
from desktop_app.briefing.economy import economy_brief
from desktop_app.briefing.meeting import meeting_brief
from desktop_app.briefing.resolve import resolve_economy, resolve_meeting, resolve_topic
from desktop_app.briefing.search_results import results_brief
from desktop_app.briefing.topic import topic_brief
from desktop_app.core.library import Library

KINDS = ("economy", "meeting", "topic")  # what the window's Briefing page… dialog offers
SEARCH = "search"  # a search's results: the query text is the name


@dataclass(frozen=True)
class BriefRequest:
    kind: str  # economy | meeting | topic | search
    name: str  # as the reader typed it: a code, alias, id, label or name fragment; a search's query text
    lang: str = "zh"


def build_brief(library: Library, request: BriefRequest) -> Brief:
    """The brief asked for; raises resolve.NotFound with a one-line reason when the name matches nothing."""
    if request.kind == "economy":
        return economy_brief(library, resolve_economy(request.name), request.lang)
    if request.kind == "meeting":
        return meeting_brief(library, resolve_meeting(library, request.name), request.lang)
    if request.kind == "topic":
        return topic_brief(library, resolve_topic(request.name), request.lang)
    if request.kind == SEARCH:
        return results_brief(library, request.name, lang=request.lang)
    raise ValueError(f"unknown kind of brief: {request.kind}")
