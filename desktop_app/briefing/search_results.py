"""A search's results as a brief: what a reader found, to print and take along (the window's results list, on
paper), best first as the list shows them."""

from __future__ import annotations

from desktop_app.briefing.blocks import Brief, Note
from desktop_app.briefing.labels import labels
from desktop_app.briefing.sections import add_section, distinct_sections
from desktop_app.core import queries
from desktop_app.core.library import Library

RESULTS_PRINTED = 100  # hits printed at most: a few dozen pages


def results_brief(
    library: Library,
    text: str,
    economy: str | None = None,
    topic: str | None = None,
    order: str = "relevance",
    lang: str = "zh",
    filters: str = "",
    meeting_id: int | None = None,
    kind: str | None = None,
) -> Brief:
    """The sections a search finds, in its order, each with its source and text; filters in words (the window's
    description of its active filters) are named under the title."""
    from desktop_app.search.engine import SearchEngine, SearchQuery

    words = labels(lang)
    results = SearchEngine.of(library).search(
        SearchQuery(
            text, economy=economy, topic=topic, meeting_id=meeting_id, kind=kind, limit=RESULTS_PRINTED, order=order
        )
    )
    found = queries.sections_by_id(library, [hit.section_id for hit in results.hits])
    sections = [found[hit.section_id] for hit in results.hits if hit.section_id in found]
    shown = distinct_sections(library, sections)
    total = results.total - (len(sections) - len(shown))  # a copy of a section shown counts once
    summary = (
        words["summary_results"].format(total=total, shown=len(shown))
        if total > len(shown)
        else words["summary_results_all"].format(total=total)
    )
    if filters:
        summary += words["filtered_by"].format(filters=filters)
    brief = Brief(kind="search", title=text.strip() or filters, lang=lang, subtitle=summary, empty=not shown)
    if not shown:
        brief.add(Note(words["no_hits"]))
    for section in shown:
        add_section(brief, section, words)
    return brief
