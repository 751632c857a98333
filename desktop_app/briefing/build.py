"""One entry point for every kind of brief, used by the command line and the window alike."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.briefing.blocks import Brief
from desktop_app.briefing.labels import labels
from desktop_app.briefing.economy import economy_brief
from desktop_app.briefing.meeting import meeting_brief
from desktop_app.briefing.resolve import resolve_economy, resolve_meeting, resolve_topic
from desktop_app.briefing.search_results import results_brief
from desktop_app.briefing.text import economy_label, meeting_label, topic_labels
from desktop_app.briefing.topic import topic_brief
from desktop_app.core.library import Library

KINDS = ("economy", "meeting", "topic")  # what the window's Briefing page… dialog offers
SEARCH = "search"  # a search's results: the query text is the name


@dataclass(frozen=True)
class BriefRequest:
    kind: str  # economy | meeting | topic | search
    name: str  # as the reader typed it: a code, alias, id, label or name fragment; a search's query text
    lang: str = "zh"
    # a search's filters, named as the reader typed them (as name is); topic also narrows an economy's brief
    economy: str | None = None
    topic: str | None = None
    meeting: str | None = None
    document_kind: str | None = None


def build_brief(library: Library, request: BriefRequest) -> Brief:
    """The brief asked for; raises resolve.NotFound with a one-line reason when the name matches nothing."""
    if request.kind == "economy":
        topic = resolve_topic(request.topic) if request.topic else None
        return economy_brief(library, resolve_economy(request.name), request.lang, topic)
    if request.kind == "meeting":
        return meeting_brief(library, resolve_meeting(library, request.name), request.lang)
    if request.kind == "topic":
        return topic_brief(library, resolve_topic(request.name), request.lang)
    if request.kind == SEARCH:
        return _search_brief(library, request)
    raise ValueError(f"unknown kind of brief: {request.kind}")


def _search_brief(library: Library, request: BriefRequest) -> Brief:
    """A search's results with its filters resolved from the names typed, and named under the title."""
    lang = request.lang
    economy = resolve_economy(request.economy) if request.economy else None
    topic = resolve_topic(request.topic) if request.topic else None
    meeting_id = resolve_meeting(library, request.meeting) if request.meeting else None
    named = [
        economy_label(economy, lang) if economy else "",
        topic_labels([topic], lang) if topic else "",
        meeting_label(library, meeting_id) if meeting_id is not None else "",
        labels(lang)["document_kinds"].get(request.document_kind, request.document_kind)
        if request.document_kind
        else "",
    ]
    return results_brief(
        library, request.name, economy, topic, lang=lang, filters=" · ".join(part for part in named if part),
        meeting_id=meeting_id, kind=request.document_kind,
    )


def nothing_to_brief(brief: Brief, lang: str | None = None) -> str:
    """One line saying the library holds nothing on an empty brief's subject (in lang, else the brief's own):
    the command line and the window say so instead of printing a page of "nothing yet"."""
    return labels(lang or brief.lang)["nothing_to_brief"].format(title=brief.title)
