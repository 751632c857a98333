"""The report's 心得與建議: the items of its sub-sections that hold 心得 or 建議, else its own items."""

from __future__ import annotations

import re

from desktop_app.core.drafts import RecommendationDraft
from desktop_app.ingest.headings import match_heading
from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.trip_report.template import template
from desktop_app.ingest.trip_report.tree import children, subtree_text
from desktop_app.ingest.word_lists import contains_any

_CLAUSE_END = re.compile(r"[，。；;,]")


def _item(outline: list[OutlineSection], index: int) -> RecommendationDraft:
    """An item titled by its heading; its figures stand apart (the export's figures), not in its text."""
    text = subtree_text(outline, index, figures=False)
    return RecommendationDraft(title=outline[index].heading, text=text, section=index)


def _numbered_items(section: OutlineSection, index: int) -> list[RecommendationDraft]:
    """The numbered paragraphs of a section's own text, each an item titled by its first clause and holding
    the rest (an item written as a sentence, 一、持續關注…，作為…。, is no heading of its own)."""
    items = []
    for paragraph in section.paragraphs:
        match = match_heading(paragraph)
        if match is not None:
            title, rest = _first_clause(match.rest)
            items.append(RecommendationDraft(title=title, text=rest, section=index))
    return items


def _first_clause(text: str) -> tuple[str, str]:
    """(first clause, the rest) of an item; the whole item and nothing when it is one clause."""
    found = _CLAUSE_END.search(text)
    if found is None or not text[: found.start()].strip():
        return text.strip(), ""
    return text[: found.start()].strip(), text[found.end() :].strip()


def find_recommendations(outline: list[OutlineSection]) -> list[RecommendationDraft]:
    """A sub-section named 心得/建議 gives its items (sub-sections, else numbered paragraphs); a 建議 without
    items is an item itself. A part without such sub-sections gives its sub-sections, else its numbered
    paragraphs, as items."""
    words = template()
    top = next((i for i, s in enumerate(outline) if contains_any(s.heading, words.recommendations)), None)
    if top is None:
        return []
    items: list[RecommendationDraft] = []
    named = [
        child for child in children(outline, top) if contains_any(outline[child].heading, words.recommendation_items)
    ]
    for child in named:
        grandchildren = children(outline, child)
        if grandchildren:
            items.extend(_item(outline, g) for g in grandchildren)
        elif numbered := _numbered_items(outline[child], child):
            items.extend(numbered)
        elif contains_any(outline[child].heading, words.recommendation_leaf):
            items.append(_item(outline, child))
    if named:
        return items
    return [_item(outline, child) for child in children(outline, top)] or _numbered_items(outline[top], top)
