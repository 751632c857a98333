"""The report's 心得與建議: its items, or the items of its sub-sections that hold 心得 or 建議."""

from __future__ import annotations

from desktop_app.core.drafts import RecommendationDraft
from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.trip_report.template import contains_any, template
from desktop_app.ingest.trip_report.tree import children, subtree_text


def _item(outline: list[OutlineSection], index: int) -> RecommendationDraft:
    return RecommendationDraft(title=outline[index].heading, text=subtree_text(outline, index), section=index)


def find_recommendations(outline: list[OutlineSection]) -> list[RecommendationDraft]:
    """A sub-section named 心得/建議 with items gives its items; one without items is an item itself."""
    words = template()
    top = next((i for i, s in enumerate(outline) if contains_any(s.heading, words.recommendations)), None)
    if top is None:
        return []
    items: list[RecommendationDraft] = []
    for child in children(outline, top):
        if not contains_any(outline[child].heading, words.recommendation_items):
            continue
        grandchildren = children(outline, child)
        if grandchildren:
            items.extend(_item(outline, g) for g in grandchildren)
        elif contains_any(outline[child].heading, words.recommendation_leaf):
            items.append(_item(outline, child))
    return items
