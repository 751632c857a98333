"""The report's 心得與建議: the items of its sub-sections that hold 心得 or 建議, else its own items, else the
建議 clauses of its text."""

from __future__ import annotations

import re
from functools import cache

from desktop_app.core.drafts import RecommendationDraft
from desktop_app.ingest.headings import match_heading
from desktop_app.ingest.outline import OutlineSection, first_clause
from desktop_app.ingest.trip_report.figures import without_figures
from desktop_app.ingest.trip_report.template import template
from desktop_app.ingest.trip_report.tree import children, subtree_text
from desktop_app.ingest.word_lists import contains_any


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
            title, rest = first_clause(match.rest)
            items.append(RecommendationDraft(title=title, text=rest, section=index))
    return items


def find_recommendations(outline: list[OutlineSection]) -> list[RecommendationDraft]:
    """A sub-section named 心得/建議 gives its items (numbered paragraphs and sub-sections); a 建議 without
    items is an item itself. A part without such sub-sections gives its own items."""
    words = template()
    top = next((i for i, s in enumerate(outline) if contains_any(s.heading, words.recommendations)), None)
    if top is None:
        return []
    items: list[RecommendationDraft] = []
    named = [
        child for child in children(outline, top) if contains_any(outline[child].heading, words.recommendation_items)
    ]
    for child in named:
        if listed := _listed_items(outline, child):
            items.extend(listed)
        elif contains_any(outline[child].heading, words.recommendation_leaf):
            items.append(_item(outline, child))
    if named:
        return items
    return _listed_items(outline, top) or _clause_items(outline, top)


def _listed_items(outline: list[OutlineSection], index: int) -> list[RecommendationDraft]:
    """A section's items in reading order: the numbered paragraphs of its own text (a list opening with an item
    written as a sentence), then its sub-sections."""
    return _numbered_items(outline[index], index) + [_item(outline, child) for child in children(outline, index)]


_CLAUSE_EDGE = " ：:；;，,、"


@cache
def _clause_opener() -> re.Pattern[str]:
    """A clause that opens with a word of recommending (建議…), at a paragraph's start or after a stop or comma,
    a joining word allowed before it (；另建議…, ；並建議…)."""
    joiners = "|".join(map(re.escape, template().recommendation_clause_joiners))
    words = "|".join(map(re.escape, template().recommendation_leaf))
    return re.compile(rf"(?:^|(?<=[。；;，,！？!?]))\s*(?:(?:{joiners})\s*[，,]?\s*)?(?:{words})\s*[：:]?")


def _clause_items(outline: list[OutlineSection], index: int) -> list[RecommendationDraft]:
    """A part written as running text (…。建議持續掌握…；並建議於下屆會議前…。): one item per clause opening with 建議,
    up to the next such clause, titled by its first clause; what the paragraph says before its first 建議 is
    reflection, no item."""
    items = []
    for paragraph in without_figures(outline[index].paragraphs):
        openers = list(_clause_opener().finditer(paragraph))
        for opener, following in zip(openers, [*openers[1:], None]):
            clause = paragraph[opener.end() : following.start() if following else len(paragraph)].strip()
            if clause.endswith(("：", ":")):
                continue  # 建議如下： introduces a list, which is no item
            clause = clause.strip(_CLAUSE_EDGE)
            if clause:
                title, rest = first_clause(clause)
                items.append(RecommendationDraft(title=title, text=rest, section=index))
    return items
